//! M132 flow-data-exchange-payload

use super::{flow_parameters, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns about a `flow_action_payload` in a flow with `flow_action: "data_exchange"`.
    ///
    /// With `data_exchange` your endpoint supplies the first screen and its data, so the
    /// message must not carry `flow_action_payload` (it belongs to `navigate`).
    ///
    /// ## Why is this bad
    /// Meta's flow message parameters (the flow-sending guide, the legacy Messages reference
    /// and Meta's OpenAPI spec) make `flow_action_payload` a `navigate` parameter and say to
    /// omit it for `data_exchange`: the screen and data in it are not used, which is usually a
    /// sign the wrong `flow_action` was chosen. Meta documents no error for it, hence a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book a table in two minutes."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890",
    ///    "flow_cta": "Book", "flow_action": "data_exchange", "flow_action_payload": {"screen": "WELCOME"}}}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book a table in two minutes."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890",
    ///    "flow_cta": "Book", "flow_action": "data_exchange"}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow (`flow_action`, `flow_action_payload`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API)
    pub static RULE = {
        code: "M132",
        name: "flow-data-exchange-payload",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(parameters) = flow_parameters(message) else {
        return;
    };
    let data_exchange = parameters.get("flow_action").and_then(Value::as_str) == Some("data_exchange");
    if data_exchange && parameters.get("flow_action_payload").is_some() {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_action_payload"),
                "`flow_action_payload` is not used with `flow_action: \"data_exchange\"`",
            )
            .with_help(
                "remove `flow_action_payload`, or use `\"flow_action\": \"navigate\"` to open a screen",
            )
            .at_key(),
        );
    }
}
