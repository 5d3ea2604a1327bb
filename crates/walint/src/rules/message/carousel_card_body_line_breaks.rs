//! M141 carousel-card-body-line-breaks

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::value_at;
use crate::value::Value;

/// Line breaks allowed in a card body.
const MAX_LINE_BREAKS: usize = 2;

declare_rule! {
    /// ## What it does
    /// Reports a carousel card body with more than 2 line breaks.
    ///
    /// ## Why is this bad
    /// Meta's media carousel page limits a card's `body.text` to 160 characters **and** 2 line
    /// breaks; the schema checks the length, this rule the line breaks. The diagnostic points at
    /// the first line break over the limit. Meta documents no error code for it; the generic one
    /// is 131009 "Parameter value is not valid".
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our offers this week"},
    ///   "action": {"cards": [
    ///    {"card_index": 0, "header": {"type": "image", "image": {"link": "https://example.com/p0.png"}},
    ///     "body": {"text": "Line 1\nLine 2\nLine 3\nLine 4"},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}},
    ///    {"card_index": 1, "header": {"type": "image", "image": {"link": "https://example.com/p1.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our offers this week"},
    ///   "action": {"cards": [
    ///    {"card_index": 0, "header": {"type": "image", "image": {"link": "https://example.com/p0.png"}},
    ///     "body": {"text": "Line 1\nLine 2\nLine 3 and 4"},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}},
    ///    {"card_index": 1, "header": {"type": "image", "image": {"link": "https://example.com/p1.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M141",
        name: "carousel-card-body-line-breaks",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("carousel").and_then(|i| i.get("action")) else {
        return;
    };
    for (index, card) in items(action, "cards").iter().enumerate() {
        let Some(text) = value_at(card, &["body", "text"]).and_then(Value::as_str) else {
            continue;
        };
        let breaks: Vec<usize> = text.match_indices('\n').map(|(at, _)| at).collect();
        if let Some(&over) = breaks.get(MAX_LINE_BREAKS) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!("interactive", "action", "cards", index, "body", "text"),
                    format!(
                        "card {index} body has {} line breaks; the limit is {MAX_LINE_BREAKS}",
                        breaks.len()
                    ),
                )
                .with_text_range(text, over, over + 1)
                .with_help("join lines, or move details to another message"),
            );
        }
    }
}
