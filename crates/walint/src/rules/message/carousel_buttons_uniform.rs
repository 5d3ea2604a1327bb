//! M140 carousel-buttons-uniform

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Checks that every carousel card has the same kind and number of buttons as the first.
    ///
    /// The kinds are one URL button (`cta_url`) or quick-reply buttons.
    ///
    /// ## Why is this bad
    /// Meta's media carousel page: "Button types and numbers must match across all cards". Each
    /// card's `action` is either one `cta_url` button or one or more `quick_reply` buttons, and a
    /// carousel where one card has a URL button and another quick replies, or where one card has
    /// two quick replies and another one, is rejected. Meta documents no error code for it; the
    /// generic one is 131009 "Parameter value is not valid".
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our offers this week"},
    ///   "action": {"cards": [
    ///    {"card_index": 0, "header": {"type": "image", "image": {"link": "https://example.com/p0.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}},
    ///    {"card_index": 1, "header": {"type": "image", "image": {"link": "https://example.com/p1.png"}},
    ///     "action": {"buttons": [{"type": "quick_reply", "quick_reply": {"id": "yes", "title": "Yes"}}]}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our offers this week"},
    ///   "action": {"cards": [
    ///    {"card_index": 0, "header": {"type": "image", "image": {"link": "https://example.com/p0.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}},
    ///    {"card_index": 1, "header": {"type": "image", "image": {"link": "https://example.com/p1.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M140",
        name: "carousel-buttons-uniform",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

/// The buttons of a card: (kind, count), described for messages.
fn buttons(card: &Value) -> Option<(&'static str, usize)> {
    let action = card.get("action")?;
    if let Some(buttons) = action.get("buttons").and_then(Value::as_array) {
        Some(("quick-reply", buttons.len()))
    } else if action.get("name").is_some() || action.get("parameters").is_some() {
        Some(("URL", 1))
    } else {
        None
    }
}

fn describe((kind, count): (&str, usize)) -> String {
    format!("{count} {kind} button{}", if count == 1 { "" } else { "s" })
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("carousel").and_then(|i| i.get("action")) else {
        return;
    };
    let cards = items(action, "cards");
    let Some(first) = cards.first().and_then(buttons) else {
        return;
    };
    for (index, card) in cards.iter().enumerate().skip(1) {
        let Some(these) = buttons(card) else {
            continue;
        };
        if these != first {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!("interactive", "action", "cards", index, "action"),
                    format!(
                        "card {index} has {}, card 0 has {}: buttons must match across cards",
                        describe(these),
                        describe(first)
                    ),
                )
                .with_help("give every card the same kind and number of buttons"),
            );
        }
    }
}
