//! T077 template-button-text-format

use super::header_text_format::{first_emoji, newline};
use super::parts::{Button, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::rules::message::{host_ends_with, url_authority};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template button label with a newline, an emoji or a variable, and a URL button that links to WhatsApp itself.
    ///
    /// Labels are every button's `text`, carousel cards' buttons included; an AUTHENTICATION
    /// template's emoji are T040's. A WhatsApp link is a `url` whose host is `wa.me` or
    /// `whatsapp.com` (or one of its subdomains), not one that only has `wa.me` in its path.
    ///
    /// ## Why is this bad
    /// Meta refuses the creation. A label: code 100, subcode 2388060, "Button format is
    /// incorrect: Buttons can't have any variables, newlines, emojis or formatting characters"
    /// (recorded from the Graph API on 2026-08-10; a template with `✅ Geleceğim` quick replies
    /// went to review once they were plain). A WhatsApp link: subcode 2388081, "Direct links to
    /// WhatsApp aren't allowed for buttons" (four projects, 2025–2026, one of them for a
    /// limited-time offer). Holds for every Graph version to date.
    ///
    /// ## Example
    /// ```json
    /// {"name": "event_rsvp", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Will you join us on {{1}}?", "example": {"body_text": [["Friday"]]}},
    ///   {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "✅ Yes"},
    ///    {"type": "URL", "text": "Chat with us", "url": "https://wa.me/15551234567"}]}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "event_rsvp", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Will you join us on {{1}}?", "example": {"body_text": [["Friday"]]}},
    ///   {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Yes"},
    ///    {"type": "URL", "text": "See the program", "url": "https://example.com/event"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T077",
        name: "template-button-text-format",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

/// Whether `url` opens WhatsApp itself: its host is `wa.me`, `whatsapp.com` or a subdomain.
fn is_whatsapp_link(url: &str) -> bool {
    let host = url_authority(url.trim_start()).split(':').next().unwrap_or_default();
    let is = |name: &str| host.eq_ignore_ascii_case(name);
    is("wa.me") || is("www.wa.me") || is("whatsapp.com") || host_ends_with(host, ".whatsapp.com")
}

fn check_button(ctx: &mut Ctx<'_>, button: &Button<'_>, authentication: bool) {
    if let Some(text) = button.value.get("text").and_then(Value::as_str) {
        let at = button.pointer.key("text");
        let problem = if let Some(at) = newline(text) {
            Some((at, at + 1, "a newline".to_owned()))
        } else if let Some(start) = text.as_bytes().windows(2).position(|pair| pair == b"{{") {
            let end = text[start..].find("}}").map_or(text.len(), |n| start + n + 2);
            Some((start, end, "a variable".to_owned()))
        } else if let (Some((start, emoji)), false) = (first_emoji(text), authentication) {
            Some((start, start + emoji.len_utf8(), format!("the emoji {emoji}")))
        } else {
            None
        };
        if let Some((start, end, what)) = problem {
            ctx.report(
                Diagnostic::new(&RULE, at, format!("the button label has {what}: Meta refuses variables, newlines and emoji in labels"))
                    .with_text_range(text, start, end)
                    .with_help("write the label as plain text"),
            );
        }
    }
    let url = button.value.get("url").and_then(Value::as_str);
    // An OTP button as GET returns it is a URL button on WhatsApp's own OTP page.
    let own_otp = button.is_returned_otp();
    if let Some(url) = url.filter(|url| button.kind == "URL" && !own_otp && is_whatsapp_link(url)) {
        ctx.report(
            Diagnostic::new(&RULE, button.pointer.key("url"), "the button links to WhatsApp itself: Meta refuses direct links to WhatsApp in buttons")
                .with_text_range(url, 0, url.len())
                .with_help("link to your website, or use a QUICK_REPLY button to keep the conversation here"),
        );
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let authentication = view.is_category("AUTHENTICATION");
    let card_buttons = view.cards.iter().flat_map(|card| card.buttons.iter());
    for button in view.buttons.iter().chain(card_buttons) {
        check_button(ctx, button, authentication);
    }
}

#[cfg(test)]
mod tests {
    use super::is_whatsapp_link;

    #[test]
    fn whatsapp_links_by_host_only() {
        for url in ["https://wa.me/15551234567", "http://api.whatsapp.com/send?phone=1", "https://WA.ME/1", "https://chat.whatsapp.com/AbC"] {
            assert!(is_whatsapp_link(url), "{url}");
        }
        for url in ["https://example.com/wa.me/1", "https://notwhatsapp.com/x", "https://swa.me/x", "https://example.com/?to=wa.me"] {
            assert!(!is_whatsapp_link(url), "{url}");
        }
    }
}
