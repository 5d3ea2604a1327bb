//! W003 deleted-status

use serde_json::Value;

use super::{child, statuses};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a `deleted` status: erase the message from your store.
    ///
    /// `"status": "deleted"` means the customer deleted the message: keep nothing of it.
    ///
    /// ## Why is this bad
    /// It is not an error in the webhook, but it asks for an action: keeping the content of a
    /// message the customer deleted goes against what they asked for. `deleted` is a legacy
    /// status (older Meta docs list it; the OpenAPI spec does not), so handlers often drop it.
    ///
    /// ## Example
    /// ```json
    /// {"id": "wamid.X", "status": "deleted", "timestamp": "1750000000", "recipient_id": "16505551234"}
    /// ```
    ///
    /// ## References
    /// rules.md `wh.status.enum` (deleted: legacy, unconfirmed); DOC:/webhooks/reference/messages/status.
    pub static RULE = {
        code: "W003",
        name: "deleted-status",
        severity: Info,
        source: "DOC:/webhooks/reference/messages/status",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, status) in statuses(body) {
        if status.get("status").and_then(Value::as_str) != Some("deleted") {
            continue;
        }
        let id = status.get("id").and_then(Value::as_str).unwrap_or("the message");
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&pointer, "status"),
                format!("{id} was deleted by the customer: erase the message from your store"),
            )
            .with_help("delete the stored content (text, media) of this message id; keep only what you must"),
        );
    }
}
