//! M032 preview-url-direct-send

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns about `preview_url` in a Direct Send message (one with a top-level `category`).
    ///
    /// A top-level `"category": "utility"` or `"authentication"` sends the message through
    /// the Direct Send API (beta), which does not support link previews.
    ///
    /// ## Why is this bad
    /// Meta's Direct Send page: "The preview_url field is not currently supported. Messages
    /// sent with Direct Send do not render a URL preview." The flag is ignored (no error is
    /// returned): the message goes out without a preview.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "category": "utility", "type": "text",
    ///  "text": {"body": "Track your parcel: https://example.com/parcel", "preview_url": true}}
    /// ```
    /// Use instead (drop the flag, or send without `category` to get the preview):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "category": "utility", "type": "text",
    ///  "text": {"body": "Track your parcel: https://example.com/parcel"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-message-types ("Text messages")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-features-and-limits
    pub static RULE = {
        code: "M032",
        name: "preview-url-direct-send",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-message-types",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(text) = message.type_object("text") else {
        return;
    };
    if message.get("category").is_some() && text.get("preview_url") == Some(&Value::Bool(true)) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("text", "preview_url"),
                "Direct Send messages (with `category`) have no link preview: `preview_url` is ignored",
            )
            .with_help("remove `preview_url`")
            .at_key(),
        );
    }
}
