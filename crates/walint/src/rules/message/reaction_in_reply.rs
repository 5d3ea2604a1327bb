//! M004 reaction-in-reply


use super::Message;
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
    /// contextual-replies page lists under "Limitations": "You cannot send a reaction message
    /// as a contextual reply." Meta does not document the error code. That sentence is still
    /// in the page's Markdown copy, but the HTML page updated on 2026-07-02 no longer lists it,
    /// so the limitation may be relaxed.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "reaction",
    ///  "context": {"message_id": "wamid.A"}, "reaction": {"message_id": "wamid.A", "emoji": "👍"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "reaction",
    ///  "reaction": {"message_id": "wamid.A", "emoji": "👍"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/contextual-replies ("Limitations")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/reaction-messages
    pub static RULE = {
        code: "M004",
        name: "reaction-in-reply",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/contextual-replies",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.kind() == Some("reaction") && message.get("context").is_some() {
        ctx.report(
            Diagnostic::new(&RULE, ptr!("context"), "a reaction cannot be sent as a reply")
                .with_help("remove `context`: `reaction.message_id` already names the message")
                .at_key(),
        );
    }
}
