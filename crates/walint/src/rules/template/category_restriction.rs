//! T070 template-category-restriction

use super::parts::{is_placeholder, upper, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;

declare_rule! {
    /// ## What it does
    /// Reports a component or button that the template's category does not allow.
    ///
    /// Limited-time offers and carousels are MARKETING only; location headers and call
    /// permission requests are UTILITY or MARKETING only; OTP buttons are AUTHENTICATION only.
    ///
    /// ## Why is this bad
    /// Meta refuses the creation, or the review rejects the template (INCORRECT_CATEGORY).
    ///
    /// ## Example
    /// ```json
    /// {"name": "spring_offer", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Spring offer", "has_expiration": true}},
    ///  {"type": "BODY", "text": "Hi {{1}}, your spring offer is waiting.", "example": {"body_text": [["Pablo"]]}},
    ///  {"type": "BUTTONS", "buttons": [
    ///   {"type": "COPY_CODE", "example": "SPRING25"},
    ///   {"type": "URL", "text": "Book now", "url": "https://www.luckyshrub.com/offers?code={{1}}",
    ///    "example": ["https://www.luckyshrub.com/offers?code=SPRING25"]}]}]}
    /// ```
    /// Use instead: a MARKETING template for the limited-time offer:
    /// ```json
    /// {"name": "spring_offer", "language": "en_US", "category": "MARKETING", "components": [
    ///  {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Spring offer", "has_expiration": true}},
    ///  {"type": "BODY", "text": "Hi {{1}}, your spring offer is waiting.", "example": {"body_text": [["Pablo"]]}},
    ///  {"type": "BUTTONS", "buttons": [
    ///   {"type": "COPY_CODE", "example": "SPRING25"},
    ///   {"type": "URL", "text": "Book now", "url": "https://www.luckyshrub.com/offers?code={{1}}",
    ///    "example": ["https://www.luckyshrub.com/offers?code=SPRING25"]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/utility-templates/location-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/utility-templates/utility-call-permission-request-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates
    pub static RULE = {
        code: "T070",
        name: "template-category-restriction",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

fn allowed(what: &str) -> &'static [&'static str] {
    match what {
        "LIMITED_TIME_OFFER" | "CAROUSEL" => &["MARKETING"],
        "LOCATION" | "CALL_PERMISSION_REQUEST" => &["UTILITY", "MARKETING"],
        "OTP" => &["AUTHENTICATION"],
        _ => &[],
    }
}

fn report(ctx: &mut Ctx<'_>, at: Path<'_>, what: &str, label: &str, category: &str) {
    let permitted = allowed(what);
    if permitted.is_empty() || permitted.contains(&category) {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            at,
            format!(
                "{label} is only allowed in {} templates, not {category}",
                permitted.join(" or ")
            ),
        )
        .with_help("change the category or remove this component"),
    );
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let Some(category) = &view.category else {
        return;
    };
    if is_placeholder(view.template.get("category")) {
        return;
    }
    for component in &view.components {
        match &*component.kind {
            "HEADER" if upper(component.value.get("format")).as_deref() == Some("LOCATION") => {
                report(ctx, component.pointer, "LOCATION", "a location header", category)
            }
            "LIMITED_TIME_OFFER" => report(
                ctx,
                component.pointer,
                "LIMITED_TIME_OFFER",
                "a limited-time offer",
                category,
            ),
            "CAROUSEL" => report(ctx, component.pointer, "CAROUSEL", "a carousel", category),
            "CALL_PERMISSION_REQUEST" => report(
                ctx,
                component.pointer,
                "CALL_PERMISSION_REQUEST",
                "a call permission request",
                category,
            ),
            _ => {}
        }
    }
    for button in view.buttons.iter().filter(|b| b.kind == "OTP") {
        report(ctx, button.pointer, "OTP", "an OTP button", category);
    }
}
