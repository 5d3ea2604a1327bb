//! M150 cta-url-absolute

use super::{is_http_url, items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;
use crate::rules::general::is_placeholder;
use crate::rules::value_at;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Checks that a call-to-action button `url` is an absolute `http://` or `https://` URL.
    ///
    /// Applies to `cta_url` messages, to the URL buttons of carousel cards and to the `url` of a
    /// tappable template send's `tap_target_configuration` (whatsapp-api-js's own example swapped
    /// its `title` and `url`).
    ///
    /// ## Why is this bad
    /// The button opens the URL in the phone's default browser: a relative path, a URL without
    /// a scheme (`www.example.com`) or another scheme cannot be opened. Meta's CTA URL and
    /// media carousel pages show only absolute `https://` URLs; Meta documents no error code
    /// for another value (the generic one is 131009 "Parameter value is not valid"), so the
    /// rule is inferred from those examples.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "cta_url", "body": {"text": "See our opening hours."},
    ///   "action": {"name": "cta_url", "parameters": {"display_text": "Open", "url": "www.example.com"}}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "cta_url", "body": {"text": "See our opening hours."},
    ///   "action": {"name": "cta_url", "parameters": {"display_text": "Open", "url": "https://www.example.com"}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages (URL buttons of carousel cards)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/tap-target-url-title-override (tappable templates)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M150",
        name: "cta-url-absolute",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

/// The `parameters.url` of every URL button with its pointer.
/// The `url`s of a tappable template send's `tap_target_configuration` parameters.
fn tap_target_urls<'v>(template: &'v Value<'v>) -> Vec<(Path<'v>, &'v Value<'v>)> {
    let mut found = Vec::new();
    for (c, component) in items(template, "components").iter().enumerate() {
        let kind = component.get("type").and_then(Value::as_str).unwrap_or_default();
        if !kind.eq_ignore_ascii_case("tap_target_configuration") {
            continue;
        }
        for (p, parameter) in items(component, "parameters").iter().enumerate() {
            for (t, target) in items(parameter, "tap_target_configuration").iter().enumerate() {
                if let Some(url) = target.get("url") {
                    let at = Path::ROOT.key("template").key("components").index(c).key("parameters").index(p);
                    found.push((at.key("tap_target_configuration").index(t).key("url"), url));
                }
            }
        }
    }
    found
}

fn urls<'v>(subtype: &str, action: &'v Value<'v>) -> Vec<(Path<'static>, &'v Value<'v>)> {
    fn url_at<'v>(action: &'v Value<'v>) -> Option<&'v Value<'v>> {
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

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let found = match message.any_interactive() {
        Some((subtype, interactive)) => interactive.get("action").map_or_else(Vec::new, |action| urls(subtype, action)),
        None => message.get("template").map_or_else(Vec::new, tap_target_urls),
    };
    for (pointer, url) in found {
        let Some(url) = url.as_str() else {
            continue;
        };
        if !is_placeholder(url) && !is_http_url(url) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    pointer,
                    format!("the URL `{url}` is not an absolute http:// or https:// URL"),
                )
                .with_help("write the full URL, e.g. \"https://example.com/offer\""),
            );
        }
    }
}
