//! W010 pricing-model-outdated

use super::{child, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports conversation-based pricing (`CBP`) on a status from July 2025 or later.
    ///
    /// It reports `pricing.pricing_model: "CBP"` on a status dated 1 July 2025 or later, when
    /// Meta had moved to per-message pricing (`PMP`).
    ///
    /// ## Why is this bad
    /// Meta's status reference gives `CBP` for statuses before 1 July 2025 and `PMP` since.
    /// Billing code written for conversations (one charge per 24-hour conversation) miscounts
    /// under per-message pricing, where each delivered template is charged by its `category`
    /// and `pricing.type` says whether it was free. A recent fixture with `CBP` keeps testing
    /// the old model.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1760000000", "recipient_id": "16505551234",
    ///        "pricing": {"pricing_model": "CBP", "type": "regular", "category": "utility"}}]}}]}]}
    /// ```
    /// Use instead (status of 2025-10-09, so per-message pricing):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1760000000", "recipient_id": "16505551234",
    ///        "pricing": {"pricing_model": "PMP", "type": "regular", "category": "utility"}}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status (`pricing_model`: CBP before 1 July 2025, PMP)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing
    pub static RULE = {
        code: "W010",
        name: "pricing-model-outdated",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status",
        meta_error: None,
        since: "2025-07-01",
    }
}

/// 2025-07-01T00:00:00Z: per-message pricing replaced conversation-based pricing.
const PMP_SINCE: i64 = 1_751_328_000;

/// The UTC calendar date of a Unix time in seconds, as `2026-05-17` (the days-to-civil
/// conversion of the proleptic Gregorian calendar).
fn utc_date(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400) + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, status) in webhook.statuses() {
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
        let pricing = child(pointer, "pricing");
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&pricing, "pricing_model"),
                format!(
                    "pricing model CBP on a status of {} (UTC), after per-message pricing (PMP) began on 2025-07-01",
                    utc_date(seconds)
                ),
            )
            .with_help("since 1 July 2025 Meta sends \"pricing_model\": \"PMP\"; bill by pricing.category and pricing.type"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{utc_date, PMP_SINCE};

    #[test]
    fn dates_of_unix_times() {
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(PMP_SINCE), "2025-07-01");
        assert_eq!(utc_date(1_779_000_000), "2026-05-17");
        assert_eq!(utc_date(951_782_400), "2000-02-29");
        assert_eq!(utc_date(-86_400), "1969-12-31");
    }
}
