//! M003 recipient-not-e164


use super::recipient_country_code::phone_recipient;
use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;
use crate::value::Value;

/// E.164: at most 15 digits, country code included.
const MAX_DIGITS: usize = 15;
/// The shortest numbers in service (Niue, Saint Helena, Tokelau: a 3-digit country code and
/// 4 digits) have 7 digits with their country code.
pub(super) const MIN_DIGITS: usize = 7;

declare_rule! {
    /// ## What it does
    /// Warns when the recipient `to` has fewer than 7 or more than 15 digits, or characters no phone number has.
    ///
    /// A group send (`recipient_type: "group"`) is checked for one mistake only: a WhatsApp Web
    /// group JID (`120363…@g.us`, from unofficial libraries) where the Cloud API takes the id
    /// the Groups API returns; Meta refuses a `to` that does not match `recipient_type`. So
    /// are a phone number sent with `recipient_type: "group"` and a Groups API id (base64 of
    /// `capi_group:…`, `Y2FwaV9ncm91cD…`) sent without it.
    ///
    /// Separators Meta accepts (`+`, `-`, `(`, `)` and spaces) are removed before counting.
    ///
    /// ## Why is this bad
    /// An E.164 number has at most 15 digits including the country code; a longer one is
    /// usually two numbers pasted together or an id in the wrong field. No number in service
    /// has fewer than 7 digits with its country code (`"+55"` is a country code alone). Meta does not
    /// document the error for recipients (its own OpenAPI spec uses `^\+[1-9]\d{1,14}$` for
    /// phone fields such as those of `BusinessComplianceInfo`), so this is a warning. Group
    /// sends and placeholders are not checked.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+1 555 123 4567 8901 2", "type": "text", "text": {"body": "Hi"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+1 555 123 4567", "type": "text", "text": {"body": "Hi"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/phone-numbers ("WhatsApp user phone number formats")
    /// - https://www.itu.int/rec/T-REC-E.164 (E.164: at most 15 digits)
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: phone patterns)
    pub static RULE = {
        code: "M003",
        name: "recipient-not-e164",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/phone-numbers",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    // A group is addressed by the id the Groups API returns, not by WhatsApp Web's group JID.
    let group = message.get("recipient_type").and_then(Value::as_str) == Some("group");
    let to = message.get("to").and_then(Value::as_str);
    if let Some(jid) = to.filter(|to| group && to.ends_with("@g.us")) {
        ctx.report(
            Diagnostic::new(&RULE, ptr!("to"), format!("`to` is {}, a WhatsApp Web group JID", crate::diagnostic::quoted(jid)))
                .with_help("use the group id the Groups API returns (`GET /{phone-number-id}/groups`)"),
        );
        return;
    }
    let group_id = to.is_some_and(super::is_group_id);
    let digits_only = to.is_some_and(|to| {
        let digits = to.trim_start_matches('+');
        digits.len() >= MIN_DIGITS && digits.bytes().all(|b| b.is_ascii_digit())
    });
    let mismatch = match (group, group_id, digits_only) {
        (true, _, true) => Some(
            "`recipient_type` is \"group\", but `to` is digits (a phone number, or a WhatsApp Web group number), not a Groups API group id",
        ),
        (false, true, _) => Some("`to` is a Groups API group id, but `recipient_type` is not \"group\""),
        _ => None,
    };
    if let Some(message) = mismatch {
        ctx.report(
            Diagnostic::new(&RULE, ptr!("to"), message)
                .with_help("send to a group with `\"recipient_type\": \"group\"` and the id the Groups API returns; to a person without them"),
        );
        return;
    }
    let Some(to) = phone_recipient(message) else {
        return;
    };
    let significant = || to.chars().filter(|c| !matches!(c, '+' | '-' | '(' | ')' | ' '));
    let message = if !to.bytes().any(|b| b.is_ascii_digit()) {
        // "your_phone_number", "Recipient Phone Number": a label left where the number goes.
        format!("`to` is {}: no phone number, only a label", crate::diagnostic::quoted(to))
    } else if let Some(other) = significant().find(|c| !c.is_ascii_digit()) {
        format!("`to` contains `{other}`: a phone number has only digits, `+`, `-`, `(`, `)` and spaces")
    } else if significant().count() > MAX_DIGITS {
        format!(
            "`to` has {} digits; a phone number has at most {MAX_DIGITS} (E.164)",
            significant().count()
        )
    } else if significant().count() < MIN_DIGITS {
        format!(
            "`to` has {} digits; a phone number with its country code has at least {MIN_DIGITS}",
            significant().count()
        )
    } else {
        return;
    };
    ctx.report(
        Diagnostic::new(&RULE, ptr!("to"), message)
            .with_help("use the recipient's number in international format, e.g. \"+15551234567\""),
    );
}
