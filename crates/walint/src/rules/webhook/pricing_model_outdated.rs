//! W010 pricing-model-outdated

use serde_json::Value;

use super::{child, statuses};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports conversation-based pricing (`CBP`) on a status from July 2025 or later.
    ///
    /// Reports `pricing.pricing_model: "CBP"` (conversation-based pricing) on a status dated
    /// 1 July 2025 or later, when Meta had moved to per-message pricing (`PMP`).
    ///
    /// ## Why is this bad
    /// Billing code written for conversations (one charge per 24-hour conversation) miscounts
    /// under per-message pricing, where each delivered template is charged by its `category`
    /// and `pricing.type` says whether it was free. A recent fixture with `CBP` keeps testing
    /// the old model.
    ///
    /// ## Example
    /// ```json
    /// {"status": "delivered", "timestamp": "1760000000",
    ///  "pricing": {"billable": true, "pricing_model": "CBP", "category": "utility"}}
    /// ```
    ///
    /// ## References
    /// rules.md `wh.status.pricing` ("CBP (before 1 Jul 2025) / PMP"); DOC:/webhooks/reference/messages/status.
    pub static RULE = {
        code: "W010",
        name: "pricing-model-outdated",
        severity: Warning,
        source: "DOC:/webhooks/reference/messages/status",
        meta_error: None,
        since: "2025-07-01",
    }
}

/// 2025-07-01T00:00:00Z: per-message pricing replaced conversation-based pricing.
const PMP_SINCE: i64 = 1_751_328_000;

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, status) in statuses(body) {
        let model = status.get("pricing").and_then(|p| p.get("pricing_model"));
        if model.and_then(Value::as_str) != Some("CBP") {
            continue;
        }
        let timestamp = status.get("timestamp").and_then(Value::as_str);
        let Some(seconds) = timestamp.and_then(|t| t.parse::<i64>().ok()) else {
            continue;
        };
        if seconds < PMP_SINCE {
            continue;
        }
        let pricing = child(&pointer, "pricing");
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&pricing, "pricing_model"),
                format!("pricing model CBP on a status of {seconds}, after per-message pricing (PMP) began on 2025-07-01"),
            )
            .with_help("since 1 July 2025 Meta sends \"pricing_model\": \"PMP\"; bill by pricing.category and pricing.type"),
        );
    }
}
