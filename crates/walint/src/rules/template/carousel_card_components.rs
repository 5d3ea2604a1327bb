//! T050 template-carousel-card-components

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a carousel card without a HEADER, or with more than one HEADER, BODY or BUTTONS component.
    ///
    /// ## Why is this bad
    /// Each card of a media card carousel template has one image or video header (with its
    /// `header_handle` example), an optional card body and up to two buttons; Meta refuses
    /// other card layouts at creation.
    ///
    /// ## Example
    /// ```json
    /// {"name": "spring_plants", "language": "en_US", "category": "MARKETING", "components": [
    ///  {"type": "BODY", "text": "Our spring plants have arrived."},
    ///  {"type": "CAROUSEL", "cards": [
    ///   {"components": [
    ///    {"type": "BODY", "text": "Fresh tulips"},
    ///    {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More like this"}]}]},
    ///   {"components": [
    ///    {"type": "BODY", "text": "Potted ferns"},
    ///    {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More like this"}]}]}]}]}
    /// ```
    /// Use instead: give every card an IMAGE or VIDEO header:
    /// ```json
    /// {"name": "spring_plants", "language": "en_US", "category": "MARKETING", "components": [
    ///  {"type": "BODY", "text": "Our spring plants have arrived."},
    ///  {"type": "CAROUSEL", "cards": [
    ///   {"components": [
    ///    {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARZ"]}},
    ///    {"type": "BODY", "text": "Fresh tulips"},
    ///    {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More like this"}]}]},
    ///   {"components": [
    ///    {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARZ"]}},
    ///    {"type": "BODY", "text": "Potted ferns"},
    ///    {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More like this"}]}]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    pub static RULE = {
        code: "T050",
        name: "template-carousel-card-components",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for (index, card) in view.cards.iter().enumerate() {
        if !card.value.get("components").is_some_and(Value::is_array) {
            continue;
        }
        let all = &card.components;
        if !all.iter().any(|c| c.kind == "HEADER") {
            ctx.report(
                Diagnostic::new(&RULE, card.pointer, format!("card {index} has no HEADER"))
                    .with_help("give every card an IMAGE or VIDEO header with `example.header_handle`"),
            );
        }
        for kind in ["HEADER", "BODY", "BUTTONS"] {
            for extra in all.iter().filter(|c| c.kind == kind).skip(1) {
                ctx.report(Diagnostic::new(
                    &RULE,
                    extra.pointer,
                    format!("card {index} has more than one {kind}"),
                ));
            }
        }
    }
}
