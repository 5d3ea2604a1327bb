//! W020 template-rejected-without-reason

use super::{child, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template `REJECTED` without a rejection reason.
    ///
    /// The `message_template_status_update` has `"event": "REJECTED"` and a `reason` that is
    /// missing, null, empty (or only spaces) or `NONE`.
    ///
    /// ## Why is this bad
    /// Meta documents a rejection reason (`ABUSIVE_CONTENT`, `INCORRECT_CATEGORY`,
    /// `INVALID_FORMAT`, `PROMOTIONAL`, `SCAM`, `TAG_CONTENT_MISMATCH`, ...); a handler tested
    /// only with reasonless rejections never shows the author why the template was refused.
    /// With a real webhook, look the rejection up in WhatsApp Manager before resubmitting.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "REJECTED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "order_update", "message_template_language": "en_US",
    ///     "reason": null}}]}]}
    /// ```
    /// Use instead (a fixture with a documented reason):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "REJECTED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "order_update", "message_template_language": "en_US",
    ///     "reason": "INCORRECT_CATEGORY"}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization (why a template is rejected for its category)
    pub static RULE = {
        code: "W020",
        name: "template-rejected-without-reason",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, value) in webhook.template_status_updates() {
        if value.get("event").and_then(Value::as_str) != Some("REJECTED") {
            continue;
        }
        let reason = value.get("reason");
        let (at, described) = match reason {
            None => (child(&pointer, "event"), "no `reason`".to_string()),
            Some(Value::Null) => (child(&pointer, "reason"), "reason null".to_string()),
            Some(Value::String(text)) if text.trim().is_empty() || text == "NONE" => (
                child(&pointer, "reason"),
                format!("reason {}", crate::diagnostic::quoted(text)),
            ),
            Some(_) => continue,
        };
        let name = value
            .get("message_template_name")
            .and_then(Value::as_str)
            .map_or_else(|| "a template".to_owned(), |name| format!("`{name}`"));
        ctx.report(
            Diagnostic::new(&RULE, at, format!("{name} was REJECTED with {described}: the author cannot tell what to fix"))
                .with_help("Meta sends a reason such as INVALID_FORMAT, INCORRECT_CATEGORY or PROMOTIONAL; check WhatsApp Manager"),
        );
    }
}
