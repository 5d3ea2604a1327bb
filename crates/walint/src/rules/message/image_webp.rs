//! M042 image-webp


use super::{Message, str_at, url_path};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Warns when an image `link` points to a `.webp` file.
    ///
    /// ## Why is this bad
    /// Images must be JPEG or PNG (8-bit RGB or RGBA, at most 5 MB); Meta's "Supported media
    /// types" table says "WebP images can only be sent in sticker messages". The send fails
    /// when Meta fetches the file, typically with 131053 "Media upload error". The extension
    /// is only a hint (the server's `Content-Type` decides), so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"link": "https://example.com/cat.webp"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"link": "https://example.com/cat.png"}}
    /// ```
    /// (or send the WebP file with `"type": "sticker"`)
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media ("Supported media types")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/image-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M042",
        name: "image-webp",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media",
        meta_error: Some(MetaError::MEDIA_UPLOAD),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media().filter(|m| m.kind == "image") {
        let Some(link) = str_at(media.object, "link") else {
            continue;
        };
        if url_path(link).ends_with(".webp") {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/link", media.pointer),
                    "WebP images can only be sent as stickers; an image must be JPEG or PNG",
                )
                .with_help("convert the image to JPEG or PNG, or send it with `\"type\": \"sticker\"`"),
            );
        }
    }
}
