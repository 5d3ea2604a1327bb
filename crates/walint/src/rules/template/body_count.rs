//! T004 template-body-count

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports a template without a BODY component, or with more than one.
    ///
    /// ## Why is this bad
    /// Every template has exactly one body ("Templates are limited to one body component");
    /// Meta refuses the creation (error 100, Invalid parameter; the code is inferred, Meta does
    /// not document it). Authentication templates too: their BODY carries
    /// `add_security_recommendation` instead of text.
    ///
    /// ## Example
    /// ```json
    /// {"name": "store_hours", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "HEADER", "format": "TEXT", "text": "Opening hours"},
    ///  {"type": "FOOTER", "text": "Lucky Shrub"}]}
    /// ```
    /// Use instead: add the one BODY:
    /// ```json
    /// {"name": "store_hours", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "HEADER", "format": "TEXT", "text": "Opening hours"},
    ///  {"type": "BODY", "text": "We are open from 9 am to 6 pm, Monday to Saturday."},
    ///  {"type": "FOOTER", "text": "Lucky Shrub"}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T004",
        name: "template-body-count",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if !view.has_component_list() {
        return;
    }
    let bodies: Vec<_> = view.components.iter().filter(|c| c.kind == "BODY").collect();
    if bodies.is_empty() {
        ctx.report(
            Diagnostic::new(&RULE, ptr!("components"), "the template has no BODY component")
                .with_help("add `{\"type\": \"BODY\", \"text\": \"…\"}`"),
        );
    }
    for extra in bodies.iter().skip(1) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                extra.pointer,
                "a template has exactly one BODY; this is another",
            )
            .with_help("merge the texts into one BODY component"),
        );
    }
}
