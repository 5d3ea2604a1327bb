//! T051 template-carousel-cards-uniform

use super::parts::{upper, Card, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a carousel card whose layout differs from the first card's: other components,
    /// another header format, or other button types in another order.
    ///
    /// ## Why is this bad
    /// "All cards must have the same components": if one card has a body, all must; Meta
    /// refuses the creation otherwise.
    ///
    /// ## Example
    /// Card 0 with an IMAGE header and a URL button, card 1 with a VIDEO header and a quick reply.
    ///
    /// ## References
    /// rules.md `tcreate.carousel.card.uniform`; DOC:/templates/marketing-templates/media-card-carousel-templates.
    pub static RULE = {
        code: "T051",
        name: "template-carousel-cards-uniform",
        severity: Error,
        source: "DOC:/templates/marketing-templates/media-card-carousel-templates",
        meta_error: None,
    }
}

/// A card's layout: component types, header format, button types, in order.
fn layout(card: &Card<'_>) -> String {
    let mut parts: Vec<String> = card
        .components
        .iter()
        .map(|c| match &*c.kind {
            "HEADER" => format!("HEADER {}", upper(c.value.get("format")).unwrap_or_default()),
            kind => kind.to_owned(),
        })
        .collect();
    parts.sort();
    let buttons: Vec<&str> = card.buttons.iter().map(|b| &*b.kind).collect();
    if !buttons.is_empty() {
        parts.push(format!("buttons [{}]", buttons.join(", ")));
    }
    parts.join(", ")
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let Some(first) = view.cards.first() else {
        return;
    };
    let expected = layout(first);
    for (index, card) in view.cards.iter().enumerate().skip(1) {
        let actual = layout(card);
        if actual != expected {
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
