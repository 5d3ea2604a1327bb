//! T017 template-footer-variable

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a variable (`{{1}}` or `{{name}}`) in a template's FOOTER text.
    ///
    /// ## Why is this bad
    /// Footers never receive parameters at send time: the `components` of a template send are
    /// `header`, `body`, `button`, `carousel` and `limited_time_offer`, and Meta's components page
    /// documents no footer variable syntax or example, so the value could never be filled in. Meta's
    /// utility-templates page does say of the footer that "Variables are supported"; the two pages
    /// conflict, and walint follows the send side. Meta documents no specific error code for it.
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}},
    ///   {"type": "FOOTER", "text": "Sent by {{1}}"}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}},
    ///   {"type": "FOOTER", "text": "Sent by Acme Store"}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/utility-templates/utility-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    pub static RULE = {
        code: "T017",
        name: "template-footer-variable",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Footer) {
        for var in &field.scan.vars {
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, "the footer cannot hold a variable")
                    .with_text_range(field.text, var.start, var.end)
                    .with_help("move the variable to the body; the footer is fixed text"),
            );
        }
    }
}
