//! W021 template-status-value-unknown

use serde_json::Value;

use super::{child, template_status_updates, TEMPLATE_REASONS};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports an undocumented or deprecated rejection reason or pause title.
    ///
    /// Reports a template status update whose `reason` or `other_info.title` is not a value
    /// Meta documents, and the deprecated reason `CATEGORY_NOT_AVAILABLE`.
    ///
    /// ## Why is this bad
    /// Usually a typo in a fixture (`INVALID_FORMATS`, lower case). Meta adds values over
    /// time, so a real webhook with a new value is reported at info severity only: make sure
    /// your handler has a fallback branch.
    ///
    /// ## Example
    /// ```json
    /// "value": {"event": "REJECTED", "reason": "invalid_format", ...}
    /// ```
    ///
    /// ## References
    /// rules.md `tstatus.reasons`, `tstatus.reject-codes`, `tstatus.pause-titles`;
    /// DOC:/webhooks/reference/message_template_status_update.
    pub static RULE = {
        code: "W021",
        name: "template-status-value-unknown",
        severity: Info,
        source: "DOC:/webhooks/reference/message_template_status_update",
        meta_error: None,
    }
}

/// `other_info.title` values (rules.md `tstatus.pause-titles`).
const PAUSE_TITLES: &[&str] = &[
    "FIRST_PAUSE",
    "SECOND_PAUSE",
    "RATE_LIMITING_PAUSE",
    "UNPAUSE",
    "DISABLED",
];

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, value) in template_status_updates(body) {
        if let Some(reason) = value.get("reason").and_then(Value::as_str) {
            let at = child(&pointer, "reason");
            if reason == "CATEGORY_NOT_AVAILABLE" {
                ctx.report(Diagnostic::new(
                    &RULE,
                    at,
                    "reason CATEGORY_NOT_AVAILABLE is deprecated",
                ));
            } else if !reason.is_empty() && !TEMPLATE_REASONS.iter().any(|(known, _)| *known == reason) {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at,
                        format!("reason {reason:?} is not a documented rejection reason"),
                    )
                    .with_help(known_list(TEMPLATE_REASONS.iter().map(|(known, _)| *known))),
                );
            }
        }
        let title = value.get("other_info").and_then(|info| info.get("title"));
        if let Some(title) = title.and_then(Value::as_str) {
            if !PAUSE_TITLES.contains(&title) {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        child(&child(&pointer, "other_info"), "title"),
                        format!("other_info.title {title:?} is not a documented value"),
                    )
                    .with_help(known_list(PAUSE_TITLES.iter().copied())),
                );
            }
        }
    }
}

fn known_list<'a>(values: impl Iterator<Item = &'a str>) -> String {
    format!("documented values: {}", values.collect::<Vec<_>>().join(", "))
}
