//! P002 send-component-duplicate

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a template send with two components of the same kind: two `header`, `body`, `carousel` or `limited_time_offer` components, or two `button` components with the same `index`.
    ///
    /// Checked at the top level of `template.components` and inside each carousel card.
    ///
    /// ## Why is this bad
    /// Each component of the approved template gets its parameters once, and each button is
    /// addressed once by its `index`. With two copies Meta cannot tell which one applies and
    /// refuses the send. Meta does not document the error code; walint expects the generic 100
    /// "Invalid parameter" (inferred).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}]},
    ///   {"type": "body", "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}, {"type": "text", "text": "A-1001"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API, schema `TemplateComponent`)
    pub static RULE = {
        code: "P002",
        name: "send-component-duplicate",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for kind in ["header", "body", "carousel", "limited_time_offer"] {
            for extra in list.iter().filter(|c| c.kind == kind).skip(1) {
                ctx.report(
                    Diagnostic::new(&RULE, extra.pointer, format!("a second `{kind}` component"))
                        .with_help("put all the parameters of a component in one component"),
                );
            }
        }
        let buttons: Vec<_> = list.iter().filter(|c| c.kind == "button").collect();
        for (position, button) in buttons.iter().enumerate() {
            let Some(index) = button.index else {
                continue;
            };
            if buttons
                .iter()
                .take(position)
                .any(|earlier| earlier.index == Some(index))
            {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        button.pointer,
                        format!("a second button component for index {index}"),
                    )
                    .with_help("give each button of the template at most one component, by its index"),
                );
            }
        }
    }
}
