//! X009 send-carousel-card-count

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
use crate::rules::send::parts::{cards, components_of};
use crate::rules::template::parts;

declare_rule! {
    /// ## What it does
    /// Reports a carousel send whose number of cards differs from the definition's.
    ///
    /// ## Why is this bad
    /// "An approved template can only be used to send the same number of cards": Meta
    /// refuses the send.
    ///
    /// ## Example
    /// A 3-card carousel template sent with 2 cards.
    ///
    /// ## References
    /// rules.md `tsend.carousel.count`; DOC:/templates/marketing-templates/media-card-carousel-templates.
    pub static RULE = {
        code: "X009",
        name: "send-carousel-card-count",
        severity: Error,
        source: "DOC:/templates/marketing-templates/media-card-carousel-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let expected = parts::cards(pairing.definition).len();
    if expected == 0 {
        return;
    }
    let send = components_of(pairing.template, pairing.prefix);
    let sent = cards(&send).len();
    if sent == expected {
        return;
    }
    let at = send.iter().find(|c| c.kind == "carousel").map_or_else(
        || pairing.scopes.first().map_or(Path::ROOT, |s| s.at),
        |c| c.pointer,
    );
    ctx.report(
        Diagnostic::new(
            &RULE,
            at,
            format!("the template has {expected} cards; the send has {sent}"),
        )
        .with_help("send exactly as many cards as the approved template has, with card_index 0, 1, …"),
    );
}
