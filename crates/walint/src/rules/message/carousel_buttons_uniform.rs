//! M140 carousel-buttons-uniform

use serde_json::Value;

use super::{interactive, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Checks that every carousel card has the same kind and number of buttons as the first.
    ///
    /// The kinds are one URL button (`cta_url`) or quick-reply buttons.
    ///
    /// ## Why is this bad
    /// Meta: "Button types and numbers must match across all cards". A carousel where one
    /// card has a URL button and another two quick replies is rejected.
    ///
    /// ## Example
    /// Card 0 with `"action": {"name": "cta_url", …}`, card 1 with
    /// `"action": {"buttons": [{"type": "quick_reply", …}]}`.
    ///
    /// ## References
    /// rules.md `interactive.carousel.uniform`, `interactive.carousel.card.action`;
    /// DOC:/messages/interactive-media-carousel-messages.
    pub static RULE = {
        code: "M140",
        name: "carousel-buttons-uniform",
        severity: Error,
        source: "DOC:/messages/interactive-media-carousel-messages",
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

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(action) = interactive(message, "carousel").and_then(|i| i.get("action")) else {
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
