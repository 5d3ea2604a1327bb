//! M114 product-list-items-total


use super::{Message, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// Products allowed across all sections of a multi-product message.
const MAX_PRODUCTS: usize = 30;

declare_rule! {
    /// ## What it does
    /// Counts the products of a `product_list` message across its sections: at most 30.
    ///
    /// ## Why is this bad
    /// A multi-product message holds at most 30 products in total (in at most 10 sections):
    /// the limit is per message, not per section. Meta's OpenAPI spec caps each section's
    /// `product_items` at 30, and Meta's product-message docs cap the message at 30; Meta does
    /// not document the error code for going over. A schema cannot count across arrays, so
    /// this is a rule.
    ///
    /// ## Example
    /// 31 products in two sections:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "product_list", "header": {"type": "text", "text": "Our menu"},
    ///   "body": {"text": "Pick your favourites"}, "action": {"catalog_id": "194836987003835", "sections": [
    ///   {"title": "Pizzas", "product_items": [
    ///    {"product_retailer_id": "p1"}, {"product_retailer_id": "p2"}, {"product_retailer_id": "p3"}, {"product_retailer_id": "p4"},
    ///    {"product_retailer_id": "p5"}, {"product_retailer_id": "p6"}, {"product_retailer_id": "p7"}, {"product_retailer_id": "p8"},
    ///    {"product_retailer_id": "p9"}, {"product_retailer_id": "p10"}, {"product_retailer_id": "p11"}, {"product_retailer_id": "p12"},
    ///    {"product_retailer_id": "p13"}, {"product_retailer_id": "p14"}, {"product_retailer_id": "p15"}, {"product_retailer_id": "p16"}]},
    ///   {"title": "Desserts", "product_items": [
    ///    {"product_retailer_id": "p17"}, {"product_retailer_id": "p18"}, {"product_retailer_id": "p19"}, {"product_retailer_id": "p20"},
    ///    {"product_retailer_id": "p21"}, {"product_retailer_id": "p22"}, {"product_retailer_id": "p23"}, {"product_retailer_id": "p24"},
    ///    {"product_retailer_id": "p25"}, {"product_retailer_id": "p26"}, {"product_retailer_id": "p27"}, {"product_retailer_id": "p28"},
    ///    {"product_retailer_id": "p29"}, {"product_retailer_id": "p30"}, {"product_retailer_id": "p31"}]}]}}}
    /// ```
    /// Use instead (at most 30 products in all; send the rest in a second message):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "product_list", "header": {"type": "text", "text": "Our menu"},
    ///   "body": {"text": "Pick your favourites"}, "action": {"catalog_id": "194836987003835", "sections": [
    ///   {"title": "Pizzas", "product_items": [
    ///    {"product_retailer_id": "p1"}, {"product_retailer_id": "p2"}, {"product_retailer_id": "p3"}, {"product_retailer_id": "p4"},
    ///    {"product_retailer_id": "p5"}, {"product_retailer_id": "p6"}, {"product_retailer_id": "p7"}, {"product_retailer_id": "p8"},
    ///    {"product_retailer_id": "p9"}, {"product_retailer_id": "p10"}, {"product_retailer_id": "p11"}, {"product_retailer_id": "p12"},
    ///    {"product_retailer_id": "p13"}, {"product_retailer_id": "p14"}, {"product_retailer_id": "p15"}]},
    ///   {"title": "Desserts", "product_items": [
    ///    {"product_retailer_id": "p16"}, {"product_retailer_id": "p17"}, {"product_retailer_id": "p18"}, {"product_retailer_id": "p19"},
    ///    {"product_retailer_id": "p20"}, {"product_retailer_id": "p21"}, {"product_retailer_id": "p22"}, {"product_retailer_id": "p23"},
    ///    {"product_retailer_id": "p24"}, {"product_retailer_id": "p25"}, {"product_retailer_id": "p26"}, {"product_retailer_id": "p27"},
    ///    {"product_retailer_id": "p28"}, {"product_retailer_id": "p29"}, {"product_retailer_id": "p30"}]}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/sell-products-and-services/share-products
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (the interactive `product_list` object)
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: `SectionObject`, `product_items` maxItems 30)
    pub static RULE = {
        code: "M114",
        name: "product-list-items-total",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/sell-products-and-services/share-products",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("product_list").and_then(|i| i.get("action")) else {
        return;
    };
    let total: usize = items(action, "sections")
        .iter()
        .map(|section| items(section, "product_items").len())
        .sum();
    if total > MAX_PRODUCTS {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "sections"),
                format!("the message has {total} products across its sections; the limit is {MAX_PRODUCTS} in total"),
            )
            .with_help("remove products, or send them in two messages"),
        );
    }
}
