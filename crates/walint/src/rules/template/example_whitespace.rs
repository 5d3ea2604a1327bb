//! T024 template-example-whitespace

use super::parts::{Examples, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns about an example value with a newline, a tab or more than 4 consecutive spaces.
    ///
    /// ## Why is this bad
    /// Such a value could never be sent: at send time Meta refuses parameter text with
    /// "new-line/tab characters or more than 4 consecutive spaces" (error 132018 since Graph
    /// v23.0; older versions answered 100, Invalid parameter), and example values with `\n`
    /// break the creation (https://github.com/netflie/whatsapp-cloud-api/issues/201,
    /// https://github.com/glific/glific/issues/2473). It is not a documented creation rule, hence
    /// a warning (an error with `strict`).
    ///
    /// ## Example
    /// ```json
    /// {"name": "delivery_address", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "We will deliver your order to {{1}}.", "example": {"body_text": [["1 Hacker Way\nMenlo Park"]]}}]}
    /// ```
    /// Use instead: the value on one line:
    /// ```json
    /// {"name": "delivery_address", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "We will deliver your order to {{1}}.", "example": {"body_text": [["1 Hacker Way, Menlo Park"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://github.com/netflie/whatsapp-cloud-api/issues/201
    /// - https://github.com/glific/glific/issues/2473
    pub static RULE = {
        code: "T024",
        name: "template-example-whitespace",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes",
        meta_error: None,
    }
}

/// The byte range of the first newline, tab or run of 5+ spaces in `text`.
pub fn forbidden_whitespace(text: &str) -> Option<(usize, usize, &'static str)> {
    // Bytes: every character looked for is ASCII, and no byte of another character is.
    let bytes = text.as_bytes();
    let mut run_start = None;
    for (at, &byte) in bytes.iter().enumerate() {
        match byte {
            b'\n' | b'\r' => return Some((at, at + 1, "a newline")),
            b'\t' => return Some((at, at + 1, "a tab")),
            b' ' => {
                let start = *run_start.get_or_insert(at);
                if at + 1 - start > 4 {
                    let end = bytes[at..].iter().position(|&b| b != b' ').map_or(text.len(), |n| at + n);
                    return Some((start, end, "more than 4 consecutive spaces"));
                }
            }
            _ => run_start = None,
        }
    }
    None
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        match &field.examples {
            Examples::Positional(list, values) | Examples::Flat(list, values) => {
                for (i, value) in values.iter().enumerate() {
                    check_value(ctx, list.index(i), value);
                }
            }
            Examples::Named(list, entries) => {
                for (i, entry) in entries.iter().enumerate() {
                    if let Some(value) = entry.get("example") {
                        check_value(ctx, list.index(i).key("example"), value);
                    }
                }
            }
            Examples::Plain(at, sample) => check_value(ctx, *at, sample),
            Examples::None => {}
        }
    }
}

fn check_value(ctx: &mut Ctx<'_>, at: Path<'_>, value: &Value) {
    let Some(text) = value.as_str() else {
        return;
    };
    if let Some((start, end, what)) = forbidden_whitespace(text) {
        ctx.report(
            Diagnostic::new(&RULE, at, format!("this example value has {what}"))
                .with_severity(ctx.contested())
                .with_text_range(text, start, end)
                .with_help("parameter values cannot hold newlines, tabs or more than 4 spaces in a row"),
        );
    }
}
