//! W004 status-after-final

use serde_json::Value;

use super::timeline;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::timeline::AnomalyKind;

declare_rule! {
    /// ## What it does
    /// Reports a status that follows `failed` or `deleted` for the same message.
    ///
    /// Reports a status that comes after `failed` or `deleted` for the same message, by
    /// timestamp, within one webhook body (e.g. `delivered` one second after `failed`).
    ///
    /// ## Why is this bad
    /// `failed` and `deleted` are final: nothing follows them. A fixture with such a sequence
    /// tests a history Meta does not produce; in a real body it points at a clock or ordering
    /// problem, and a handler that simply takes the last status would resurrect a failed
    /// message. Order statuses by `timestamp`, not by arrival.
    ///
    /// ## Example
    /// ```json
    /// "statuses": [{"id": "wamid.X", "status": "failed", "timestamp": "1750000000", ...},
    ///              {"id": "wamid.X", "status": "delivered", "timestamp": "1750000001", ...}]
    /// ```
    ///
    /// ## References
    /// rules.md `wh.order`, `wh.status.enum`; DOC:/webhooks/overview; `walint statuses` for
    /// histories spread over many bodies.
    pub static RULE = {
        code: "W004",
        name: "status-after-final",
        severity: Warning,
        source: "DOC:/webhooks/overview",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    let (timeline, _) = timeline(body);
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
