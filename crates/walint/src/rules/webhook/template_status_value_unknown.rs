//! W021 template-status-value-unknown

use super::{child, Notification, TEMPLATE_REASONS};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports an undocumented or deprecated rejection reason or pause title.
    ///
    /// It reads the `reason` and `other_info.title` of a template status update: a value Meta
    /// does not document is reported, and so is the deprecated reason `CATEGORY_NOT_AVAILABLE`.
    /// The documented reasons are `ABUSIVE_CONTENT`, `INCORRECT_CATEGORY`, `INVALID_FORMAT`,
    /// `NONE`, `PROMOTIONAL`, `SCAM` and `TAG_CONTENT_MISMATCH`, plus the template-review codes
    /// `INCORRECT_PARAMS`, `PARAMS_TO_WORD_RATIO_EXCEED_LIMIT` and `TAG_SHOULD_BE_MARKETING`;
    /// the pause titles are `FIRST_PAUSE`, `SECOND_PAUSE`, `RATE_LIMITING_PAUSE`, `UNPAUSE` and
    /// `DISABLED`.
    ///
    /// ## Why is this bad
    /// Usually a typo in a fixture (`INVALID_FORMATS`, lower case). Meta adds values over
    /// time, so a real webhook with a new value is reported at info severity only: make sure
    /// your handler has a fallback branch.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "REJECTED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "order_update", "message_template_language": "en_US",
    ///     "reason": "invalid_format"}}]}]}
    /// ```
    /// Use instead (values are upper case):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "REJECTED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "order_update", "message_template_language": "en_US",
    ///     "reason": "INVALID_FORMAT"}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update (`reason` and `other_info.title` values)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review (template review and its rejection reasons)
    pub static RULE = {
        code: "W021",
        name: "template-status-value-unknown",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update",
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

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, value) in webhook.template_status_updates() {
        if let Some(reason) = value.get("reason").and_then(Value::as_str) {
            let at = child(&pointer, "reason");
            if reason == "CATEGORY_NOT_AVAILABLE" {
                ctx.report(Diagnostic::new(
                    &RULE,
                    at,
                    "reason CATEGORY_NOT_AVAILABLE is deprecated",
                ));
            } else if !reason.trim().is_empty() && !TEMPLATE_REASONS.iter().any(|(known, _)| *known == reason) {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at,
                        format!(
                            "reason {} is not a documented `reason` value",
                            crate::diagnostic::quoted(reason)
                        ),
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
                        format!(
                            "other_info.title {} is not a documented value",
                            crate::diagnostic::quoted(title)
                        ),
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
