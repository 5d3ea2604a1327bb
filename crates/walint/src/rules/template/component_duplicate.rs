//! T005 template-component-duplicate

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a second HEADER, FOOTER, BUTTONS, CAROUSEL or LIMITED_TIME_OFFER component.
    ///
    /// ## Why is this bad
    /// A template has at most one of each ("only one text header", "one footer component",
    /// all buttons in a single BUTTONS component). Meta refuses the creation (error 100, Invalid
    /// parameter; the code is inferred, Meta does not document it).
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_help", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Your order has shipped."},
    ///  {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Track order"}]},
    ///  {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Contact us"}]}]}
    /// ```
    /// Use instead: one BUTTONS component holding all the buttons:
    /// ```json
    /// {"name": "order_help", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Your order has shipped."},
    ///  {"type": "BUTTONS", "buttons": [
    ///   {"type": "QUICK_REPLY", "text": "Track order"},
    ///   {"type": "QUICK_REPLY", "text": "Contact us"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T005",
        name: "template-component-duplicate",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

const SINGLE: &[&str] = &["HEADER", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"];

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let all = &view.components;
    for kind in SINGLE {
        for extra in all.iter().filter(|c| c.kind == *kind).skip(1) {
            let help = if *kind == "BUTTONS" {
                "put every button in one BUTTONS component".to_owned()
            } else {
                format!("keep one {kind} component")
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    extra.pointer,
                    format!("a template has at most one {kind} component"),
                )
                .with_help(help),
            );
        }
    }
}
