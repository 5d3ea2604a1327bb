//! T016 template-header-one-variable

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a TEXT header with more than one variable.
    ///
    /// ## Why is this bad
    /// "Text headers support 1 parameter" (Meta's components page, "Text header"); Meta refuses the
    /// creation of a template whose text header has more (reported in
    /// https://github.com/shridarpatil/whatomate/pull/423).
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "HEADER", "format": "TEXT", "text": "Order {{1}} for {{2}}", "example": {"header_text": ["A-1001", "Anna"]}},
    ///   {"type": "BODY", "text": "Your order has shipped and is on its way to you."}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "HEADER", "format": "TEXT", "text": "Order {{1}}", "example": {"header_text": ["A-1001"]}},
    ///   {"type": "BODY", "text": "Hi {{1}}, your order has shipped and is on its way to you.",
    ///    "example": {"body_text": [["Anna"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://github.com/shridarpatil/whatomate/pull/423
    pub static RULE = {
        code: "T016",
        name: "template-header-one-variable",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Header) {
        let scanned = &field.scan;
        if let Some(extra) = scanned.vars.get(1) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    field.pointer,
                    format!(
                        "the header has {} variables; a text header supports one",
                        scanned.vars.len()
                    ),
                )
                .with_text_range(field.text, extra.start, extra.end)
                .with_help("keep one variable in the header and move the others to the body"),
            );
        }
    }
}
