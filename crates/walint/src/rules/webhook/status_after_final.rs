//! W004 status-after-final


use super::Notification;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::timeline::AnomalyKind;

declare_rule! {
    /// ## What it does
    /// Reports a status that follows `failed` or `deleted` for the same message.
    ///
    /// The order is by `timestamp`, within one webhook body (for example `delivered` one second
    /// after `failed`). `walint statuses` folds histories spread over many bodies.
    ///
    /// ## Why is this bad
    /// `failed` and `deleted` are final: nothing follows them. A fixture with such a sequence
    /// tests a history Meta does not produce; in a real body it points at a clock or ordering
    /// problem, and a handler that simply takes the last status would resurrect a failed
    /// message. Meta retries webhook deliveries for up to 7 days and does not promise their
    /// order, so order statuses by `timestamp`, not by arrival.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "failed",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234",
    ///        "errors": [{"code": 131026, "title": "Message undeliverable",
    ///          "message": "Message undeliverable", "error_data": {"details": "Message Undeliverable."}}]},
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1750000001", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    /// Use instead (a message that was delivered was sent first; one that failed stays failed):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"},
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1750000001", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview (webhook delivery failure: retries for up to 7 days)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status (the status values)
    pub static RULE = {
        code: "W004",
        name: "status-after-final",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    let (timeline, _) = webhook.timeline();
    for message in timeline.messages() {
        for anomaly in &message.anomalies {
            if anomaly.kind != AnomalyKind::AfterFinal {
                continue;
            }
            let pointer = anomaly.pointer.as_deref().unwrap_or_default();
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{pointer}/status"),
                    format!("{}: {}", message.id, anomaly.message),
                )
                .with_help("a failed or deleted message stays so: order statuses by timestamp"),
            );
        }
    }
}
