//! M153 product-carousel-same-catalog

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Checks that every product card of an interactive product carousel uses the same `catalog_id` as the first one.
    ///
    /// Product cards are carousel cards with `"type": "product"` and
    /// `"action": {"product_retailer_id", "catalog_id"}`. Each card whose `catalog_id`
    /// differs from the first product card's is reported.
    ///
    /// ## Why is this bad
    /// Meta's product carousel page: "each card must reference the same `catalog_id`". A
    /// carousel shows the products of one catalog; a card naming another catalog breaks
    /// that requirement and the message is refused.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our picks for you"}, "action": {"cards": [
    ///   {"card_index": 0, "type": "product", "action": {"product_retailer_id": "sku-1", "catalog_id": "194836987003835"}},
    ///   {"card_index": 1, "type": "product", "action": {"product_retailer_id": "sku-2", "catalog_id": "512345678901234"}}]}}}
    /// ```
    /// Use instead (one catalog on every card, or one carousel per catalog):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our picks for you"}, "action": {"cards": [
    ///   {"card_index": 0, "type": "product", "action": {"product_retailer_id": "sku-1", "catalog_id": "194836987003835"}},
    ///   {"card_index": 1, "type": "product", "action": {"product_retailer_id": "sku-2", "catalog_id": "194836987003835"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/interactive-product-carousel-messages
    pub static RULE = {
        code: "M153",
        name: "product-carousel-same-catalog",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/interactive-product-carousel-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

/// The `catalog_id` of a product card, if it is one and has a string id.
fn catalog_id<'v>(card: &'v Value<'v>) -> Option<&'v str> {
    if card.get("type").and_then(Value::as_str) != Some("product") {
        return None;
    }
    card.get("action")?.get("catalog_id")?.as_str()
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("carousel").and_then(|i| i.get("action")) else {
        return;
    };
    let cards = items(action, "cards");
    let mut first: Option<(usize, &str)> = None;
    for (index, card) in cards.iter().enumerate() {
        let Some(id) = catalog_id(card) else {
            continue;
        };
        match first {
            None => first = Some((index, id)),
            Some((first_index, first_id)) if id != first_id => ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!("interactive", "action", "cards", index, "action", "catalog_id"),
                    format!(
                        "card {index} uses catalog {id}, card {first_index} catalog {first_id}: \
                         a product carousel shows one catalog"
                    ),
                )
                .with_help(format!(
                    "use `\"catalog_id\": \"{first_id}\"` on every card, or send one carousel per catalog"
                )),
            ),
            Some(_) => {}
        }
    }
}
