//! M061 contact-birthday-format

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Checks that a contact's `birthday` is a real date written `YYYY-MM-DD`.
    ///
    /// ## Why is this bad
    /// Meta's contacts-messages page documents the format `YYYY-MM-DD`, and Meta's OpenAPI spec
    /// declares `birthday` with `format: date`; whatsapp-api-js checks the same 4/2/2 digits.
    /// `18/08/2012`, `2012-8-18` or `2012-02-30` are not dates WhatsApp can show on the contact
    /// card. Meta documents no error code for it; the generic one is 131009 "Parameter value is
    /// not valid". An empty `birthday` (`""`, what serializers write for a contact without one,
    /// e.g. piusalfred/whatsapp's Go structs) is an info: read as absent, as `null` is.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "contacts",
    ///  "contacts": [{"name": {"formatted_name": "Zoë Dupré", "first_name": "Zoë"}, "birthday": "18/08/2012"}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "contacts",
    ///  "contacts": [{"name": {"formatted_name": "Zoë Dupré", "first_name": "Zoë"}, "birthday": "2012-08-18"}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/contacts-messages
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: contact `birthday`, `format: date`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M061",
        name: "contact-birthday-format",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/contacts-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

/// Whether `text` is a calendar date `YYYY-MM-DD`.
fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(year), Some(month), Some(day)) = (number(0..4), number(5..7), number(8..10)) else {
        return false;
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.kind() != Some("contacts") {
        return;
    }
    for (index, contact) in items(message, "contacts").iter().enumerate() {
        let Some(birthday) = contact.get("birthday").and_then(Value::as_str) else {
            continue;
        };
        // An empty one is what serializers write for a contact without a birthday (Go structs
        // without `omitempty`): read as absent, as `null` is.
        if birthday.is_empty() {
            ctx.report(
                Diagnostic::new(&RULE, ptr!("contacts", index, "birthday"), "`birthday` is empty: read as no birthday")
                    .with_severity(crate::diagnostic::Severity::Info)
                    .without_meta_error()
                    .with_help("leave `birthday` out when there is none"),
            );
            continue;
        }
        if !is_placeholder(birthday) && !is_date(birthday) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!("contacts", index, "birthday"),
                    format!("birthday `{birthday}` is not a date in the form YYYY-MM-DD"),
                )
                .with_help("write the date as YYYY-MM-DD, e.g. \"2012-08-18\""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_date;

    #[test]
    fn dates() {
        for text in ["2012-08-18", "2000-02-29", "1999-12-31"] {
            assert!(is_date(text), "{text}");
        }
        for text in [
            "18/08/2012",
            "2012-8-18",
            "2012-02-30",
            "1900-02-29",
            "2012-13-01",
            "2012-00-10",
            "２０１２-08-18",
            "",
        ] {
            assert!(!is_date(text), "{text}");
        }
    }
}
