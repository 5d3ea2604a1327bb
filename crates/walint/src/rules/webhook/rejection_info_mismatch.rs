//! W022 rejection-info-mismatch

use serde_json::Value;

use super::{child, template_status_updates};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports `rejection_info` on a rejection whose reason is not `INVALID_FORMAT`.
    ///
    /// Reports `rejection_info` in a template status update whose `reason` is not
    /// `INVALID_FORMAT`.
    ///
    /// ## Why is this bad
    /// Meta documents `rejection_info {reason, recommendation}` only for `INVALID_FORMAT`
    /// rejections. A fixture that carries it with another reason tests a shape Meta does not
    /// send, and a handler may come to expect a recommendation that never arrives.
    ///
    /// ## Example
    /// ```json
    /// "value": {"event": "REJECTED", "reason": "PROMOTIONAL",
    ///           "rejection_info": {"reason": "...", "recommendation": "..."}, ...}
    /// ```
    ///
    /// ## References
    /// rules.md `tstatus.reasons`; DOC:/webhooks/reference/message_template_status_update.
    pub static RULE = {
        code: "W022",
        name: "rejection-info-mismatch",
        severity: Info,
        source: "DOC:/webhooks/reference/message_template_status_update",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, value) in template_status_updates(body) {
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
