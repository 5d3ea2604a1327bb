//! M044 media-link-file-type


use super::{Message, str_at, url_path};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

/// File extensions WhatsApp accepts per media type (documents take any type).
const SUPPORTED: &[(&str, &[&str])] = &[
    ("image", &["jpg", "jpeg", "png"]),
    ("video", &["mp4", "3gp", "3gpp"]),
    ("audio", &["aac", "amr", "mp3", "m4a", "ogg", "opus"]),
    ("sticker", &["webp"]),
];

/// Extensions of common media files: only these are judged, so an unknown extension or a
/// URL without one (a CDN path) is never reported.
const KNOWN: &[&str] = &[
    "jpg", "jpeg", "png", "gif", "bmp", "heic", "heif", "tif", "tiff", "svg", "avif", "mp4", "3gp", "3gpp",
    "mov", "avi", "mkv", "webm", "wmv", "flv", "m4v", "aac", "amr", "mp3", "m4a", "ogg", "opus", "wav",
    "flac", "wma", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "zip",
];

declare_rule! {
    /// ## What it does
    /// Warns when a media `link` ends in a file type WhatsApp does not accept for that media.
    ///
    /// Reads the extension of the link's path (query and fragment ignored) and compares it
    /// with the supported types: image JPEG/PNG, video MP4/3GP, audio AAC/AMR/MP3/M4A/OGG,
    /// sticker WebP. Only well-known media extensions are judged; documents accept any type.
    /// A WebP image is reported by M042 instead.
    ///
    /// ## Why is this bad
    /// Meta fetches the file and fails the send when the type is unsupported or does not match
    /// the declared MIME type (131053 "Media upload error"; Meta's media page calls a mismatched
    /// MIME type "a common error"): a `.gif` image, a `.mov` video, a `.wav` audio. The server's
    /// `Content-Type` is what counts, not the extension, so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "video",
    ///  "video": {"link": "https://example.com/clip.mov"}}
    /// ```
    /// Use instead (convert the file to a supported type):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "video",
    ///  "video": {"link": "https://example.com/clip.mp4"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media ("Supported media types")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/image-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/video-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/audio-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/sticker-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131053 "Media upload error")
    pub static RULE = {
        code: "M044",
        name: "media-link-file-type",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media",
        meta_error: Some(MetaError::MEDIA_UPLOAD),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media() {
        let Some((_, supported)) = SUPPORTED.iter().find(|(kind, _)| *kind == media.kind) else {
            continue;
        };
        let Some(link) = str_at(media.object, "link") else {
            continue;
        };
        let path = url_path(link);
        let file = path.rsplit('/').next().unwrap_or_default();
        let Some((_, extension)) = file.rsplit_once('.') else {
            continue;
        };
        let judged = KNOWN.contains(&extension) && !(media.kind == "image" && extension == "webp");
        if judged && !supported.contains(&extension) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/link", media.pointer),
                    format!("a `.{extension}` file cannot be sent as `{}` media", media.kind),
                )
                .with_help(format!(
                    "convert the file to {}",
                    supported.join(", ").to_ascii_uppercase()
                )),
            );
        }
    }
}
