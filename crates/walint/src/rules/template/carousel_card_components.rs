//! T050 template-carousel-card-components

use serde_json::Value;

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a carousel card without a HEADER, or with more than one HEADER, BODY or
    /// BUTTONS component.
    ///
    /// ## Why is this bad
    /// Each card has one image or video header (with its `header_handle` example), an
    /// optional card body and its buttons; Meta refuses other card layouts at creation.
    ///
    /// ## Example
    /// `{"components": [{"type": "BODY", "text": "Fresh tulips"}]}` (a card without header).
    ///
    /// ## References
    /// rules.md `tcreate.carousel.card.header`, `tcreate.carousel.cards`; DOC:/templates/marketing-templates/media-card-carousel-templates.
    pub static RULE = {
        code: "T050",
        name: "template-carousel-card-components",
        severity: Error,
        source: "DOC:/templates/marketing-templates/media-card-carousel-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for (index, card) in view.cards.iter().enumerate() {
        if !card.value.get("components").is_some_and(Value::is_array) {
            continue;
        }
        let all = &card.components;
        if !all.iter().any(|c| c.kind == "HEADER") {
            ctx.report(
                Diagnostic::new(&RULE, card.pointer, format!("card {index} has no HEADER"))
                    .with_help("give every card an IMAGE or VIDEO header with `example.header_handle`"),
            );
        }
        for kind in ["HEADER", "BODY", "BUTTONS"] {
            for extra in all.iter().filter(|c| c.kind == kind).skip(1) {
                ctx.report(Diagnostic::new(
                    &RULE,
                    extra.pointer,
                    format!("card {index} has more than one {kind}"),
                ));
            }
        }
    }
}
