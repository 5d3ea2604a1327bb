//! T061 template-lto-body-length

use serde_json::Value;

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a limited-time-offer template whose body is longer than 600 characters
    /// (code points; other templates allow 1024, checked by the schema).
    ///
    /// ## Why is this bad
    /// Meta documents a 600-character body for limited-time offers and refuses longer ones.
    ///
    /// ## Example
    /// A LIMITED_TIME_OFFER template with a 700-character BODY.
    ///
    /// ## References
    /// rules.md `tcreate.lto.body`, `tcreate.body.max`; DOC:/templates/marketing-templates/limited-time-offer-templates.
    pub static RULE = {
        code: "T061",
        name: "template-lto-body-length",
        severity: Error,
        source: "DOC:/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

/// Body limit of limited-time-offer templates.
pub const LTO_BODY_MAX: usize = 600;

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if view.find("LIMITED_TIME_OFFER").is_none() {
        return;
    }
    let Some(body) = view.find("BODY") else {
        return;
    };
    let Some(text) = body.value.get("text").and_then(Value::as_str) else {
        return;
    };
    let length = text.chars().count();
    if length > LTO_BODY_MAX {
        let cut = text
            .char_indices()
            .nth(LTO_BODY_MAX)
            .map_or(text.len(), |(at, _)| at);
        ctx.report(
            Diagnostic::new(
                &RULE,
                body.pointer.key("text"),
                format!("the body has {length} characters; limited-time offers allow {LTO_BODY_MAX}"),
            )
            .with_text_range(text, cut, text.len())
            .with_help("shorten the body"),
        );
    }
}
