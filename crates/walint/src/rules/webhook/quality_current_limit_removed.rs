//! W014 quality-current-limit-removed


use super::{Notification, child};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Notes `current_limit` in a `phone_number_quality_update` notification: Meta announced its removal.
    ///
    /// ## Why is this bad
    /// Messaging limits moved from each phone number to the business portfolio, and Meta's
    /// reference says of `current_limit` (`TIER_1K`, `TIER_10K`, …): "This field will be
    /// removed in February, 2026. Use `max_daily_conversations_per_business` instead". Meta's
    /// reference example of December 2025 still shows it, and so does the test notification
    /// the App Dashboard sent in 2026 (recorded by several projects), so the removal is not
    /// seen yet: code that reads only `current_limit` works today and finds nothing once it
    /// goes. Meta sends the field, so this is advice for the code that reads it (`info`), never
    /// an error.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "phone_number_quality_update",
    ///   "value": {
    ///     "display_phone_number": "15550783881", "event": "UPGRADE",
    ///     "old_limit": "TIER_1K", "current_limit": "TIER_10K",
    ///     "max_daily_conversations_per_business": "TIER_10K"}}]}]}
    /// ```
    /// Use instead (what the handler should read):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "phone_number_quality_update",
    ///   "value": {
    ///     "display_phone_number": "15550783881", "event": "UPGRADE",
    ///     "old_limit": "TIER_1K",
    ///     "max_daily_conversations_per_business": "TIER_10K"}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/phone_number_quality_update
    pub static RULE = {
        code: "W014",
        name: "quality-current-limit-removed",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/phone_number_quality_update",
        meta_error: None,
        until: "2026-02",
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for change in webhook.changes_of("phone_number_quality_update") {
        if !change.value.contains_key("current_limit") {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&child(&change.pointer, "value"), "current_limit"),
                "`current_limit` is deprecated: Meta announced its removal for February 2026 (limits are per business portfolio)",
            )
            .with_help("read `max_daily_conversations_per_business`, which replaces it")
            .at_key(),
        );
    }
}
