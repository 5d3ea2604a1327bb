//! T078 template-lto-buttons

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a limited-time-offer template without a URL button, or with `has_expiration: true` and no COPY_CODE button, and warns about a COPY_CODE button that is not the first button.
    ///
    /// ## Why is this bad
    /// Meta's limited-time-offer page gives the buttons in its request syntax: "Copy code button
    /// component required if `has_expiration` is set to true. If set to false but want to use a
    /// copy code button, it must appear first in the `buttons` array. URL button component is
    /// always required." A template without them is refused at creation (Meta documents no
    /// specific error code). The order of the buttons is a warning: the page states it, but no
    /// refusal for it is recorded. It holds as the page stands (updated June 2026; its request
    /// syntax is on Graph API v23.0). A template Meta returned is not reported.
    ///
    /// ## Example
    /// ```json
    /// {"name": "limited_offer", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Ends soon!", "has_expiration": true}},
    ///   {"type": "BODY", "text": "Hi {{1}}, use code {{2}} to get 25% off all packages this week!",
    ///    "example": {"body_text": [["Pablo", "CARIBE25"]]}}]}
    /// ```
    /// Use instead (a COPY_CODE button first, then a URL button):
    /// ```json
    /// {"name": "limited_offer", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "LIMITED_TIME_OFFER", "limited_time_offer": {"text": "Ends soon!", "has_expiration": true}},
    ///   {"type": "BODY", "text": "Hi {{1}}, use code {{2}} to get 25% off all packages this week!",
    ///    "example": {"body_text": [["Pablo", "CARIBE25"]]}},
    ///   {"type": "BUTTONS", "buttons": [
    ///     {"type": "COPY_CODE", "example": "CARIBE25"},
    ///     {"type": "URL", "text": "Book now", "url": "https://example.com/offers"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    pub static RULE = {
        code: "T078",
        name: "template-lto-buttons",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let Some(offer) = view.find("LIMITED_TIME_OFFER") else {
        return;
    };
    if crate::produced::is_returned_template(view.template, false) {
        return;
    }
    // Where a missing button is reported: the BUTTONS component, or the offer without one.
    let at = view.find("BUTTONS").map_or(offer.pointer, |buttons| buttons.pointer);
    if !view.buttons.iter().any(|button| button.kind == "URL") {
        ctx.report(
            Diagnostic::new(&RULE, at, "a limited-time-offer template needs a URL button")
                .with_help("add a URL button (after the COPY_CODE button, if there is one)"),
        );
    }
    let expires = offer
        .value
        .get("limited_time_offer")
        .and_then(|offer| offer.get("has_expiration"))
        .is_some_and(|value| matches!(value, Value::Bool(true)));
    match view.buttons.iter().position(|button| button.kind == "COPY_CODE") {
        None if expires => ctx.report(
            Diagnostic::new(
                &RULE,
                at,
                "a limited-time offer with `has_expiration: true` needs a COPY_CODE button",
            )
            .with_help("add a COPY_CODE button with the offer code as its `example`, first in `buttons`"),
        ),
        Some(position) if position > 0 => {
            if let Some(button) = view.buttons.get(position) {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        button.pointer,
                        "in a limited-time-offer template the COPY_CODE button comes first",
                    )
                    .with_severity(Severity::Warning)
                    .with_help("move the COPY_CODE button to the start of `buttons`"),
                );
            }
        }
        _ => {}
    }
}
