//! T060 template-lto-footer

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a FOOTER component in a limited-time-offer template.
    ///
    /// ## Why is this bad
    /// Limited-time-offer templates "cannot have a footer" (Meta's limited-time-offer page,
    /// "Limitations"); Meta refuses the creation. Meta documents no specific error code for it.
    ///
    /// ## Example
    /// ```json
    /// {"name": "caribbean_summer_offer", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARb0"]}},
    ///   {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Expiring offer!", "has_expiration": true}},
    ///   {"type": "BODY", "text": "Good news, {{1}}! All Caribbean packages are 25% off until the timer runs out. Use the code below at checkout.",
    ///    "example": {"body_text": [["Pablo"]]}},
    ///   {"type": "FOOTER", "text": "Terms and conditions apply"},
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
    pub static RULE = {
        code: "T060",
        name: "template-lto-footer",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if view.find("LIMITED_TIME_OFFER").is_none() {
        return;
    }
    for footer in view.components.iter().filter(|c| c.kind == "FOOTER") {
        ctx.report(
            Diagnostic::new(
                &RULE,
                footer.pointer,
                "limited-time-offer templates cannot have a footer",
            )
            .with_help("remove the FOOTER component"),
        );
    }
}
