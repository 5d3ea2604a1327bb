//! M101 reply-button-ids-unique

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::rules::{repeats, value_at};

declare_rule! {
    /// ## What it does
    /// Reports two reply buttons with the same `reply.id`.
    ///
    /// Placeholders (`<BUTTON_ID>`, G001) are not compared: documentation examples repeat them.
    ///
    /// ## Why is this bad
    /// The id is what comes back in the `button_reply` webhook: with two equal ids you
    /// cannot tell which button the customer tapped. Meta documents the id as "a unique
    /// identifier for each button"; it does not document the error code.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Confirm your booking for Friday at 8 pm?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "yes", "title": "Yes"}},
    ///    {"type": "reply", "reply": {"id": "yes", "title": "Sure"}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Confirm your booking for Friday at 8 pm?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "yes", "title": "Yes"}},
    ///    {"type": "reply", "reply": {"id": "no", "title": "No"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    /// - https://github.com/Secreto31126/whatsapp-api-js ("Reply buttons must have unique ids")
    pub static RULE = {
        code: "M101",
        name: "reply-button-ids-unique",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(interactive) = message.interactive("button") else {
        return;
    };
    let Some(action) = interactive.get("action") else {
        return;
    };
    let ids = items(action, "buttons").iter().enumerate().filter_map(|(index, button)| {
        let id = value_at(button, &["reply", "id"])?.as_str()?;
        (!is_placeholder(id)).then_some((id, index))
    });
    for (id, index, first) in repeats(ids) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "buttons", index, "reply", "id"),
                format!("reply button id `{id}` is already used by button {first}"),
            )
            .with_help("give every button its own id")
            .with_related(
                ptr!("interactive", "action", "buttons", first, "reply", "id"),
                "the id's first use",
            ),
        );
    }
}
