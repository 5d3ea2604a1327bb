//! T040 template-auth-no-url-media-emoji

use super::parts::{upper, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
use crate::rules::message::emoji::is_pictographic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports URLs, media and emoji in an AUTHENTICATION template: a media or location header, a URL button, a link or an emoji in a text or button label.
    ///
    /// ## Why is this bad
    /// Meta's authentication template pages say "URLs, media, and emojis are not supported":
    /// authentication templates consist of Meta's preset text, an optional security
    /// recommendation, an optional expiry footer and one OTP button. Meta refuses the creation,
    /// or the review rejects the template.
    ///
    /// `GET /message_templates` returns the OTP button as a `URL` button to
    /// `https://www.whatsapp.com/otp/code/…`. Such a button gets its own message: a template
    /// copied from a GET response must be given an `OTP` button again to be created (read in a
    /// GET response, it is an `info`, like every create-time finding there).
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARZ"]}},
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "🔑 Copy code"}]}]}
    /// ```
    /// Use instead: no header, no emoji, and one OTP button:
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///   {"type": "BODY", "add_security_recommendation": true},
    ///   {"type": "FOOTER", "code_expiration_minutes": 10},
    ///   {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates
    pub static RULE = {
        code: "T040",
        name: "template-auth-no-url-media-emoji",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates",
        meta_error: None,
    }
}

fn link(text: &str) -> Option<(usize, usize)> {
    let lower = text.to_ascii_lowercase();
    let start = ["https://", "http://", "www."]
        .iter()
        .filter_map(|p| lower.find(p))
        .min()?;
    let end = text[start..]
        .find(char::is_whitespace)
        .map_or(text.len(), |n| start + n);
    Some((start, end))
}

fn check_text(ctx: &mut Ctx<'_>, at: Path<'_>, text: &str) {
    if let Some((start, end)) = link(text) {
        ctx.report(
            Diagnostic::new(&RULE, at, "authentication templates cannot contain URLs")
                .with_text_range(text, start, end),
        );
    }
    if let Some((start, c)) = text.char_indices().find(|(_, c)| is_pictographic(*c)) {
        ctx.report(
            Diagnostic::new(&RULE, at, "authentication templates cannot contain emoji")
                .with_text_range(text, start, start + c.len_utf8())
                .with_help("remove the emoji"),
        );
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if !view.is_category("AUTHENTICATION") {
        return;
    }
    for component in &view.components {
        if component.kind == "HEADER" {
            let format = upper(component.value.get("format")).unwrap_or_default();
            if format != "TEXT" {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        component.pointer,
                        "authentication templates cannot have a media header",
                    )
                    .with_help("remove the header"),
                );
            }
        }
        if let Some(text) = component.value.get("text").and_then(Value::as_str) {
            check_text(ctx, component.pointer.key("text"), text);
        }
    }
    for button in &view.buttons {
        if button.is_returned_otp() {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer,
                    "this URL button is how `GET /message_templates` shows an OTP button: a create body needs an `OTP` button",
                )
                .with_help("write `{\"type\": \"OTP\", \"otp_type\": \"COPY_CODE\", \"text\": \"Copy code\"}`"),
            );
        } else if button.kind == "URL" {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer,
                    "authentication templates cannot have URL buttons",
                )
                .with_help("use one OTP button"),
            );
        }
        if let Some(text) = button.value.get("text").and_then(Value::as_str) {
            check_text(ctx, button.pointer.key("text"), text);
        }
    }
}
