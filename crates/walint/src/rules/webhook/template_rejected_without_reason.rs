//! W020 template-rejected-without-reason

use serde_json::Value;

use super::{child, template_status_updates};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a template `REJECTED` without a rejection reason.
    ///
    /// Reports a `message_template_status_update` with `"event": "REJECTED"` whose `reason`
    /// is missing, null, empty or `NONE`.
    ///
    /// ## Why is this bad
    /// Meta documents a rejection reason (`ABUSIVE_CONTENT`, `INCORRECT_CATEGORY`,
    /// `INVALID_FORMAT`, `PROMOTIONAL`, `SCAM`, `TAG_CONTENT_MISMATCH`, ...); a handler tested
    /// only with reasonless rejections never shows the author why the template was refused.
    /// With a real webhook, look the rejection up in WhatsApp Manager before resubmitting.
    ///
    /// ## Example
    /// ```json
    /// "value": {"event": "REJECTED", "message_template_id": 1, "message_template_name": "order_update",
    ///           "message_template_language": "en_US", "reason": null}
    /// ```
    ///
    /// ## References
    /// rules.md `tstatus.values`, `tstatus.reasons`; DOC:/webhooks/reference/message_template_status_update.
    pub static RULE = {
        code: "W020",
        name: "template-rejected-without-reason",
        severity: Warning,
        source: "DOC:/webhooks/reference/message_template_status_update",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, value) in template_status_updates(body) {
        if value.get("event").and_then(Value::as_str) != Some("REJECTED") {
            continue;
        }
        let reason = value.get("reason");
        let (at, described) = match reason {
            None => (child(&pointer, "event"), "no `reason`".to_string()),
            Some(Value::Null) => (child(&pointer, "reason"), "reason null".to_string()),
            Some(Value::String(text)) if text.is_empty() || text == "NONE" => {
                (child(&pointer, "reason"), format!("reason {text:?}"))
            }
            Some(_) => continue,
        };
        let name = value
            .get("message_template_name")
            .and_then(Value::as_str)
            .unwrap_or("template");
        ctx.report(
            Diagnostic::new(&RULE, at, format!("`{name}` was REJECTED with {described}: the author cannot tell what to fix"))
                .with_help("Meta sends a reason such as INVALID_FORMAT, INCORRECT_CATEGORY or PROMOTIONAL; check WhatsApp Manager"),
        );
    }
}
