//! Every text of a document that WhatsApp shows to the customer, with where it is, how it is
//! rendered and what part of the message it is. The formatting rules, the category rule and
//! the user's content rules read the same list.

use serde::{Deserialize, Serialize};

use crate::format::TextContext;
use crate::pointer::Path;
use crate::rules::general::is_placeholder;
use crate::rules::message::{items, message_type};
use crate::rules::value_at;
use crate::value::Value;

/// What part of a message or template a text is (the `where` of a content rule).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A text body, a media caption, an interactive or template body (carousel cards too).
    Body,
    /// An interactive or template header text.
    Header,
    /// An interactive or template footer.
    Footer,
    /// A button label: reply and template buttons, the list button, a CTA's display text,
    /// list rows.
    Button,
    /// A text parameter value of a template send.
    Parameter,
    /// A URL the customer opens: a template URL button's `url`, a CTA URL message's `url`.
    Url,
}

/// A text WhatsApp shows, where it is and how it renders.
pub struct Text<'v> {
    pub path: Path<'v>,
    pub text: &'v str,
    pub context: TextContext,
    pub role: Role,
}

/// Every shown text of an outgoing message.
pub fn message_texts<'v>(message: &'v Value<'v>) -> Vec<Text<'v>> {
    let mut out = Vec::new();
    let Some(kind) = message_type(message) else {
        return out;
    };
    let root = Path::ROOT;
    match kind {
        "text" => push_at(
            &mut out,
            root,
            message,
            &["text", "body"],
            TextContext::Rendered,
            Role::Body,
        ),
        "image" | "video" | "document" => {
            if let Some(media) = message.get(kind) {
                push_at(
                    &mut out,
                    root.key(kind),
                    media,
                    &["caption"],
                    TextContext::Rendered,
                    Role::Body,
                );
            }
        }
        "interactive" => interactive_texts(message, &mut out),
        "template" => {
            if let Some(template) = message.get("template") {
                // Depth bounds the recursion: carousel cards do not contain carousels.
                send_components(&mut out, root.key("template"), template, 2);
            }
        }
        _ => {}
    }
    out
}

fn interactive_texts<'v>(message: &'v Value, out: &mut Vec<Text<'v>>) {
    let Some(interactive) = message.get("interactive") else {
        return;
    };
    let base = Path::ROOT.key("interactive");
    if value_at(interactive, &["header", "type"]).and_then(Value::as_str) == Some("text") {
        push_at(
            out,
            base,
            interactive,
            &["header", "text"],
            TextContext::Plain,
            Role::Header,
        );
    }
    push_at(
        out,
        base,
        interactive,
        &["body", "text"],
        TextContext::Rendered,
        Role::Body,
    );
    push_at(
        out,
        base,
        interactive,
        &["footer", "text"],
        TextContext::Rendered,
        Role::Footer,
    );
    let Some(action) = interactive.get("action") else {
        return;
    };
    let action_base = base.key("action");
    push_at(
        out,
        action_base,
        action,
        &["button"],
        TextContext::Plain,
        Role::Button,
    );
    let display_text = &["parameters", "display_text"];
    push_at(
        out,
        action_base,
        action,
        display_text,
        TextContext::Plain,
        Role::Button,
    );
    push_at(
        out,
        action_base,
        action,
        &["parameters", "url"],
        TextContext::Plain,
        Role::Url,
    );
    for (i, button) in enumerated(action, "buttons") {
        let base = action_base.key("buttons").index(i);
        push_at(
            out,
            base,
            button,
            &["reply", "title"],
            TextContext::Plain,
            Role::Button,
        );
    }
    for (i, section) in enumerated(action, "sections") {
        let section_base = action_base.key("sections").index(i);
        for (j, row) in enumerated(section, "rows") {
            let base = section_base.key("rows").index(j);
            push_at(out, base, row, &["title"], TextContext::Plain, Role::Button);
        }
    }
}

/// Text parameters of a template send: body values are substituted into rendered text,
/// header values into the (unformatted) header. Carousel cards have their own components.
fn send_components<'v>(out: &mut Vec<Text<'v>>, base: Path<'v>, owner: &'v Value, depth: u8) {
    for (i, component) in enumerated(owner, "components") {
        let component_base = base.key("components").index(i);
        let kind = component.get("type").and_then(Value::as_str).unwrap_or_default();
        let context = if kind.eq_ignore_ascii_case("body") {
            TextContext::Parameter
        } else if kind.eq_ignore_ascii_case("header") {
            TextContext::Plain
        } else {
            if kind.eq_ignore_ascii_case("carousel") && depth > 0 {
                for (k, card) in enumerated(component, "cards") {
                    let card_base = component_base.key("cards").index(k);
                    send_components(out, card_base, card, depth - 1);
                }
            }
            continue;
        };
        for (j, parameter) in enumerated(component, "parameters") {
            if crate::rules::send::parts::parameter_type(parameter).as_deref() != Some("text") {
                continue;
            }
            let base = component_base.key("parameters").index(j);
            push_at(out, base, parameter, &["text"], context, Role::Parameter);
        }
    }
}

/// Every shown text of one template definition: BODY (also inside carousel cards) renders
/// formatting; HEADER, FOOTER, button labels and URLs do not.
pub fn template_texts<'v>(template: &'v Value<'v>) -> Vec<Text<'v>> {
    let mut out = Vec::new();
    definition_components(&mut out, Path::ROOT, template, 2);
    out
}

#[cfg_attr(walint_speed, optimize(speed))]
fn definition_components<'v>(out: &mut Vec<Text<'v>>, base: Path<'v>, owner: &'v Value, depth: u8) {
    for (i, component) in enumerated(owner, "components") {
        let component_base = base.key("components").index(i);
        let kind = component.get("type").and_then(Value::as_str).unwrap_or_default();
        if kind.eq_ignore_ascii_case("body") {
            push_at(
                out,
                component_base,
                component,
                &["text"],
                TextContext::Rendered,
                Role::Body,
            );
        } else if kind.eq_ignore_ascii_case("header") {
            let format = component.get("format").and_then(Value::as_str);
            if format.map_or(true, |f| f.eq_ignore_ascii_case("text")) {
                push_at(
                    out,
                    component_base,
                    component,
                    &["text"],
                    TextContext::Plain,
                    Role::Header,
                );
            }
        } else if kind.eq_ignore_ascii_case("footer") {
            push_at(
                out,
                component_base,
                component,
                &["text"],
                TextContext::Plain,
                Role::Footer,
            );
        } else if kind.eq_ignore_ascii_case("buttons") {
            for (j, button) in enumerated(component, "buttons") {
                let base = component_base.key("buttons").index(j);
                push_at(out, base, button, &["text"], TextContext::Plain, Role::Button);
                push_at(out, base, button, &["url"], TextContext::Plain, Role::Url);
            }
        } else if kind.eq_ignore_ascii_case("carousel") && depth > 0 {
            for (k, card) in enumerated(component, "cards") {
                let card_base = component_base.key("cards").index(k);
                definition_components(out, card_base, card, depth - 1);
            }
        }
    }
}

/// The items of the array at `key` with their indices.
fn enumerated<'v>(owner: &'v Value<'v>, key: &str) -> impl Iterator<Item = (usize, &'v Value<'v>)> {
    items(owner, key).iter().enumerate()
}

/// Adds the string at `path` under `owner` (whose pointer is `base`), unless it is empty or
/// a placeholder of Meta's examples (reported once as G001).
#[cfg_attr(walint_speed, optimize(speed))]
fn push_at<'v>(
    out: &mut Vec<Text<'v>>,
    base: Path<'v>,
    owner: &'v Value,
    path: &[&'static str],
    context: TextContext,
    role: Role,
) {
    let mut value = owner;
    let mut at = base;
    for key in path {
        let Some(next) = value.get(*key) else {
            return;
        };
        value = next;
        at = at.key(key);
    }
    let Some(text) = value.as_str() else {
        return;
    };
    if text.is_empty() || is_placeholder(text) {
        return;
    }
    out.push(Text {
        path: at,
        text,
        context,
        role,
    });
}
