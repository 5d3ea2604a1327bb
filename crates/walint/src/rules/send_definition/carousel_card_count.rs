//! X009 send-carousel-card-count

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
use crate::rules::send::parts::{cards, components_of};
use crate::rules::template::parts;

declare_rule! {
    /// ## What it does
    /// Reports a carousel template send whose number of cards differs from the definition's.
    ///
    /// ## Why is this bad
    /// A carousel template is approved with a fixed number of cards (2 to 10), and "an approved
    /// template can only be used to send the same number of cards": Meta refuses the send. Meta
    /// does not document the error code. The rule needs the template definitions
    /// (`walint lint --templates`). That is the media-card carousel's rule: a product-card
    /// carousel (PRODUCT headers) approved with two cards "can be used to send up to 10 cards"
    /// (Meta's product-card carousel page, and its own example sends three), so it is not
    /// reported.
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "spring_plants", "language": "en_US", "status": "APPROVED", "category": "MARKETING",
    ///  "components": [{"type": "BODY", "text": "Our spring plants have arrived."},
    ///   {"type": "CAROUSEL", "cards": [
    ///    {"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Fern"},
    ///     {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Buy"}]}]},
    ///    {"components": [{"type": "HEADER", "format": "IMAGE"}, {"type": "BODY", "text": "Cactus"},
    ///     {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Buy"}]}]}]}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "spring_plants", "language": {"code": "en_US"}, "components": [
    ///   {"type": "carousel", "cards": [
    ///    {"card_index": 0, "components": [{"type": "header", "parameters": [
    ///     {"type": "image", "image": {"link": "https://example.com/fern.png"}}]}]}]}]}}
    /// ```
    /// Use instead: one card per card of the template, with `card_index` 0, 1, ….
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "spring_plants", "language": {"code": "en_US"}, "components": [
    ///   {"type": "carousel", "cards": [
    ///    {"card_index": 0, "components": [{"type": "header", "parameters": [
    ///     {"type": "image", "image": {"link": "https://example.com/fern.png"}}]}]},
    ///    {"card_index": 1, "components": [{"type": "header", "parameters": [
    ///     {"type": "image", "image": {"link": "https://example.com/cactus.png"}}]}]}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/product-card-carousel-template-messages
    pub static RULE = {
        code: "X009",
        name: "send-carousel-card-count",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let defined = parts::cards(pairing.definition);
    let expected = defined.len();
    // Product cards are filled from the catalog at send time: "an approved template with two
    // product cards can be used to send up to 10 cards" (the schema caps the send at 10).
    let product_cards = defined.iter().any(|(pointer, card)| {
        parts::components_of(card, *pointer).iter().any(|component| {
            component.kind == "HEADER"
                && parts::upper(component.value.get("format")).as_deref() == Some("PRODUCT")
        })
    });
    if expected == 0 || product_cards {
        return;
    }
    let send = components_of(pairing.template, pairing.prefix);
    let sent = cards(&send).len();
    if sent == expected {
        return;
    }
    let at = send.iter().find(|c| c.kind == "carousel").map_or_else(
        || pairing.scopes.first().map_or(Path::ROOT, |s| s.at),
        |c| c.pointer,
    );
    ctx.report(
        Diagnostic::new(
            &RULE,
            at,
            format!("the template has {expected} cards; the send has {sent}"),
        )
        .with_help("send exactly as many cards as the approved template has, with card_index 0, 1, …"),
    );
}
