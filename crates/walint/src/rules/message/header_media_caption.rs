//! M121 header-media-caption

use serde_json::Value;

use super::media_objects;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Warns about a `caption` on interactive header media (message or carousel card header).
    ///
    /// ## Why is this bad
    /// The text of an interactive message goes in `body` (and `footer`); a caption on the
    /// header media is not shown. whatsapp-api-js rejects it ("Header … must not have a
    /// caption"); Meta does not document the behaviour, so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// "header": {"type": "image", "image": {"link": "https://example.com/a.png", "caption": "Menu"}}
    /// ```
    ///
    /// ## References
    /// rules.md `interactive.header.media.no-caption` (seen in peer code: WAJS
    /// `src/messages/interactive.ts`).
    pub static RULE = {
        code: "M121",
        name: "header-media-caption",
        severity: Warning,
        source: "rules.md interactive.header.media.no-caption (WAJS)",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    for media in media_objects(message) {
        if media.header && media.object.contains_key("caption") {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/caption", media.pointer),
                    "a caption on interactive header media is not shown",
                )
                .with_help("move the text to `body`")
                .at_key(),
            );
        }
    }
}
