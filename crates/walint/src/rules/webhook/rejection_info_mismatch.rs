//! W022 rejection-info-mismatch

use super::{child, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports `rejection_info` in a template status update whose `reason` is not `INVALID_FORMAT`.
    ///
    /// ## Why is this bad
    /// Meta documents `rejection_info {reason, recommendation}` only for `INVALID_FORMAT`
    /// rejections. A fixture that carries it with another reason tests a shape Meta does not
    /// send, and a handler may come to expect a recommendation that never arrives.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "REJECTED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "spring_sale", "message_template_language": "en_US",
    ///     "reason": "PROMOTIONAL",
    ///     "rejection_info": {"reason": "The template contains promotional content.",
    ///       "recommendation": "Submit it in the MARKETING category."}}}]}]}
    /// ```
    /// Use instead (no `rejection_info` unless the reason is `INVALID_FORMAT`):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "REJECTED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "spring_sale", "message_template_language": "en_US",
    ///     "reason": "PROMOTIONAL"}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update
    pub static RULE = {
        code: "W022",
        name: "rejection-info-mismatch",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, value) in webhook.template_status_updates() {
        if !value.contains_key("rejection_info") {
            continue;
        }
        let reason = value.get("reason").and_then(Value::as_str);
        if reason == Some("INVALID_FORMAT") {
            continue;
        }
        let shown = reason.map_or("no reason".to_string(), |r| format!("reason {r}"));
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&pointer, "rejection_info"),
                format!("rejection_info with {shown}: Meta sends it only for INVALID_FORMAT"),
            )
            .at_key(),
        );
    }
}
