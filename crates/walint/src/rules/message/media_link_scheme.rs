//! M041 media-link-scheme


use super::{Message, is_http_url, str_at};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::rules::general::is_placeholder;

declare_rule! {
    /// ## What it does
    /// Reports a media `link` that is not an absolute `http://` or `https://` URL.
    ///
    /// ## Why is this bad
    /// Meta downloads the file from the link, so it must be an http(s) URL on a publicly
    /// accessible server ("or the message will fail"); a relative path, `www.…` without a
    /// scheme, `ftp://` or `file://` fails with 131053 "Media upload error" (HTTP 400, details
    /// in `error_data.details`).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"link": "www.example.com/menu.png"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"link": "https://www.example.com/menu.png"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (the media object's `link`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/image-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-media
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131053 "Media upload error")
    pub static RULE = {
        code: "M041",
        name: "media-link-scheme",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api",
        meta_error: Some(MetaError::MEDIA_UPLOAD),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media() {
        let Some(link) = str_at(media.object, "link") else {
            continue;
        };
        if is_placeholder(link) || is_http_url(link) {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                format!("{}/link", media.pointer),
                format!("`link` must be an absolute http:// or https:// URL, found `{link}`"),
            )
            .with_help("use the full public URL, e.g. \"https://example.com/file.png\""),
        );
    }
}
