//! W005 duplicate-status

use super::Notification;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::timeline::NoteKind;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a status repeated in one body: same message id, status and timestamp.
    ///
    /// ## Why is this bad
    /// Meta retries webhook deliveries for up to 7 days, so duplicates are normal across
    /// bodies; inside one body they usually come from a fixture built by copy and paste. Either
    /// way a handler must deduplicate on `id` + `status` (and `timestamp`), or it counts a
    /// message twice.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"},
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    /// Use instead (each status of a message once):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"},
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1750000002", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview (webhook delivery failure: retries for up to 7 days)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
    pub static RULE = {
        code: "W005",
        name: "duplicate-status",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    let body = webhook.body;
    // One status has no history to be out of order or repeated in.
    if !webhook.has_several_statuses() {
        return;
    }
    let (_, notes) = webhook.timeline();
    for note in notes {
        if note.kind != NoteKind::Duplicate {
            continue;
        }
        let status = body.pointer(&note.pointer);
        let field = |key: &str| {
            status
                .and_then(|s| s.get(key))
                .and_then(Value::as_str)
                .unwrap_or("?")
        };
        let message = format!(
            "`{}` of {} at {} is repeated in this body",
            field("status"),
            field("id"),
            field("timestamp")
        );
        ctx.report(
            Diagnostic::new(&RULE, note.pointer.as_str(), message)
                .with_help("Meta retries deliveries: deduplicate statuses on id + status + timestamp"),
        );
    }
}
