//! M161 direct-send-unsupported-type


use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

/// Message types Meta lists as not supported by Direct Send.
const UNSUPPORTED: &[&str] = &["audio", "contacts", "location", "sticker", "reaction"];

declare_rule! {
    /// ## What it does
    /// Reports a Direct Send message (one with a top-level `category`) whose type Direct Send does not support.
    ///
    /// Not supported: `audio`, `contacts`, `location`, `sticker` and `reaction` messages,
    /// and interactive `address_message`.
    ///
    /// ## Why is this bad
    /// A top-level `"category": "utility"` or `"authentication"` sends the message through
    /// the Direct Send API (beta). Meta's Direct Send pages list the supported formats (text,
    /// CTA URL, reply buttons, voice-call buttons; text and copy-code for authentication) and
    /// name audio, contacts, location, sticker, reaction and address messages as not supported,
    /// so such a send fails. Remove `category` to send it as an ordinary message inside the
    /// customer service window.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "category": "utility",
    ///  "type": "location", "location": {"latitude": 48.8584, "longitude": 2.2945, "name": "Pickup point"}}
    /// ```
    /// Use instead: leave `category` out (an ordinary location message, inside the customer
    /// service window).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567",
    ///  "type": "location", "location": {"latitude": 48.8584, "longitude": 2.2945, "name": "Pickup point"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-message-types
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-features-and-limits
    pub static RULE = {
        code: "M161",
        name: "direct-send-unsupported-type",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-message-types",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.get("category").is_none() {
        return;
    }
    if let Some(kind) = message.kind().filter(|kind| UNSUPPORTED.contains(kind)) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("type"),
                format!("Direct Send (a message with `category`) does not support `{kind}` messages"),
            )
            .with_help(
                "remove `category` to send it as an ordinary message, or send text or an interactive message",
            ),
        );
    } else if let Some(("address_message", _)) = message.any_interactive() {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "type"),
                "Direct Send (a message with `category`) does not support address messages",
            )
            .with_help(
                "remove `category` to send it as an ordinary message inside the customer service window",
            ),
        );
    }
}
