//! M152 carousel-card-header-missing

use super::{items, supersede, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a media carousel card without a `header` (every media card needs an image or video header).
    ///
    /// Product cards (`"type": "product"`, interactive product carousels) show the product
    /// from the catalog and have no header: they are never reported.
    ///
    /// ## Why is this bad
    /// Meta's media carousel page: "Cards must include either an image or a video header. Other
    /// header types are not supported." A card without one is rejected (the generic code for a
    /// missing parameter is 131008 "Required parameter is missing"). The schema reports the same
    /// gap as S001 "`header` is required"; this rule says what the header must be and whether the
    /// card looks like a product card that lacks `"type": "product"`, and the S001 finding at the
    /// same pointer is withdrawn (it stays when this rule is disabled).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our latest arrivals, each under $25:"},
    ///   "action": {"cards": [
    ///    {"card_index": 0, "header": {"type": "image", "image": {"link": "https://example.com/p0.png"}},
    ///     "body": {"text": "Blue sneakers"},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/p/0"}}},
    ///    {"card_index": 1, "body": {"text": "Red sneakers"},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/p/1"}}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our latest arrivals, each under $25:"},
    ///   "action": {"cards": [
    ///    {"card_index": 0, "header": {"type": "image", "image": {"link": "https://example.com/p0.png"}},
    ///     "body": {"text": "Blue sneakers"},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/p/0"}}},
    ///    {"card_index": 1, "header": {"type": "image", "image": {"link": "https://example.com/p1.png"}},
    ///     "body": {"text": "Red sneakers"},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/p/1"}}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages
    ///   (card header: image or video, required)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/interactive-product-carousel-messages
    ///   (product cards: no header)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M152",
        name: "carousel-card-header-missing",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("carousel").and_then(|i| i.get("action")) else {
        return;
    };
    for (index, card) in items(action, "cards").iter().enumerate() {
        if !card.is_object() || card.get("header").is_some() {
            continue;
        }
        if card.get("type").and_then(Value::as_str) == Some("product") {
            continue;
        }
        let looks_like_product = card
            .get("action")
            .is_some_and(|a| a.get("catalog_id").is_some() || a.get("product_retailer_id").is_some());
        let help = if looks_like_product {
            "this card names a catalog product: add `\"type\": \"product\"` to make it a product card, \
             or give it an image or video header"
        } else {
            "add `\"header\": {\"type\": \"image\", \"image\": {\"link\": \"https://…\"}}` (or a video)"
        };
        let pointer = ptr!("interactive", "action", "cards", index, "header");
        // A template send's card pasted in: its header is inside `components`.
        let (message, help) = if card.get("components").is_some_and(Value::is_array) {
            (
                format!("carousel card {index} is written as a template send's card (`components`): an interactive card has its `header`, `body` and `action` itself"),
                "move the header out of `components` to `header`, and the buttons to `action`",
            )
        } else {
            (format!("carousel card {index} has no header: media cards need an image or video header"), help)
        };
        ctx.report(Diagnostic::new(&RULE, pointer.clone(), message).with_help(help));
        supersede(ctx, &RULE, "S001", &pointer);
    }
}
