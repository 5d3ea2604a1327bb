//! M031 preview-url-without-url

use super::{str_at, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when `preview_url` is `true` but the body's link has no `http://` or `https://`; notes it when the body has no link.
    ///
    /// ## Why is this bad
    /// WhatsApp renders a preview only for the first URL of the body, and only when it
    /// starts with `http://` or `https://`. `www.example.com` is made clickable but never
    /// previewed: a preview the author expects and does not get (a warning). A body without
    /// any link gets no preview either, and Meta returns no error: projects set the flag on
    /// every send, so that case is only `info`.
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
    // A link without its scheme (`www.example.com`) is a preview the author expects and will
    // not get; no link at all is a flag set on every send, which does nothing.
    let has_link = lower.contains("www.");
    let diagnostic = if has_link {
        Diagnostic::new(
            &RULE,
            ptr!("text", "preview_url"),
            "`preview_url` is true but the link has no http:// or https://: no preview is shown",
        )
        .with_help("start the link with https://")
    } else {
        Diagnostic::new(
            &RULE,
            ptr!("text", "preview_url"),
            "`preview_url` is true but the body has no link: the flag does nothing",
        )
        .with_help("remove `preview_url`, or leave it: it costs nothing")
        .with_severity(Severity::Info)
    };
    ctx.report(diagnostic);
}
