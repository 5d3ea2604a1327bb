//! X005 send-button-mismatch

use super::{send_sub_type, Pairing};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a template send's button component whose `index` has no button in the definition, or whose `sub_type` does not match the definition's button at that index.
    ///
    /// A typical case is a URL parameter sent to a quick-reply button; phone number buttons take
    /// no parameters at all.
    ///
    /// ## Why is this bad
    /// The index is the button's position among all the template's buttons, and if buttons use
    /// variables, their type and order must match the template. Sent to the wrong button, Meta
    /// refuses the send ("Parameter value for URL was expected but was not found", an error of
    /// the 100 "Invalid parameter" class). Confused indexes are a common cause of 131008
    /// "Required parameter is missing" (https://github.com/chatwoot/chatwoot/issues/12393,
    /// https://github.com/PipedreamHQ/pipedream/issues/5899). The rule needs the template
    /// definitions (`walint lint --templates`).
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "order_shipped", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "components": [{"type": "BODY", "text": "Your order has shipped."},
    ///   {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stop updates"},
    ///    {"type": "URL", "text": "Track", "url": "https://example.com/track/{{1}}",
    ///     "example": ["https://example.com/track/A-1001"]}]}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    /// Use instead: the URL button's own index, 1.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://github.com/chatwoot/chatwoot/issues/12393
    pub static RULE = {
        code: "X005",
        name: "send-button-mismatch",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    for scope in &pairing.scopes {
        let buttons = scope.def_buttons();
        for component in scope.send.iter().filter(|c| c.kind == "button") {
            let Some(index) = component.index else {
                continue;
            };
            let message = match buttons.get(index) {
                None => format!(
                    "the template has no button at index {index} (it has {})",
                    buttons.len()
                ),
                Some(button) => {
                    let expected = send_sub_type(&button.kind);
                    let sent = component.sub_type.as_deref();
                    if sent.is_none() || expected == sent {
                        continue;
                    }
                    match expected {
                        Some(expected) => format!(
                            "button {index} is the template's {} button: its sub_type is `{expected}`, not `{}`",
                            button.kind,
                            sent.unwrap_or_default()
                        ),
                        None => format!("button {index} is the template's {} button: it takes no parameters", button.kind),
                    }
                }
            };
            let kinds: Vec<String> = buttons
                .iter()
                .map(|b| format!("{} {}", b.index, b.kind))
                .collect();
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    component.pointer,
                    format!("{}: {message}", scope.name("buttons")),
                )
                .with_help(format!(
                    "the template's buttons are: {}",
                    if kinds.is_empty() {
                        "none".to_owned()
                    } else {
                        kinds.join(", ")
                    }
                )),
            );
        }
    }
}
