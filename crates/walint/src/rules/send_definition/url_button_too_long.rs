//! X011 send-url-button-too-long

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{hydrate, scan, Var};
use crate::rules::send::parts::text_of;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a URL button whose URL, once the send's suffix is appended to the template's base URL, is longer than 2000 characters.
    ///
    /// ## Why is this bad
    /// A URL button's URL is at most 2000 characters, and at send time Meta builds it from the
    /// definition's `url` (`https://example.com/track/{{1}}`) and the parameter's text. A
    /// suffix that pushes it over the limit (a long token, a serialized payload) is refused; Meta
    /// does not document the error code. The length counts the suffix as sent (code points);
    /// characters that still need percent-encoding (P013) make the real URL longer. The rule needs
    /// the template definitions (`walint lint --templates`).
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "order_shipped", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "components": [{"type": "BODY", "text": "Your order has shipped."},
    ///   {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://example.com/track/{{1}}",
    ///    "example": ["https://example.com/track/A-1001"]}]}]}]}
    /// ```
    /// A suffix of 1990 characters (a serialized order) makes a URL of 2016:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text",
    ///    "text": "eyJvcmRlciI6IkEtMTAwMSIsIml0ZW1zIjpbeyJza3UiOiJGRVJOLTAwMCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwMSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwMiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwMyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwNCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwNSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwNiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwNyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwOCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAwOSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxMCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxMSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxMiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxMyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxNCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxNSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxNiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxNyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxOCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAxOSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyMCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyMSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyMiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyMyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyNCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyNSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyNiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyNyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyOCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAyOSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzMCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzMSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzMiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzMyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzNCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzNSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzNiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzNyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzOCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTAzOSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0MCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0MSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0MiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0MyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0NCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0NSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0NiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0NyIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0OCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA0OSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA1MCIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA1MSIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA1MiIsInF0eSI6MX0seyJza3UiOiJGRVJOLTA1MyIsInF0eSI6MX0seyJza3UiOi"}]}]}}
    /// ```
    /// Use instead: a short identifier that your server maps to the long value.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
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
            let Some((at, suffix)) = parameters.iter().find_map(|(at, p)| Some((*at, text_of(p)?))) else {
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
