//! T022 template-example-count

use super::parts::{Examples, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{distinct_vars, VarKind};

declare_rule! {
    /// ## What it does
    /// Reports positional example values whose count differs from the number of distinct variables of the text.
    ///
    /// It checks `example.body_text[0]`, `example.header_text` and a URL button's `example`.
    ///
    /// ## Why is this bad
    /// Meta requires one sample per variable (the count of example values must equal the number
    /// of placeholders): Meta refuses the creation or the review rejects the template
    /// (INCORRECT_PARAMS).
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped and is on its way.", "example": {"body_text": [["Mark"]]}}]}
    /// ```
    /// Use instead: one value per variable:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped and is on its way.", "example": {"body_text": [["Mark", "860198"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    pub static RULE = {
        code: "T022",
        name: "template-example-count",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
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
