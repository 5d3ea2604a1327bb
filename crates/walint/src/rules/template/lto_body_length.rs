//! T061 template-lto-body-length

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a limited-time-offer template whose body is longer than 600 characters.
    ///
    /// Characters are counted as Unicode code points. Other templates allow a 1024-character body,
    /// which the template schema checks.
    ///
    /// ## Why is this bad
    /// Meta's limited-time-offer page documents a body of at most 600 characters for these templates
    /// (against 1024 for other templates) and refuses the creation of a longer one; Meta documents no
    /// specific error code for it.
    ///
    /// ## Example
    /// ```json
    /// {"name": "caribbean_summer_offer", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb0"]}},
    ///   {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Expiring offer!", "has_expiration": true}},
    ///   {"type": "BODY", "text": "Good news, {{1}}! Our summer sale is here and for the next few days every Caribbean destination package in our catalogue is 25% off. Pick from over forty resorts in Jamaica, Barbados, Aruba, Saint Lucia and the Bahamas, with flights, transfers and breakfast included in every package. Families travel cheaper too: children under twelve stay free in most rooms, and every booking comes with free cancellation up to 14 days before departure. Use the code below at checkout to apply your discount, or tap the button to browse all packages and choose your dates. The offer ends when the timer runs out, so book soon to lock in the best rooms and prices for your holiday.",
    ///    "example": {"body_text": [["Pablo"]]}},
    ///   {"type": "BUTTONS", "buttons": [
    ///     {"type": "COPY_CODE", "example": "CARIBE25"},
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
    ///     {"type": "COPY_CODE", "example": "CARIBE25"},
    ///     {"type": "URL", "text": "Book now", "url": "https://example.com/offers?code={{1}}",
    ///      "example": ["https://example.com/offers?code=CARIBE25"]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    pub static RULE = {
        code: "T061",
        name: "template-lto-body-length",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

/// Body limit of limited-time-offer templates.
pub const LTO_BODY_MAX: usize = 600;

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if view.find("LIMITED_TIME_OFFER").is_none() {
        return;
    }
    let Some(body) = view.find("BODY") else {
        return;
    };
    let Some(text) = body.value.get("text").and_then(Value::as_str) else {
        return;
    };
    let length = text.chars().count();
    if length > LTO_BODY_MAX {
        let cut = text
            .char_indices()
            .nth(LTO_BODY_MAX)
            .map_or(text.len(), |(at, _)| at);
        ctx.report(
            Diagnostic::new(
                &RULE,
                body.pointer.key("text"),
                format!("the body has {length} characters; limited-time offers allow {LTO_BODY_MAX}"),
            )
            .with_text_range(text, cut, text.len())
            .with_help("shorten the body"),
        );
    }
}
