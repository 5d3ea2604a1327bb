//! M031 preview-url-without-url

use super::{str_at, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when `preview_url` is `true` but the body has no `http://` or `https://` URL.
    ///
    /// ## Why is this bad
    /// WhatsApp renders a preview only for the first URL of the body, and only when it
    /// starts with `http://` or `https://`. `www.example.com` is made clickable but never
    /// previewed, so the flag does nothing (no error is returned).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "See www.example.com", "preview_url": true}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "See https://www.example.com", "preview_url": true}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages ("Link preview")
    pub static RULE = {
        code: "M031",
        name: "preview-url-without-url",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(text) = message.type_object("text") else {
        return;
    };
    if text.get("preview_url") != Some(&Value::Bool(true)) {
        return;
    }
    let Some(body) = str_at(text, "body") else {
        return;
    };
    let lower = body.to_ascii_lowercase();
    if is_placeholder(body) || lower.contains("http://") || lower.contains("https://") {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            ptr!("text", "preview_url"),
            "`preview_url` is true but the body has no http:// or https:// URL to preview",
        )
        .with_help("start the link with https://, or remove `preview_url`"),
    );
}
