//! M150 cta-url-absolute

use serde_json::Value;

use super::{any_interactive, is_http_url, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;
use crate::rules::general::is_placeholder;
use crate::rules::value_at;

declare_rule! {
    /// ## What it does
    /// Checks that a call-to-action button `url` is an absolute `http://` or `https://` URL.
    ///
    /// Applies to `cta_url` messages and to the URL buttons of carousel cards.
    ///
    /// ## Why is this bad
    /// The button opens the URL in the phone's browser: a relative path, a URL without a
    /// scheme (`www.example.com`) or another scheme cannot be opened.
    ///
    /// ## Example
    /// ```json
    /// "action": {"name": "cta_url", "parameters": {"display_text": "Voir", "url": "www.example.com"}}
    /// ```
    ///
    /// ## References
    /// rules.md `interactive.cta_url.url-scheme` (inferred from Meta's examples),
    /// `interactive.carousel.card.action`; DOC:/messages/interactive-cta-url-messages.
    pub static RULE = {
        code: "M150",
        name: "cta-url-absolute",
        severity: Error,
        source: "DOC:/messages/interactive-cta-url-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

/// The `parameters.url` of every URL button with its pointer.
fn urls<'v>(subtype: &str, action: &'v Value) -> Vec<(Path<'static>, &'v Value)> {
    fn url_at(action: &Value) -> Option<&Value> {
        value_at(action, &["parameters", "url"])
    }
    match subtype {
        "cta_url" => url_at(action)
            .map(|url| {
                (
                    Path::ROOT
                        .key("interactive")
                        .key("action")
                        .key("parameters")
                        .key("url"),
                    url,
                )
            })
            .into_iter()
            .collect(),
        "carousel" => items(action, "cards")
            .iter()
            .enumerate()
            .filter_map(|(index, card)| {
                let url = url_at(card.get("action")?)?;
                let at = Path::ROOT
                    .key("interactive")
                    .key("action")
                    .key("cards")
                    .index(index);
                Some((at.key("action").key("parameters").key("url"), url))
            })
            .collect(),
        _ => Vec::new(),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some((subtype, interactive)) = any_interactive(message) else {
        return;
    };
    let Some(action) = interactive.get("action") else {
        return;
    };
    for (pointer, url) in urls(subtype, action) {
        let Some(url) = url.as_str() else {
            continue;
        };
        if !is_placeholder(url) && !is_http_url(url) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    pointer,
                    format!("button URL `{url}` is not an absolute http:// or https:// URL"),
                )
                .with_help("write the full URL, e.g. \"https://example.com/offer\""),
            );
        }
    }
}
