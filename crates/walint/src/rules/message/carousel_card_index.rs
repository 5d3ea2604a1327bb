//! M142 carousel-card-index

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Checks that carousel `card_index` values are zero-based and each used once.
    ///
    /// With `n` cards the indexes are `0` to `n - 1`.
    ///
    /// ## Why is this bad
    /// Meta's media carousel page: every card needs a `card_index`, "0 through 9", unique in the
    /// message, and the cards are shown left to right in that order. A repeated index leaves the
    /// order undefined: an error (Meta documents no code for it; the generic one is 131009
    /// "Parameter value is not valid"). An index past the last card (a one-based count, or a
    /// card skipped: 0, 2, 3) is no rule Meta states, so it is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our offers this week"},
    ///   "action": {"cards": [
    ///    {"card_index": 1, "header": {"type": "image", "image": {"link": "https://example.com/p1.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}},
    ///    {"card_index": 2, "header": {"type": "image", "image": {"link": "https://example.com/p2.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "carousel", "body": {"text": "Our offers this week"},
    ///   "action": {"cards": [
    ///    {"card_index": 0, "header": {"type": "image", "image": {"link": "https://example.com/p1.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}},
    ///    {"card_index": 1, "header": {"type": "image", "image": {"link": "https://example.com/p2.png"}},
    ///     "action": {"name": "cta_url", "parameters": {"display_text": "Buy", "url": "https://example.com/offer"}}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M142",
        name: "carousel-card-index",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("carousel").and_then(|i| i.get("action")) else {
        return;
    };
    let cards = items(action, "cards");
    let mut used = vec![false; cards.len()];
    for (position, card) in cards.iter().enumerate() {
        // Negative and non-integer values are the schema's (S002, S009).
        let Some(index) = card.get("card_index").and_then(Value::as_u64) else {
            continue;
        };
        let slot = usize::try_from(index).ok().and_then(|i| used.get_mut(i));
        let (problem, severity) = match slot {
            None => (
                format!(
                    "`card_index` {index} is past the last card: {} cards are usually indexed 0 to {}",
                    cards.len(),
                    cards.len().saturating_sub(1)
                ),
                Severity::Warning,
            ),
            Some(true) => (format!("`card_index` {index} is used by an earlier card"), Severity::Error),
            Some(slot) => {
                *slot = true;
                continue;
            }
        };
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "cards", position, "card_index"),
                problem,
            )
            .with_severity(severity)
            .with_help("number the cards 0, 1, 2, … from left to right"),
        );
    }
}
