//! T033 template-phone-number-format

use super::parts::{is_placeholder, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a PHONE_NUMBER button whose `phone_number` is not digits (country code included) with an optional leading `+`.
    ///
    /// Spaces, dashes, dots and parentheses get a safe fix that removes them. The 20-character limit
    /// is checked by the template schema.
    ///
    /// ## Why is this bad
    /// Meta answers error 100 (Invalid parameter): "… does not have a valid phone_number format.
    /// Length Limit is 20 characters". Meta's components page ("Phone number buttons") expects the
    /// number with its country code.
    ///
    /// ## Example
    /// ```json
    /// {"name": "delivery_help", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} is out for delivery today. Call us if you need help.",
    ///    "example": {"body_text": [["A-1001"]]}},
    ///   {"type": "BUTTONS", "buttons": [{"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+1 (646) 704-3595"}]}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "delivery_help", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} is out for delivery today. Call us if you need help.",
    ///    "example": {"body_text": [["A-1001"]]}},
    ///   {"type": "BUTTONS", "buttons": [{"type": "PHONE_NUMBER", "text": "Call us", "phone_number": "+16467043595"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T033",
        name: "template-phone-number-format",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '.' | '(' | ')' | '\u{a0}')
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "PHONE_NUMBER") {
        let Some(number) = button.value.get("phone_number").and_then(Value::as_str) else {
            continue;
        };
        if number.is_empty() || is_placeholder(button.value.get("phone_number")) {
            continue;
        }
        let digits = number.strip_prefix('+').unwrap_or(number);
        let Some((at, bad)) = digits.char_indices().find(|(_, c)| !c.is_ascii_digit()) else {
            if digits.is_empty() {
                ctx.report(Diagnostic::new(
                    &RULE,
                    button.pointer.key("phone_number"),
                    "the phone number has no digits",
                ));
            }
            continue;
        };
        let offset = number.len() - digits.len() + at;
        let mut diagnostic = Diagnostic::new(
            &RULE,
            button.pointer.key("phone_number"),
            format!("the phone number has `{bad}`: use digits with the country code, optionally after `+`"),
        )
        .with_text_range(number, offset, offset + bad.len_utf8());
        let cleaned: String = number.chars().filter(|c| !is_separator(*c)).collect();
        let cleaned_digits = cleaned.strip_prefix('+').unwrap_or(&cleaned);
        if !cleaned_digits.is_empty() && cleaned_digits.bytes().all(|b| b.is_ascii_digit()) {
            diagnostic = diagnostic.with_help(format!("write `{cleaned}`")).with_fix(
                Applicability::Safe,
                "remove the separators",
                Value::from(cleaned),
            );
        }
        ctx.report(diagnostic);
    }
}
