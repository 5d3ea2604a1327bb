//! X011 send-url-button-too-long

use serde_json::Value;

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{hydrate, scan, Var};
use crate::rules::send::parts::parameter_type;

declare_rule! {
    /// ## What it does
    /// Reports a URL button whose URL, once the send's suffix is appended to the template's base URL, is longer than 2000 characters.
    ///
    /// ## Why is this bad
    /// A URL button's URL is at most 2000 characters, and at send time Meta builds it from
    /// the definition's `url` (`https://example.com/track/{{1}}`) and the parameter's text. A
    /// suffix that pushes it over the limit (a long token, a serialized payload) is refused.
    /// The length counts the suffix as sent (code points); characters that still need
    /// percent-encoding (P013) make the real URL longer.
    ///
    /// ## Example
    /// ```json
    /// {"type": "button", "sub_type": "url", "index": "0",
    ///  "parameters": [{"type": "text", "text": "eyJhbGciOiJIUzI1NiJ9…(1990 characters)"}]}
    /// ```
    /// Use instead: a short identifier that your server maps to the long value.
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    pub static RULE = {
        code: "X011",
        name: "send-url-button-too-long",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

/// The longest URL a URL button may open, in characters.
pub const URL_MAX: usize = 2000;

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    for scope in &pairing.scopes {
        for button in scope.def_buttons() {
            if button.kind != "URL" {
                continue;
            }
            let Some(url) = button.value.get("url").and_then(Value::as_str) else {
                continue;
            };
            if scan(url).vars.is_empty() {
                continue;
            }
            let Some(component) = scope
                .send
                .iter()
                .find(|c| c.kind == "button" && c.index == Some(button.index))
            else {
                continue;
            };
            let parameters = component.parameters();
            let Some((at, suffix)) = parameters.iter().find_map(|(at, p)| {
                if parameter_type(p).as_deref() != Some("text") {
                    return None;
                }
                Some((*at, p.get("text")?.as_str()?))
            }) else {
                continue;
            };
            let built = hydrate(url, &|_: &Var| Some(suffix.to_owned()));
            let length = built.chars().count();
            if length <= URL_MAX {
                continue;
            }
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    at.key("text"),
                    format!(
                        "{}: button {}'s URL is {length} characters once this suffix is appended; the limit is {URL_MAX}",
                        scope.name("buttons"),
                        button.index
                    ),
                )
                .with_help(format!("shorten the suffix by {} characters", length - URL_MAX)),
            );
        }
    }
}
