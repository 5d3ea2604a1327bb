//! M047 media-id-upload-handle

use super::{str_at, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Warns when a media `id` has the form of a Resumable Upload handle (`4::aW1h…`), not of a media id.
    ///
    /// ## Why is this bad
    /// Two Meta APIs upload files and return two kinds of identifiers. `POST
    /// /{phone-number-id}/media` returns a media id, a string of digits, which is what a send's
    /// `image.id`, `document.id` or header parameter `id` takes. The Resumable Upload API
    /// returns a handle (`"h": "4::aW1hZ2UvanBlZw==:ARa…"`, digits and colons first), which only
    /// a template definition's `example.header_handle` takes. A handle given as a send's media
    /// id is no media Meta can find: the send fails (a project that did this recorded the
    /// failure and fixed it in 2026, wacrm PR #230). The form of an id is a hint, not a
    /// verdict, so this is a warning. It holds for every Graph API version to date.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "invoice_ready", "language": {"code": "en_US"}, "components": [
    ///    {"type": "header", "parameters": [{"type": "document",
    ///      "document": {"id": "4::YXBwbGljYXRpb24vcGRm:ARbXvWq8", "filename": "invoice.pdf"}}]}]}}
    /// ```
    /// Use instead (upload the file with `POST /{phone-number-id}/media` and send its id):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "invoice_ready", "language": {"code": "en_US"}, "components": [
    ///    {"type": "header", "parameters": [{"type": "document",
    ///      "document": {"id": "1166846181421424", "filename": "invoice.pdf"}}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media (upload media: the response is `{"id": "<MEDIA_ID>"}`)
    /// - https://developers.facebook.com/docs/graph-api/guides/upload (Resumable Upload API: the response is `{"h": "<UPLOADED_FILE_HANDLE>"}`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components (`header_handle` takes the upload handle)
    pub static RULE = {
        code: "M047",
        name: "media-id-upload-handle",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media",
        meta_error: Some(MetaError::MEDIA_UPLOAD),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media() {
        let Some(id) = str_at(media.object, "id") else {
            continue;
        };
        if is_upload_handle(id) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/id", media.pointer),
                    "this media id is a Resumable Upload handle (digits and a colon first): a send needs the id `POST /{phone-number-id}/media` returns",
                )
                .with_help("upload the file to `/{phone-number-id}/media` and send the returned id, or send the file's `link`"),
            );
        }
    }
}

/// `4::aW1hZ2UvanBlZw==:ARa…`, `2:c2Vzc2lvbg==…`: a handle of the Resumable Upload API starts
/// with a number and a colon; a media id is digits only.
pub fn is_upload_handle(id: &str) -> bool {
    let digits = id.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && id.as_bytes().get(digits) == Some(&b':') && id.len() > digits + 2
}

#[cfg(test)]
mod tests {
    use super::is_upload_handle;

    #[test]
    fn a_handle_starts_with_a_number_and_a_colon() {
        assert!(is_upload_handle("4::aW1hZ2UvanBlZw==:ARbXvWq8"));
        assert!(is_upload_handle("2:c2Vzc2lvbg==:ARa1"));
        for media_id in ["1166846181421424", "", "4:", "4::", ":4::abc", "abc:def", "<MEDIA_ID>"] {
            assert!(!is_upload_handle(media_id), "{media_id}");
        }
    }
}
