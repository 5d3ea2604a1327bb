//! W004 status-after-final


use super::Notification;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::timeline::AnomalyKind;

declare_rule! {
    /// ## What it does
    /// Reports a status timestamped after `deleted`, or a `sent` or `warning` timestamped after `failed`, for the same message.
    ///
    /// The order is by `timestamp`, within one webhook body. `walint statuses` folds histories
    /// spread over many bodies. A `delivered`, `read` or `played` beside `failed`, in either
    /// order, is not reported: Meta sends both when one of the user's devices got the message
    /// and another did not (BSPs relaying Meta's statuses document it, e.g. YCloud's webhook
    /// examples: "delivered events may happen after failed, and vice versa, especially when the
    /// end user is using multiple devices"), and `walint statuses` notes it. Until November 2026
    /// walint reported those too.
    ///
    /// ## Why is this bad
    /// Nothing follows `deleted`, and a message is `sent` once, before anything else: a fixture
    /// with such a sequence tests a history Meta does not produce, and in a real body it points
    /// at a clock or ordering problem. Meta retries webhook deliveries for up to 7 days and does
    /// not promise their order, so order statuses by `timestamp`, not by arrival.
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
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1750000001", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    /// Use instead (a message is sent first):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"},
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "failed",
    ///        "timestamp": "1750000001", "recipient_id": "16505551234",
    ///        "errors": [{"code": 131026, "title": "Message undeliverable",
    ///          "message": "Message undeliverable", "error_data": {"details": "Message Undeliverable."}}]}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview (webhook delivery failure: retries for up to 7 days)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status (the status values)
    /// - https://docs.ycloud.com/reference-link/whatsapp-message-updated-webhook-examples (a BSP relaying Meta's statuses: delivered and failed for one message on several devices)
    pub static RULE = {
        code: "W004",
        name: "status-after-final",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    // One status has no history to be out of order or repeated in.
    if !webhook.has_several_statuses() {
        return;
    }
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
                .with_help("a message is sent once, first, and nothing follows `deleted`: order statuses by timestamp"),
            );
        }
    }
}
