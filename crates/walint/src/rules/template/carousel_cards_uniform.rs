//! T051 template-carousel-cards-uniform

use super::parts::{upper, Card, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a carousel card whose layout differs from the first card's: other components, another header format, or other button types in another order.
    ///
    /// ## Why is this bad
    /// "All cards defined on a template must have the same components": if one card has a card
    /// body, all must. Meta refuses the creation otherwise.
    ///
    /// ## Example
    /// ```json
    /// {"name": "spring_plants", "language": "en_US", "category": "MARKETING", "components": [
    ///  {"type": "BODY", "text": "Our spring plants have arrived."},
    ///  {"type": "CAROUSEL", "cards": [
    ///   {"components": [
    ///    {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARZ"]}},
    ///    {"type": "BODY", "text": "Fresh tulips"},
    ///    {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Shop", "url": "https://www.luckyshrub.com/tulips"}]}]},
    ///   {"components": [
    ///    {"type": "HEADER", "format": "VIDEO", "example": {"header_handle": ["4::dmlkZW8vbXA0:ARZ"]}},
    ///    {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "More like this"}]}]}]}]}
    /// ```
    /// Use instead: the same header format, components and buttons on every card:
    /// ```json
    /// {"name": "spring_plants", "language": "en_US", "category": "MARKETING", "components": [
    ///  {"type": "BODY", "text": "Our spring plants have arrived."},
    ///  {"type": "CAROUSEL", "cards": [
    ///   {"components": [
    ///    {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARZ"]}},
    ///    {"type": "BODY", "text": "Fresh tulips"},
    ///    {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Shop", "url": "https://www.luckyshrub.com/tulips"}]}]},
    ///   {"components": [
    ///    {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARZ"]}},
    ///    {"type": "BODY", "text": "Potted ferns"},
    ///    {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Shop", "url": "https://www.luckyshrub.com/ferns"}]}]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    pub static RULE = {
        code: "T051",
        name: "template-carousel-cards-uniform",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates",
        meta_error: None,
    }
}

/// A card's shape: its components (a header with its format) sorted, and its button types
/// in order. Cards of equal shapes have equal layouts.
type Shape<'c> = (Vec<(&'c str, Option<String>)>, Vec<&'c str>);

fn shape<'c>(card: &'c Card<'_>) -> Shape<'c> {
    let mut components: Vec<(&str, Option<String>)> = card
        .components
        .iter()
        .map(|c| match &*c.kind {
            "HEADER" => ("HEADER", Some(upper(c.value.get("format")).unwrap_or_default())),
            _ => (&*c.kind, None),
        })
        .collect();
    components.sort();
    (components, card.buttons.iter().map(|b| &*b.kind).collect())
}

/// A shape as the message shows it: component types (`HEADER IMAGE`) sorted, then the
/// buttons in order.
fn layout((components, buttons): &Shape<'_>) -> String {
    let mut parts: Vec<String> = components
        .iter()
        .map(|(kind, format)| match format {
            Some(format) => format!("{kind} {format}"),
            None => (*kind).to_owned(),
        })
        .collect();
    parts.sort();
    if !buttons.is_empty() {
        parts.push(format!("buttons [{}]", buttons.join(", ")));
    }
    parts.join(", ")
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let Some(first) = view.cards.first() else {
        return;
    };
    let first_shape = shape(first);
    let mut expected: Option<String> = None;
    for (index, card) in view.cards.iter().enumerate().skip(1) {
        // The layouts' texts only for a card that differs (most carousels are uniform).
        let actual_shape = shape(card);
        if actual_shape == first_shape {
            continue;
        }
        let expected = expected.get_or_insert_with(|| layout(&first_shape));
        let actual = layout(&actual_shape);
        if actual != *expected {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    card.pointer,
                    format!("card {index} differs from card 0: {actual} vs {expected}"),
                )
                .with_help("give every card the same components, header format and buttons"),
            );
        }
    }
}
