//! M164 reply-button-cta-url

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns about a `cta_url` button among the reply buttons of a message that is not a Direct Send message (no top-level `category`).
    ///
    /// ## Why is this bad
    /// Meta's reply-buttons page documents buttons of type `reply` only; its Direct Send pages
    /// document reply buttons mixed with up to two `cta_url` buttons. Outside Direct Send the
    /// sources disagree: the send endpoint's own validator lists `cta_url` beside `reply` as a
    /// button type (its answer to a reply-button send recorded in June 2026 named
    /// `[cta_url, quick_reply, reply, single_select]`), and no rejection of the type itself is
    /// on record, so this is a warning, not an error. A link button that must work is sent as
    /// a `cta_url` interactive message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive", "interactive": {
    ///  "type": "button", "body": {"text": "Your donation is saved. Pay now?"},
    ///  "action": {"buttons": [{"type": "cta_url", "cta_url": {"display_text": "Pay now",
    ///   "url": "https://example.com/pay/HBSGF"}}]}}}
    /// ```
    /// Use instead: a CTA URL message.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive", "interactive": {
    ///  "type": "cta_url", "body": {"text": "Your donation is saved. Pay now?"},
    ///  "action": {"name": "cta_url", "parameters": {"display_text": "Pay now",
    ///   "url": "https://example.com/pay/HBSGF"}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/send-sample-payloads
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages
    pub static RULE = {
        code: "M164",
        name: "reply-button-cta-url",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.get("category").is_some() {
        return;
    }
    let Some(action) = message.interactive("button").and_then(|button| button.get("action")) else {
        return;
    };
    for (index, button) in items(action, "buttons").iter().enumerate() {
        if button.get("type").and_then(Value::as_str) != Some("cta_url") {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "buttons", index, "type"),
                "a `cta_url` button among reply buttons is documented only for Direct Send (a message with `category`)",
            )
            .with_help("send the link as a `cta_url` interactive message, and keep `reply` buttons here"),
        );
    }
}
