//! T076 template-header-text-format

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::rules::message::emoji::is_pictographic;

declare_rule! {
    /// ## What it does
    /// Reports a newline or an emoji in a template's TEXT header.
    ///
    /// Emoji are the pictographic ones (`✅`, `🎉`); `©`, `®` and `™` are left alone. Formatting
    /// markers (`*bold*`) in a header are F010's finding. An AUTHENTICATION template's emoji are
    /// T040's.
    ///
    /// ## Why is this bad
    /// Meta refuses the creation: code 100, subcode 2388072, "Message header can't have new
    /// lines, formatting characters, emojis or asterisks". A project recorded it in 2025 for
    /// the header `✅ Agendamento Confirmado`, and the same template with `Agendamento
    /// Confirmado` went to review; another project recorded the same subcode for an emoji.
    /// Meta's components page says only "Do not use Markdown special characters" there; its
    /// answer is the stricter reading, and holds for every Graph version to date.
    ///
    /// ## Example
    /// ```json
    /// {"name": "booking_confirmed", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "HEADER", "format": "TEXT", "text": "✅ Booking confirmed"},
    ///   {"type": "BODY", "text": "Your booking {{1}} is confirmed for Friday.", "example": {"body_text": [["B-1042"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "booking_confirmed", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "HEADER", "format": "TEXT", "text": "Booking confirmed"},
    ///   {"type": "BODY", "text": "Your booking {{1}} is confirmed for Friday. ✅", "example": {"body_text": [["B-1042"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T076",
        name: "template-header-text-format",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

/// Where `text`'s first line break is (a byte scan: these checks run on every template).
pub fn newline(text: &str) -> Option<usize> {
    text.bytes().position(|b| b == b'\n' || b == b'\r')
}

/// The first emoji of `text` that Meta refuses in a header or a button label, with its byte
/// offset: pictographic (not the ©, ® and ™ of brand names, nor the check marks and crosses
/// ✓ ✕ ✗ ✘, which are text symbols), a flag's regional indicator, or a keycap's mark.
pub fn first_emoji(text: &str) -> Option<(usize, char)> {
    // Most labels and headers are ASCII, which holds no emoji: no range table to search.
    if text.is_ascii() {
        return None;
    }
    text.char_indices().find(|&(_, c)| {
        (is_pictographic(c) && !matches!(c, '©' | '®' | '™' | '✓' | '✕' | '✗' | '✘'))
            || ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
            || c == '\u{20E3}'
    })
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let authentication = view.is_category("AUTHENTICATION");
    for field in view.texts.iter().filter(|f| f.role == Role::Header) {
        let text = field.text;
        if let Some(at) = newline(text) {
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, "the header has a newline: a TEXT header is one line")
                    .with_text_range(text, at, at + 1)
                    .with_help("put the header on one line, and the rest in the body"),
            );
        }
        if let (Some((at, emoji)), false) = (first_emoji(text), authentication) {
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, format!("the header has the emoji {emoji}: Meta refuses emoji in a TEXT header"))
                    .with_text_range(text, at, at + emoji.len_utf8())
                    .with_help("remove the emoji (the body may have it)"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::first_emoji;

    #[test]
    fn emoji_of_every_shape_but_text_symbols() {
        for text in ["✅ Done", "Brasil 🇧🇷", "Press #️⃣", "⚠️ Alert", "Yes 👍🏽"] {
            assert!(first_emoji(text).is_some(), "{text}");
        }
        for text in ["Acme® Store™", "✓ Confirmed", "✗ Cancelled", "Order #42", "Café → menu"] {
            assert_eq!(first_emoji(text), None, "{text}");
        }
    }
}
