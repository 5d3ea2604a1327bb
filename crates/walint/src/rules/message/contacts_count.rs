//! M060 contacts-count

use serde_json::Value;

use super::message_type;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// Meta's OpenAPI limit; the current docs say 257 (the schema's limit).
const OPENAPI_MAX: usize = 5;

declare_rule! {
    /// ## What it does
    /// Flags a contacts message with more than 5 contact cards.
    ///
    /// ## Why is this bad
    /// Meta's sources disagree: the current contacts-messages page allows "up to 257"
    /// contacts, Meta's OpenAPI spec sets `maxItems: 5`. The schema enforces 257; this rule
    /// reports 6 to 257 as a warning, or an error with `strict` (contested limit, rules.md
    /// top-10 gap 3). Until the limit is verified, several messages of at most 5 are safe.
    ///
    /// ## Example
    /// A `contacts` array of 6 cards.
    ///
    /// ## References
    /// rules.md `contacts.array.size`; DOC:/messages/contacts-messages (257);
    /// OAS#ContactsMessage (5).
    pub static RULE = {
        code: "M060",
        name: "contacts-count",
        severity: Warning,
        source: "OAS#ContactsMessage; DOC:/messages/contacts-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    if message_type(message) != Some("contacts") {
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
