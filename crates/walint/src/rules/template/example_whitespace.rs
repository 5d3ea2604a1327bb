//! T024 template-example-whitespace

use serde_json::Value;

use super::parts::{Examples, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;

declare_rule! {
    /// ## What it does
    /// Warns about an example value with a newline, a tab or more than 4 consecutive spaces.
    ///
    /// ## Why is this bad
    /// Such a value could never be sent: Meta refuses parameter text with "new-line/tab
    /// characters or more than 4 consecutive spaces" (132018), and example values with `\n`
    /// break the creation (netflie/whatsapp-cloud-api#201, glific/glific#2473). Not a
    /// documented creation rule, hence a warning (an error with `strict`).
    ///
    /// ## Example
    /// `"example": {"body_text": [["Line one\nLine two"]]}`
    ///
    /// ## References
    /// rules.md `tsend.params.text.whitespace`; PEER-132018; peers.md §3.4.
    pub static RULE = {
        code: "T024",
        name: "template-example-whitespace",
        severity: Warning,
        source: "PEER-132018",
        meta_error: None,
    }
}

/// The byte range of the first newline, tab or run of 5+ spaces in `text`.
pub fn forbidden_whitespace(text: &str) -> Option<(usize, usize, &'static str)> {
    let mut run_start = None;
    for (at, c) in text.char_indices() {
        match c {
            '\n' | '\r' => return Some((at, at + 1, "a newline")),
            '\t' => return Some((at, at + 1, "a tab")),
            ' ' => {
                let start = *run_start.get_or_insert(at);
                if at + 1 - start > 4 {
                    let end = text[at..].find(|c| c != ' ').map_or(text.len(), |n| at + n);
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
