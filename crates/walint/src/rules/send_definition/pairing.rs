//! A send paired with its definition: the component lists side by side (the top level and
//! each carousel card), and the helpers the X rules share to read them.

use crate::placeholder::{distinct_vars, scan, VarKind};
use crate::pointer::Path;
use crate::rules::send::parts::{self as send_parts, SendComponent};
use crate::rules::template::parts::{self as def_parts, Button, Component};
use crate::value::Value;

/// One list of components paired with the definition's: the template's top level, or one
/// carousel card.
pub struct Scope<'a> {
    /// `None` at the top level, the card's index in a carousel card.
    pub card: Option<usize>,
    pub def: Vec<Component<'a>>,
    pub send: Vec<SendComponent<'a>>,
    /// Where a missing component belongs: the send's `components` list (or its holder).
    pub at: Path<'a>,
}

impl Scope<'_> {
    /// How Meta names a component in its error details: `body`, or `card 1 body`.
    pub fn name(&self, component: &str) -> String {
        match self.card {
            None => component.to_owned(),
            Some(card) => format!("card {card} {component}"),
        }
    }

    pub fn def_component(&self, kind: &str) -> Option<&Component<'_>> {
        self.def.iter().find(|c| c.kind == kind)
    }

    pub fn def_text(&self, kind: &str) -> Option<&str> {
        self.def_component(kind)?.value.get("text")?.as_str()
    }

    pub fn send_component(&self, kind: &str) -> Option<&SendComponent<'_>> {
        self.send.iter().find(|c| c.kind == kind)
    }

    pub fn def_buttons(&self) -> Vec<Button<'_>> {
        def_parts::buttons_in(&self.def)
    }
}

/// A send with the definition it uses.
pub struct Pairing<'a> {
    pub template: &'a Value<'a>,
    /// Pointer of the send's `template` object (`/template`, or `""` for a bare one).
    pub prefix: Path<'a>,
    pub definition: &'a Value<'a>,
    pub scopes: Vec<Scope<'a>>,
    /// The whole message (`to`, `recipient`, top-level fields), or `None` when
    /// [`super::check_send`] was given a bare `template` object.
    pub message: Option<&'a Value<'a>>,
}

impl<'a> Pairing<'a> {
    pub(super) fn new(
        template: &'a Value,
        prefix: Path<'a>,
        definition: &'a Value,
        message: Option<&'a Value>,
    ) -> Self {
        let send = send_parts::components_of(template, prefix);
        let at = if template.get("components").is_some() {
            prefix.key("components")
        } else {
            prefix
        };
        let send_cards = send_parts::cards(&send);
        let mut scopes = Vec::new();
        for (position, (def_pointer, def_card)) in def_parts::cards(definition).into_iter().enumerate() {
            let matching = send_cards
                .iter()
                .find(|(_, index, _)| *index == Some(position))
                .or_else(|| send_cards.get(position).filter(|(_, index, _)| index.is_none()));
            if let Some((card_pointer, _, card)) = matching {
                scopes.push(Scope {
                    card: Some(position),
                    def: def_parts::components_of(def_card, def_pointer),
                    send: send_parts::components_of(card, *card_pointer),
                    at: card_pointer.key("components"),
                });
            }
        }
        scopes.insert(
            0,
            Scope {
                card: None,
                def: def_parts::components(definition),
                send,
                at,
            },
        );
        Pairing {
            template,
            prefix,
            definition,
            scopes,
            message,
        }
    }

    pub fn is_authentication(&self) -> bool {
        def_parts::category(self.definition).as_deref() == Some("AUTHENTICATION")
    }
}

/// The distinct variables of a definition text, in order of first appearance.
pub fn variables(text: &str) -> Vec<VarKind> {
    distinct_vars(&scan(text)).into_iter().cloned().collect()
}

/// How many parameters a definition button takes at send time, when that is fixed.
pub fn button_parameters(button: &Button<'_>) -> Option<usize> {
    match &*button.kind {
        "URL" => {
            let url = button.value.get("url").and_then(Value::as_str).unwrap_or("");
            Some(usize::from(!scan(url).vars.is_empty()))
        }
        "OTP" | "COPY_CODE" => Some(1),
        _ => None,
    }
}

/// The send `sub_type` of a definition button type (OTP buttons are sent as `url`).
pub fn send_sub_type(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "QUICK_REPLY" => "quick_reply",
        "URL" | "OTP" => "url",
        "COPY_CODE" => "copy_code",
        "FLOW" => "flow",
        "CATALOG" => "catalog",
        "MPM" => "mpm",
        "SPM" => "spm",
        "VOICE_CALL" => "voice_call",
        "ORDER_DETAILS" => "order_details",
        _ => return None,
    })
}
