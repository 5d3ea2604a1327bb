//! M121 header-media-caption


use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Warns about a `caption` on interactive header media (message or carousel card header).
    ///
    /// ## Why is this bad
    /// The text of an interactive message goes in `body` (and `footer`); a caption on the
    /// header media is not shown. The peer library whatsapp-api-js rejects it ("Header … must
    /// not have a caption", in `src/messages/interactive.ts`); Meta does not document the
    /// behaviour, so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button",
    ///   "header": {"type": "image", "image": {"link": "https://example.com/a.png", "caption": "Menu"}},
    ///   "body": {"text": "Our menu"},
    ///   "action": {"buttons": [{"type": "reply", "reply": {"id": "ok", "title": "OK"}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button",
    ///   "header": {"type": "image", "image": {"link": "https://example.com/a.png"}},
    ///   "body": {"text": "Our menu"},
    ///   "action": {"buttons": [{"type": "reply", "reply": {"id": "ok", "title": "OK"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://github.com/Secreto31126/whatsapp-api-js/blob/1ef1b00/src/messages/interactive.ts
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    pub static RULE = {
        code: "M121",
        name: "header-media-caption",
        severity: Warning,
        source: "https://github.com/Secreto31126/whatsapp-api-js/blob/1ef1b00/src/messages/interactive.ts",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media() {
        if media.header && media.object.contains_key("caption") {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/caption", media.pointer),
                    "a caption on interactive header media is not shown",
                )
                .with_help("move the text to `body`")
                .at_key(),
            );
        }
    }
}
