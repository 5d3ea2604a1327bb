//! T022 template-example-count

use super::parts::{Examples, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{distinct_vars, VarKind};

declare_rule! {
    /// ## What it does
    /// Reports positional example values whose count differs from the number of distinct
    /// variables of the text (`body_text[0]`, `header_text`, a URL button's `example`).
    ///
    /// ## Why is this bad
    /// "The count must equal the number of placeholders": Meta refuses the creation or the
    /// review rejects it (INCORRECT_PARAMS).
    ///
    /// ## Example
    /// `"text": "Hi {{1}}, order {{2}} shipped.", "example": {"body_text": [["Mark"]]}`
    ///
    /// ## References
    /// rules.md `tcreate.example.required`; DOC:/templates/components; DOC:/templates/overview.
    pub static RULE = {
        code: "T022",
        name: "template-example-count",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        if field.role == Role::Footer {
            continue;
        }
        let scanned = &field.scan;
        // With a malformed placeholder (T010) the intended count is unknown.
        if !scanned.malformed.is_empty() {
            continue;
        }
        let expected = distinct_vars(scanned)
            .into_iter()
            .filter(|kind| matches!(kind, VarKind::Positional(_)))
            .count();
        if expected == 0 {
            continue;
        }
        let Examples::Positional(pointer, values) = &field.examples else {
            continue;
        };
        if values.len() != expected {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    pointer,
                    format!(
                        "the {} has {expected} variable{} but {} example value{}",
                        field.role.label(),
                        if expected == 1 { "" } else { "s" },
                        values.len(),
                        if values.len() == 1 { "" } else { "s" },
                    ),
                )
                .with_help("give one sample per variable, in the order {{1}}, {{2}} …"),
            );
        }
    }
}
