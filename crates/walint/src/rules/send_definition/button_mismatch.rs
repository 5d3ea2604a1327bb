//! X005 send-button-mismatch

use super::{send_sub_type, Pairing};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a button component whose `index` has no button in the definition, or whose
    /// `sub_type` does not match the definition's button at that index (a URL parameter sent
    /// to a quick-reply button; phone number buttons take no parameters at all).
    ///
    /// ## Why is this bad
    /// The index is the button's position among all the template's buttons; sent to the
    /// wrong one, Meta refuses the send ("Parameter value for URL was expected but was not
    /// found", error 100 class). Confused indexes are a common cause of 131008 (peers.md §3.2).
    ///
    /// ## Example
    /// A template with buttons [QUICK_REPLY, URL `…/{{1}}`] sent with `{"sub_type": "url", "index": "0"}`.
    ///
    /// ## References
    /// rules.md `tsend.button.index-match`, `tsend.button.sub_type.enum`; DOC:/templates/marketing-templates/media-card-carousel-templates.
    pub static RULE = {
        code: "X005",
        name: "send-button-mismatch",
        severity: Error,
        source: "DOC:/templates/marketing-templates/media-card-carousel-templates",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    for scope in &pairing.scopes {
        let buttons = scope.def_buttons();
        for component in scope.send.iter().filter(|c| c.kind == "button") {
            let Some(index) = component.index else {
                continue;
            };
            let message = match buttons.get(index) {
                None => format!(
                    "the template has no button at index {index} (it has {})",
                    buttons.len()
                ),
                Some(button) => {
                    let expected = send_sub_type(&button.kind);
                    let sent = component.sub_type.as_deref();
                    if sent.is_none() || expected == sent {
                        continue;
                    }
                    match expected {
                        Some(expected) => format!(
                            "button {index} is a {} button in the template: its sub_type is `{expected}`, not `{}`",
                            button.kind,
                            sent.unwrap_or_default()
                        ),
                        None => format!("button {index} is a {} button: it takes no parameters", button.kind),
                    }
                }
            };
            let kinds: Vec<String> = buttons
                .iter()
                .map(|b| format!("{} {}", b.index, b.kind))
                .collect();
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    component.pointer,
                    format!("{}: {message}", scope.name("buttons")),
                )
                .with_help(format!(
                    "the template's buttons are: {}",
                    if kinds.is_empty() {
                        "none".to_owned()
                    } else {
                        kinds.join(", ")
                    }
                )),
            );
        }
    }
}
