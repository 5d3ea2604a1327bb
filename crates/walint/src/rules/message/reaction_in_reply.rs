//! M004 reaction-in-reply

use serde_json::Value;

use super::message_type;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports a reaction message sent as a contextual reply (with a `context` object).
    ///
    /// ## Why is this bad
    /// A reaction already names the message it reacts to (`reaction.message_id`); Meta's
    /// contextual-replies page lists reactions among the messages that cannot be sent as
    /// replies.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "reaction",
    ///  "context": {"message_id": "wamid.A"}, "reaction": {"message_id": "wamid.A", "emoji": "👍"}}
    /// ```
    ///
    /// ## References
    /// rules.md `envelope.context.no-reaction`, `reaction.no-context`;
    /// DOC:/messages/contextual-replies ("Limitations").
    pub static RULE = {
        code: "M004",
        name: "reaction-in-reply",
        severity: Error,
        source: "DOC:/messages/contextual-replies",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    if message_type(message) == Some("reaction") && message.get("context").is_some() {
        ctx.report(
            Diagnostic::new(&RULE, ptr!("context"), "a reaction cannot be sent as a reply")
                .with_help("remove `context`: `reaction.message_id` already names the message")
                .at_key(),
        );
    }
}
