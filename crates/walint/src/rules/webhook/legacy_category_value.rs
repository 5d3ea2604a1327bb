//! W013 legacy-category-value

use super::{child, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Notes a category value from before Meta's June 2023 conversation categories.
    ///
    /// The values are the conversation and pricing categories `user_initiated`,
    /// `business_initiated`, `free_entry_point` and `free_tier`, and template categories such
    /// as `TRANSACTIONAL`, `ACCOUNT_UPDATE` or `ISSUE_RESOLUTION` in `previous_category`.
    ///
    /// ## Why is this bad
    /// It is not wrong: Meta sent these values, and older notifications, stored fixtures and
    /// a template's `previous_category` still carry them. A handler that maps categories to
    /// prices or reports must know them, and notifications since 1 June 2023 use `utility`,
    /// `marketing`, `authentication` and `service` instead.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1690000000", "recipient_id": "16505551234",
    ///        "conversation": {"id": "b5fb3ac5a7e5a3f3b4e1", "expiration_timestamp": "1690086400",
    ///          "origin": {"type": "user_initiated"}},
    ///        "pricing": {"pricing_model": "CBP", "category": "user_initiated"}}]}}]}]}
    /// ```
    /// Use instead (a conversation the customer opened is `service` since June 2023):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1690000000", "recipient_id": "16505551234",
    ///        "conversation": {"id": "b5fb3ac5a7e5a3f3b4e1", "expiration_timestamp": "1690086400",
    ///          "origin": {"type": "service"}},
    ///        "pricing": {"pricing_model": "CBP", "category": "service"}}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing (conversation categories since 2023-06-01)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
    pub static RULE = {
        code: "W013",
        name: "legacy-category-value",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing",
        meta_error: None,
        until: "2023-06-01",
    }
}

const LEGACY_CONVERSATION: &[&str] = &[
    "user_initiated",
    "business_initiated",
    "free_entry_point",
    "free_tier",
];
const CURRENT_TEMPLATE: &[&str] = &["AUTHENTICATION", "MARKETING", "UTILITY"];

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, status) in webhook.statuses() {
        let conversation = child(pointer, "conversation");
        let places = [
            (
                child(&child(&conversation, "origin"), "type"),
                status
                    .get("conversation")
                    .and_then(|c| c.get("origin"))
                    .and_then(|o| o.get("type")),
            ),
            (
                child(&child(pointer, "pricing"), "category"),
                status.get("pricing").and_then(|p| p.get("category")),
            ),
        ];
        // A status dated after the change is no history: a hand-made fixture.
        let seconds = status.get("timestamp").and_then(Value::as_str).and_then(|t| t.parse::<i64>().ok());
        let dated_after = seconds.is_some_and(|seconds| seconds >= LEGACY_UNTIL);
        for (at, value) in places {
            if let Some(category) = value
                .and_then(Value::as_str)
                .filter(|c| LEGACY_CONVERSATION.contains(c))
            {
                report(ctx, at, category, "conversation category", dated_after);
            }
        }
    }
    for change in webhook.changes_of("template_category_update") {
        let Some(category) = change.value.get("previous_category").and_then(Value::as_str) else {
            continue;
        };
        if !CURRENT_TEMPLATE.contains(&category.to_ascii_uppercase().as_str()) {
            let at = child(&child(&change.pointer, "value"), "previous_category");
            report(ctx, at, category, "template category", false);
        }
    }
}

/// 2023-06-01 00:00 UTC, when Meta stopped sending these values.
const LEGACY_UNTIL: i64 = 1_685_577_600;

fn report(ctx: &mut Ctx<'_>, at: Path<'_>, category: &str, what: &str, dated_after: bool) {
    let help = if dated_after {
        "this status is dated after June 2023, when Meta stopped sending it: a fixture should use utility, marketing, authentication or service"
    } else {
        "read it as history; current notifications use utility, marketing, authentication or service"
    };
    ctx.report(Diagnostic::new(&RULE, at, format!("`{category}` is a {what} from before June 2023")).with_help(help));
}
