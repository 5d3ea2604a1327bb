//! M002 recipient-country-code

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when the recipient `to` does not start with `+` and a country code.
    ///
    /// ## Why is this bad
    /// Meta accepts `+`, hyphens, parentheses and spaces, but when the leading `+` is
    /// missing its documentation says it **prepends the business phone number's country
    /// code**: an Indian business sending to `(631) 555-1234` reaches `+91 631 555 1234`. The
    /// request succeeds and the message goes to the wrong person, or nowhere. Digits that
    /// already start with a country code often reach the right number (recorded sends to
    /// `13437772910` from a +1 business came back with that `wa_id`). So a number of 11 digits
    /// or more, which almost always holds its country code, is not reported when it is bare
    /// digits (a `wa_id` from a webhook, the form of Meta's own examples), and is an `info`
    /// when it is written with separators (`1 (631) 555-1234`); a shorter one, which
    /// may well be national, a warning (but for ten bare digits that are a whole Singapore
    /// mobile number, `65` then 8 or 9: Meta's own webhooks give them as the `wa_id`, and a
    /// Singapore project answers its users there); so is a number that starts with `0`, a national trunk
    /// prefix that no country code starts with (`01712345678` in Bangladesh, `08031234567` in
    /// Nigeria), whatever its length. A number that starts with `00`, the international call
    /// prefix, is an error: Meta answered 131009 "The phone number is malformed: Please use the
    /// format: +1234567890." six times for `00967…` and `00962…` recipients (a bank's delivery
    /// log, February 2026); so is `+` followed by `0` (`+0033…`, the same prefix after a `+`:
    /// no country code starts with 0, and Meta's OpenAPI pattern is `^\+[1-9]`). Whether Meta prepends depends on the digits, and the `+`
    /// removes the doubt. A WhatsApp id from a webhook (`wa_id`, digits with the country
    /// code) is safe once prefixed with `+`. (In real projects' sends, November 2026, most
    /// recipients were full international numbers without `+`: as warnings, then as infos,
    /// they drowned out the rest.)
    /// Group sends (`recipient_type: "group"`) and placeholders are not checked.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "(631) 555-1234", "type": "text", "text": {"body": "Hi"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+16315551234", "type": "text", "text": {"body": "Hi"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/phone-numbers ("WhatsApp
    ///   user phone number formats")
    pub static RULE = {
        code: "M002",
        name: "recipient-country-code",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/phone-numbers",
        meta_error: None,
    }
}

/// Digits from which a number without `+` is reported as `info`: a national number rarely has
/// this many.
const LIKELY_INTERNATIONAL: usize = 11;

/// The `to` of a message sent to a person, unless it is a placeholder.
pub fn phone_recipient<'v>(message: &'v Value<'v>) -> Option<&'v str> {
    if message.get("recipient_type").and_then(Value::as_str) == Some("group") {
        return None;
    }
    let to = message.get("to")?.as_str()?;
    // A Groups API id (base64 of `capi_group:…`) sent without `recipient_type` is M003's.
    (!is_placeholder(to) && !super::is_group_id(to)).then_some(to)
}

/// Ten bare digits that are a whole Singapore mobile number: 65 and eight digits from 8 or
/// 9. Meta's own webhooks give such numbers as the `wa_id` (a Singapore project, 2025), and
/// its users are answered at them.
fn is_singapore_mobile(to: &str) -> bool {
    to.len() == 10 && (to.starts_with("658") || to.starts_with("659"))
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(to) = phone_recipient(message) else {
        return;
    };
    // Without a digit it is no number at all (a placeholder such as `PHONE_NUMBER`), and
    // under 7 digits no number in service: M003's findings.
    let digits = to.bytes().filter(u8::is_ascii_digit).count();
    let trimmed = to.trim_start();
    // `00` is the international call prefix, which Meta does not read: it refuses the number
    // (recorded six times for `00967…` and `00962…`, 2026). No country code starts with 0
    // (E.164; Meta's OpenAPI pattern `^\+[1-9]`): `+0033…` is the same prefix after a `+`.
    let zero_prefix = if trimmed.starts_with("00") && digits >= super::recipient_not_e164::MIN_DIGITS {
        Some((
            format!("`{to}` starts with 00, the international call prefix: Meta answers 131009 \"The phone number is malformed\""),
            "replace the leading 00 with +",
        ))
    } else if trimmed.strip_prefix('+').is_some_and(|rest| rest.trim_start_matches([' ', '(']).starts_with('0')) {
        Some((
            format!("`{to}` has a country code starting with 0, which no country has: the number is malformed (131009)"),
            "write + and the country code without leading zeros (`+33…`, not `+0033…`)",
        ))
    } else {
        None
    };
    if let Some((message, help)) = zero_prefix {
        ctx.report(
            Diagnostic::new(&RULE, ptr!("to"), message)
                .with_severity(Severity::Error)
                .with_meta_error(MetaError::INVALID_VALUE)
                .with_help(help),
        );
        return;
    }
    if !trimmed.starts_with('+') && digits >= super::recipient_not_e164::MIN_DIGITS {
        // A leading 0 is a trunk prefix: no country code starts with it, so the number is
        // national whatever its length (`01712345678`, `08031234567`).
        let national = to.bytes().find(u8::is_ascii_digit) == Some(b'0');
        // Eleven digits or more almost always hold a country code already: advice, not risk.
        let (severity, message) = if national {
            (
                Severity::Warning,
                format!("`{to}` starts with 0, a national trunk prefix: Meta prepends the business number's country code, which may be the wrong one"),
            )
        } else if (digits >= LIKELY_INTERNATIONAL || is_singapore_mobile(to)) && digits == to.len() {
            // Bare digits: a `wa_id` answered as the webhook gives it, and the form of Meta's own
            // examples (`16505551234`). Nothing to act on.
            return;
        } else if digits >= LIKELY_INTERNATIONAL {
            (
                Severity::Info,
                format!("`{to}` has no leading `+`: its {digits} digits likely hold a country code, and the `+` removes the doubt"),
            )
        } else {
            (
                Severity::Warning,
                format!("`{to}` has no leading `+` and only {digits} digits: Meta may read it as a national number and prepend the business number's country code"),
            )
        };
        ctx.report(
            Diagnostic::new(&RULE, ptr!("to"), message)
                .with_severity(severity)
                .with_help("write the number in international format, e.g. \"+15551234567\""),
        );
    }
}
