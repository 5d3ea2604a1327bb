//! M100 reply-button-titles-unique

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::rules::{repeats, value_at};

declare_rule! {
    /// ## What it does
    /// Reports two reply buttons with the same `reply.title`.
    ///
    /// Leading and trailing spaces are ignored: `"Oui"` and `"Oui "` look the same.
    /// Placeholders (`<BUTTON_TITLE>`, G001) are not compared: documentation examples repeat them.
    ///
    /// ## Why is this bad
    /// Meta requires titles to be unique ("must be unique within the message", "Must be unique
    /// if using multiple buttons"): the customer could not tell the buttons apart. Meta does
    /// not document the error code.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Confirm your booking for Friday at 8 pm?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "a", "title": "Oui"}},
    ///    {"type": "reply", "reply": {"id": "b", "title": "Oui "}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Confirm your booking for Friday at 8 pm?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "a", "title": "Oui"}},
    ///    {"type": "reply", "reply": {"id": "b", "title": "Non"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (the interactive `action.buttons[].reply` object)
    pub static RULE = {
        code: "M100",
        name: "reply-button-titles-unique",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("button").and_then(|i| i.get("action")) else {
        return;
    };
    let titles = items(action, "buttons").iter().enumerate().filter_map(|(index, button)| {
        let title = value_at(button, &["reply", "title"])?.as_str()?;
        // An empty title is S005's (the schema); two of them are not a repeat worth a second finding.
        (!title.is_empty() && !is_placeholder(title)).then_some((title.trim(), (index, title)))
    });
    for (_, (index, title), (first, _)) in repeats(titles) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "buttons", index, "reply", "title"),
                format!("reply button title `{title}` is already used by button {first}"),
            )
            .with_help("give every button its own title")
            .with_related(
                ptr!("interactive", "action", "buttons", first, "reply", "title"),
                "the title's first use",
            ),
        );
    }
}
