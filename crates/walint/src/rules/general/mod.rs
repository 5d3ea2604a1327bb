//! Rules that apply to any document.

pub mod null_optional_field;

use std::collections::HashSet;

use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::PlaceholderPolicy;
use crate::pointer::{self, Part};
use crate::rule::Rule;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a value that is a documentation placeholder rather than real data, such as `<PHONE_NUMBER>`.
    ///
    /// The shapes recognised are those of Meta's published examples: `<PHONE_NUMBER>`,
    /// `{{Recipient-Phone-Number}}` and `http(s)://the-image-url`. Template variables such as
    /// `{{1}}` or `{{first_name}}` are not placeholders.
    ///
    /// ## Why is this bad
    /// Meta's own examples use these; a payload that still has one sends the placeholder
    /// text (or fails on it). walint accepts placeholders in free-value fields so
    /// documentation examples lint cleanly, and reports each one with the severity of the
    /// `placeholders` option (`allow`: not reported, `warn`: the default, `error`). Fields
    /// with a fixed vocabulary (`type`, enums) are never excused.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "{{Recipient-Phone-Number}}", "type": "text",
    ///  "text": {"body": "Your order has shipped."}}
    /// ```
    /// Use instead (the real recipient):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Your order has shipped."}}
    /// ```
    ///
    /// ## References
    /// - https://github.com/facebook/openapi (Meta's OpenAPI spec, whose request examples use
    ///   these placeholders)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    pub static PLACEHOLDER_VALUE = { code: "G001", name: "placeholder-value", severity: Warning, source: "https://github.com/facebook/openapi", meta_error: None }
}

declare_rule! {
    /// ## What it does
    /// Reports a document walint cannot recognise as a message, a template definition or a webhook notification.
    ///
    /// This happens with `--kind auto`, the default; `--kind message`, `template` or `webhook`
    /// says what the document is.
    ///
    /// ## Why is this bad
    /// walint does not guess: linting a template as a message would give nonsense. A
    /// message has `messaging_product`/`to`; a template `name` + `components` (or a `data`
    /// list of them); a webhook `object: "whatsapp_business_account"`.
    ///
    /// ## Example
    /// ```json
    /// {"body": "Hello"}
    /// ```
    /// Use instead (a whole message, with `messaging_product` and `to`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview (template definitions)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status (webhook notifications)
    pub static UNKNOWN_KIND = { code: "G002", name: "unknown-document-kind", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: None }
}

pub static RULES: &[&Rule] = &[&PLACEHOLDER_VALUE, &UNKNOWN_KIND, &null_optional_field::RULE];

/// Whether `text` is one of the placeholder shapes of Meta's published examples.
pub fn is_placeholder(text: &str) -> bool {
    let wrapped = |open: &str, close: &str| {
        text.len() > open.len() + close.len()
            && text.starts_with(open)
            && text.ends_with(close)
            && !text[open.len()..text.len() - close.len()].contains(['<', '>', '{', '}'])
    };
    let angle = wrapped("<", ">");
    // `{{1}}` or `{{first_name}}` are template variables, not placeholders.
    let braces = wrapped("{{", "}}")
        && text[2..text.len() - 2]
            .chars()
            .any(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
    angle || braces || text.starts_with("http(s)://")
}

/// Reports every placeholder string of `value` and returns their pointers.
pub fn placeholders(ctx: &mut Ctx<'_>, value: &Value) -> HashSet<String> {
    let mut found = HashSet::new();
    collect(value, &mut Vec::new(), &mut found);
    let severity = match ctx.options.placeholders {
        PlaceholderPolicy::Allow => None,
        PlaceholderPolicy::Warn => Some(Severity::Warning),
        PlaceholderPolicy::Error => Some(Severity::Error),
    };
    if let Some(severity) = severity {
        let mut pointers: Vec<&String> = found.iter().collect();
        pointers.sort();
        for pointer in pointers {
            ctx.report(
                Diagnostic::new(
                    &PLACEHOLDER_VALUE,
                    pointer.clone(),
                    "this value is a placeholder, not real data",
                )
                .with_severity(severity)
                .with_help("replace it with the real value before sending"),
            );
        }
    }
    found
}

/// Walks `value` keeping the steps from the root; a pointer is rendered only for a
/// placeholder found.
fn collect<'v>(value: &'v Value, path: &mut Vec<Part<'v>>, found: &mut HashSet<String>) {
    match value {
        Value::String(text) if is_placeholder(text) => {
            found.insert(pointer::join("", path.iter().copied()));
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Part::Index(index));
                collect(item, path, found);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                path.push(Part::Key(key));
                collect(item, path, found);
                path.pop();
            }
        }
        _ => {}
    }
}

pub fn unknown_kind(value: &Value) -> Diagnostic {
    let what = match value {
        Value::Object(_) => "this object",
        Value::Array(_) => "a JSON array",
        _ => "a bare JSON value",
    };
    Diagnostic::new(&UNKNOWN_KIND, "", format!("{what} is not a WhatsApp message, template definition or webhook notification"))
        .with_help("a message has `messaging_product` and `to`; a template has `name` and `components`; a webhook has `object: \"whatsapp_business_account\"`; or pass --kind")
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn recognises_published_placeholders_only() {
        for text in [
            "<PHONE_NUMBER>",
            "{{Recipient-Phone-Number}}",
            "http(s)://the-image-url",
            "<http(s)://video-url>",
        ] {
            assert!(is_placeholder(text), "{text}");
        }
        for text in [
            "{{1}}",
            "{{first_name}}",
            "Hello <b>",
            "<>",
            "+15551234567",
            "a <X> b",
        ] {
            assert!(!is_placeholder(text), "{text}");
        }
    }
}
