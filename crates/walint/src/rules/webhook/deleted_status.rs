//! W003 deleted-status

use super::{child, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a `deleted` status, which asks you to erase the message from your store.
    ///
    /// `"status": "deleted"` means the customer deleted the message: keep nothing of it.
    ///
    /// ## Why is this bad
    /// It is not an error in the webhook, but it asks for an action: keeping the content of a
    /// message the customer deleted goes against what they asked for. `deleted` is a legacy
    /// status: older Meta webhook references list it next to `sent`, `delivered`, `read` and
    /// `failed`, while the current status reference and Meta's OpenAPI spec no longer do, so
    /// handlers often drop it.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "deleted",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    /// Use instead: the webhook itself is as Meta sent it; erase the stored text and media of
    /// the message. A fixture for the ordinary path uses a current status:
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "read",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
    /// - https://github.com/facebook/openapi (Meta's OpenAPI spec: `Statuses.status` lists only
    ///   `sent`, `delivered`, `read` and `failed`)
    pub static RULE = {
        code: "W003",
        name: "deleted-status",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, status) in webhook.statuses() {
        if status.get("status").and_then(Value::as_str) != Some("deleted") {
            continue;
        }
        let id = status.get("id").and_then(Value::as_str).unwrap_or("the message");
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(pointer, "status"),
                format!("{id} was deleted by the customer: erase the message from your store"),
            )
            .with_help("delete the stored content (text, media) of this message id; keep only what you must"),
        );
    }
}
