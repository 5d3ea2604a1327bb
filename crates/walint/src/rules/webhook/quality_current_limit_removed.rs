//! W014 quality-current-limit-removed


use super::{Notification, child};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Warns about `current_limit` in a `phone_number_quality_update` notification.
    ///
    /// ## Why is this bad
    /// Messaging limits moved from each phone number to the business portfolio, and Meta
    /// removed `current_limit` (`TIER_1K`, `TIER_10K`, …) from this notification in February
    /// 2026 ("This field will be removed in February, 2026. Use
    /// `max_daily_conversations_per_business` instead"). Older notifications still carry it;
    /// code that reads only `current_limit` finds nothing in new ones: read
    /// `max_daily_conversations_per_business`. Meta sent the field, so this is a warning about
    /// the code that reads it, never an error.
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
    /// Use instead (the shape since February 2026):
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
        severity: Warning,
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
                "`current_limit` was removed in February 2026: limits are per business portfolio",
            )
            .with_help("read `max_daily_conversations_per_business`")
            .at_key(),
        );
    }
}
