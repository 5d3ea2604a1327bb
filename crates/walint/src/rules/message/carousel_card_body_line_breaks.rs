//! M141 carousel-card-body-line-breaks

use serde_json::Value;

use super::{interactive, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::value_at;

/// Line breaks allowed in a card body.
const MAX_LINE_BREAKS: usize = 2;

declare_rule! {
    /// ## What it does
    /// Reports a carousel card body with more than 2 line breaks.
    ///
    /// ## Why is this bad
    /// Meta limits a card body to 160 characters **and** 2 line breaks; the schema checks
    /// the length, this rule the line breaks. The diagnostic points at the first line
    /// break over the limit.
    ///
    /// ## Example
    /// `"body": {"text": "Line 1\nLine 2\nLine 3\nLine 4"}` (3 line breaks).
    ///
    /// ## References
    /// rules.md `interactive.carousel.card.body`;
    /// DOC:/messages/interactive-media-carousel-messages.
    pub static RULE = {
        code: "M141",
        name: "carousel-card-body-line-breaks",
        severity: Error,
        source: "DOC:/messages/interactive-media-carousel-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(action) = interactive(message, "carousel").and_then(|i| i.get("action")) else {
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
