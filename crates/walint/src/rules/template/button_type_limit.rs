//! T030 template-button-type-limit

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports more buttons of one type than Meta allows: 10 QUICK_REPLY, 2 URL, 1 PHONE_NUMBER or 1 COPY_CODE.
    ///
    /// The total of 10 buttons in a template is checked by the schema.
    ///
    /// ## Why is this bad
    /// Meta documents these limits per button type and refuses the creation (error 100, Invalid
    /// parameter; the code is inferred, Meta does not document it).
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_links", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Your order has shipped."},
    ///  {"type": "BUTTONS", "buttons": [
    ///   {"type": "URL", "text": "Track order", "url": "https://www.luckyshrub.com/track"},
    ///   {"type": "URL", "text": "View invoice", "url": "https://www.luckyshrub.com/invoice"},
    ///   {"type": "URL", "text": "Contact us", "url": "https://www.luckyshrub.com/contact"}]}]}
    /// ```
    /// Use instead: at most two URL buttons:
    /// ```json
    /// {"name": "order_links", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Your order has shipped."},
    ///  {"type": "BUTTONS", "buttons": [
    ///   {"type": "URL", "text": "Track order", "url": "https://www.luckyshrub.com/track"},
    ///   {"type": "URL", "text": "View invoice", "url": "https://www.luckyshrub.com/invoice"},
    ///   {"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+15550783881"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T030",
        name: "template-button-type-limit",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

const LIMITS: &[(&str, usize)] = &[
    ("QUICK_REPLY", 10),
    ("URL", 2),
    ("PHONE_NUMBER", 1),
    ("COPY_CODE", 1),
];

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let all = &view.buttons;
    for (kind, limit) in LIMITS {
        for extra in all.iter().filter(|b| b.kind == *kind).skip(*limit) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    extra.pointer,
                    format!(
                        "a template can have at most {limit} {kind} button{}",
                        if *limit == 1 { "" } else { "s" }
                    ),
                )
                .with_help("remove this button or use another type"),
            );
        }
    }
}
