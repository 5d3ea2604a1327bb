//! M132 flow-data-exchange-payload

use serde_json::Value;

use super::flow_parameters;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Warns about a `flow_action_payload` in a flow with `flow_action: "data_exchange"`.
    ///
    /// With `data_exchange` your endpoint supplies the first screen and its data, so the
    /// message must not carry `flow_action_payload` (it belongs to `navigate`).
    ///
    /// ## Why is this bad
    /// Meta's reference says to omit it for `data_exchange`: the screen and data in it are
    /// not used, which is usually a sign the wrong `flow_action` was chosen.
    ///
    /// ## Example
    /// ```json
    /// "parameters": {"flow_message_version": "3", "flow_id": "1", "flow_cta": "Book",
    ///   "flow_action": "data_exchange", "flow_action_payload": {"screen": "WELCOME"}}
    /// ```
    ///
    /// ## References
    /// rules.md `interactive.flow.payload`; ONPREM (flow parameters); OAS#ActionObject.
    pub static RULE = {
        code: "M132",
        name: "flow-data-exchange-payload",
        severity: Warning,
        source: "ONPREM flow parameters",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
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
