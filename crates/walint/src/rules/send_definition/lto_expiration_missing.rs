//! X010 send-lto-expiration-missing

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::rules::template::parts::find;
use crate::rules::value_at;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a send of a limited-time-offer template with `has_expiration: true` that has no `limited_time_offer` component with `expiration_time_ms`.
    ///
    /// ## Why is this bad
    /// The offer's countdown needs its expiry at send time: Meta documents the
    /// `limited_time_offer` component (with `expiration_time_ms`, a UNIX timestamp in
    /// milliseconds) as required when the template has an expiration, and refuses the send
    /// without it (walint expects 131008 "Required parameter is missing"; the code is not
    /// documented). The rule needs the template definitions (`walint lint --templates`).
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "spring_sale", "language": "en_US", "status": "APPROVED", "category": "MARKETING",
    ///  "components": [
    ///   {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Spring sale!", "has_expiration": true}},
    ///   {"type": "BODY", "text": "Use the code below for 20% off all ferns."},
    ///   {"type": "BUTTONS", "buttons": [{"type": "COPY_CODE", "example": "FERN20"},
    ///    {"type": "URL", "text": "Shop now", "url": "https://example.com/ferns"}]}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "spring_sale", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "copy_code", "index": 0,
    ///    "parameters": [{"type": "coupon_code", "coupon_code": "FERN20"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "spring_sale", "language": {"code": "en_US"}, "components": [
    ///   {"type": "limited_time_offer", "parameters": [{"type": "limited_time_offer",
    ///    "limited_time_offer": {"expiration_time_ms": 1750000000000}}]},
    ///   {"type": "button", "sub_type": "copy_code", "index": 0,
    ///    "parameters": [{"type": "coupon_code", "coupon_code": "FERN20"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    pub static RULE = {
        code: "X010",
        name: "send-lto-expiration-missing",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let Some(offer) = find(pairing.definition, "LIMITED_TIME_OFFER") else {
        return;
    };
    if value_at(offer.value, &["limited_time_offer", "has_expiration"]) != Some(&Value::Bool(true)) {
        return;
    }
    let Some(scope) = pairing.scopes.first() else {
        return;
    };
    let given = scope.send_component("limited_time_offer").is_some_and(|c| {
        c.parameters()
            .iter()
            .any(|(_, p)| value_at(p, &["limited_time_offer", "expiration_time_ms"]).is_some())
    });
    if !given {
        ctx.report(
            Diagnostic::new(&RULE, scope.at, "the offer has an expiration but the send gives no expiration_time_ms")
                .with_help("add `{\"type\": \"limited_time_offer\", \"parameters\": [{\"type\": \"limited_time_offer\", \"limited_time_offer\": {\"expiration_time_ms\": …}}]}`"),
        );
    }
}
