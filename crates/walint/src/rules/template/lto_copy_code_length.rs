//! T062 template-lto-copy-code-length

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a COPY_CODE button example longer than 15 characters in a limited-time-offer template.
    ///
    /// Other templates allow a 20-character COPY_CODE example, which the template schema checks.
    ///
    /// ## Why is this bad
    /// Meta's limited-time-offer page documents an offer code of at most 15 characters (the components
    /// page allows 20 in other templates), and the send-time `coupon_code` parameter is limited to 15
    /// as well, so a longer sample could never be sent. Meta refuses the creation; it documents no
    /// specific error code for it.
    ///
    /// ## Example
    /// ```json
    /// {"name": "caribbean_summer_offer", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb0"]}},
    ///   {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Expiring offer!", "has_expiration": true}},
    ///   {"type": "BODY", "text": "Good news, {{1}}! All Caribbean packages are 25% off until the timer runs out. Use the code below at checkout.",
    ///    "example": {"body_text": [["Pablo"]]}},
    ///   {"type": "BUTTONS", "buttons": [
    ///     {"type": "COPY_CODE", "example": "SUMMERSALE2026XL"},
    ///     {"type": "URL", "text": "Book now", "url": "https://example.com/offers?code={{1}}",
    ///      "example": ["https://example.com/offers?code=CARIBE25"]}]}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "caribbean_summer_offer", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb0"]}},
    ///   {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Expiring offer!", "has_expiration": true}},
    ///   {"type": "BODY", "text": "Good news, {{1}}! All Caribbean packages are 25% off until the timer runs out. Use the code below at checkout.",
    ///    "example": {"body_text": [["Pablo"]]}},
    ///   {"type": "BUTTONS", "buttons": [
    ///     {"type": "COPY_CODE", "example": "SUMMER2026"},
    ///     {"type": "URL", "text": "Book now", "url": "https://example.com/offers?code={{1}}",
    ///      "example": ["https://example.com/offers?code=CARIBE25"]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    pub static RULE = {
        code: "T062",
        name: "template-lto-copy-code-length",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

pub const LTO_CODE_MAX: usize = 15;

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if view.find("LIMITED_TIME_OFFER").is_none() {
        return;
    }
    for button in view.buttons.iter().filter(|b| b.kind == "COPY_CODE") {
        // A string, or a one-item list (T021 warns about the list).
        let example = button.value.get("example");
        let listed = example.and_then(Value::as_array).and_then(|items| items.first());
        let Some(code) = example.and_then(Value::as_str).or_else(|| listed.and_then(Value::as_str)) else {
            continue;
        };
        let length = code.chars().count();
        if length > LTO_CODE_MAX {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer.key("example"),
                    format!(
                        "the offer code has {length} characters; limited-time offers allow {LTO_CODE_MAX}"
                    ),
                )
                .with_help("use a code of at most 15 characters"),
            );
        }
    }
}
