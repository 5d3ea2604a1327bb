//! P014 send-lto-expiration-time

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

/// 2001-09-09T01:46:40Z in milliseconds: a smaller value is seconds, or a duration.
const FIRST_13_DIGIT_MS: i64 = 1_000_000_000_000;

declare_rule! {
    /// ## What it does
    /// Warns when a limited-time offer's `expiration_time_ms` is below 10^12: seconds or a duration, not milliseconds since 1970.
    ///
    /// ## Why is this bad
    /// `expiration_time_ms` is "the UNIX timestamp in milliseconds" at which the offer
    /// expires (limited-time offer templates, since 2023). `1767225600` (a date in seconds)
    /// or `1209600000` (14 days as a duration) is read as a day of January 1970: the offer's
    /// countdown shows it expired, or Meta refuses the parameter. Holds for every Graph
    /// version to date.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "spring_sale", "language": {"code": "en_US"}, "components": [
    ///   {"type": "limited_time_offer", "parameters": [{"type": "limited_time_offer",
    ///    "limited_time_offer": {"expiration_time_ms": 1209600000}}]}]}}
    /// ```
    /// Use instead (the moment the offer ends, in milliseconds):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "spring_sale", "language": {"code": "en_US"}, "components": [
    ///   {"type": "limited_time_offer", "parameters": [{"type": "limited_time_offer",
    ///    "limited_time_offer": {"expiration_time_ms": 1767225600000}}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    pub static RULE = {
        code: "P014",
        name: "send-lto-expiration-time",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    let offers = view.components().iter().filter(|c| c.kind == "limited_time_offer");
    for (at, parameter) in offers.flat_map(|c| c.parameters()) {
        let Some(expiry) = parameter.get("limited_time_offer").and_then(|o| o.get("expiration_time_ms")) else {
            continue;
        };
        let Some(ms) = expiry.as_i64().filter(|ms| *ms < FIRST_13_DIGIT_MS) else {
            continue;
        };
        ctx.report(
            Diagnostic::new(
                &RULE,
                at.key("limited_time_offer").key("expiration_time_ms"),
                format!("`expiration_time_ms` is {ms}: seconds or a duration, where Meta reads milliseconds since 1970"),
            )
            .with_help("give the moment the offer ends in milliseconds (13 digits), e.g. `Date.now() + duration`"),
        );
    }
}
