//! W011 pricing-billable-deprecated

use serde_json::Value;

use super::{child, statuses};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports `pricing.billable` in a status notification: Meta marks it "to be deprecated".
    ///
    /// ## Why is this bad
    /// Code that decides whether a message was charged from `billable` breaks when the field
    /// goes away. `pricing.type` says it instead: `regular` is charged,
    /// `free_customer_service` and `free_entry_point` are not.
    ///
    /// ## Example
    /// ```json
    /// "pricing": {"billable": true, "pricing_model": "PMP", "type": "regular", "category": "marketing"}
    /// ```
    ///
    /// ## References
    /// rules.md `wh.status.pricing` ("billable (to be deprecated)"); DOC:/webhooks/reference/messages/status.
    pub static RULE = {
        code: "W011",
        name: "pricing-billable-deprecated",
        severity: Info,
        source: "DOC:/webhooks/reference/messages/status",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, status) in statuses(body) {
        let Some(pricing) = status.get("pricing").and_then(Value::as_object) else {
            continue;
        };
        if !pricing.contains_key("billable") {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&child(&pointer, "pricing"), "billable"),
                "`pricing.billable` is to be deprecated: do not rely on it",
            )
            .with_help("read pricing.type: `regular` is charged, `free_customer_service` and `free_entry_point` are free")
            .at_key(),
        );
    }
}
