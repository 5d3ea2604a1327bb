//! M060 contacts-count

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

/// Meta's OpenAPI limit; the current docs say 257 (the schema's limit).
const OPENAPI_MAX: usize = 5;

declare_rule! {
    /// ## What it does
    /// Flags a contacts message with more than 5 contact cards.
    ///
    /// ## Why is this bad
    /// Meta's sources disagree: the current contacts-messages page allows "up to 257" contacts
    /// per message, while Meta's OpenAPI spec sets `minItems: 1, maxItems: 5`. The schema
    /// enforces 257; this rule reports 6 to 257 as a warning, or an error with `strict`
    /// (contested limit). Meta documents no error code for it (the generic one for a value
    /// out of range is 131009 "Parameter value is not valid"). Until the limit is verified,
    /// several messages of at most 5 contacts are safe.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "contacts", "contacts": [
    ///  {"name": {"formatted_name": "Contact 1"}, "phones": [{"phone": "+1 555 010 0001"}]},
    ///  {"name": {"formatted_name": "Contact 2"}, "phones": [{"phone": "+1 555 010 0002"}]},
    ///  {"name": {"formatted_name": "Contact 3"}, "phones": [{"phone": "+1 555 010 0003"}]},
    ///  {"name": {"formatted_name": "Contact 4"}, "phones": [{"phone": "+1 555 010 0004"}]},
    ///  {"name": {"formatted_name": "Contact 5"}, "phones": [{"phone": "+1 555 010 0005"}]},
    ///  {"name": {"formatted_name": "Contact 6"}, "phones": [{"phone": "+1 555 010 0006"}]}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "contacts", "contacts": [
    ///  {"name": {"formatted_name": "Contact 1"}, "phones": [{"phone": "+1 555 010 0001"}]},
    ///  {"name": {"formatted_name": "Contact 2"}, "phones": [{"phone": "+1 555 010 0002"}]},
    ///  {"name": {"formatted_name": "Contact 3"}, "phones": [{"phone": "+1 555 010 0003"}]},
    ///  {"name": {"formatted_name": "Contact 4"}, "phones": [{"phone": "+1 555 010 0004"}]},
    ///  {"name": {"formatted_name": "Contact 5"}, "phones": [{"phone": "+1 555 010 0005"}]}]}
    /// ```
    /// (and the sixth contact in a second message)
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/contacts-messages ("up to 257")
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: contacts `maxItems: 5`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M060",
        name: "contacts-count",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/contacts-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.kind() != Some("contacts") {
        return;
    }
    let Some(contacts) = message.get("contacts").and_then(Value::as_array) else {
        return;
    };
    // Above 257 the schema reports it (S006).
    if contacts.len() > OPENAPI_MAX && contacts.len() <= 257 {
        let severity = ctx.contested();
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("contacts"),
                format!(
                    "{} contacts in one message: Meta's OpenAPI allows {OPENAPI_MAX} (its docs say 257)",
                    contacts.len()
                ),
            )
            .with_severity(severity)
            .with_help("send at most 5 contacts per message to be safe"),
        );
    }
}
