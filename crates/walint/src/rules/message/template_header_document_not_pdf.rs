//! M046 template-header-document-not-pdf


use super::{Message, str_at, url_path};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::rules::general::is_placeholder;

/// Extensions of files that are not PDF: only these are judged, so a CDN path without an
/// extension is never reported.
const NOT_PDF: &[&str] = &[
    "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv", "zip", "jpg",
    "jpeg", "png", "gif", "webp", "heic", "mp4", "mp3", "html", "htm", "xml", "json",
];

declare_rule! {
    /// ## What it does
    /// Reports a document header parameter of a template send whose `link` or `filename` is not a PDF.
    ///
    /// Reads the extension of the link's path (query and fragment ignored) and of the
    /// `filename`; only well-known non-PDF file types are reported.
    ///
    /// ## Why is this bad
    /// Meta documents that template document headers support PDF only. Another file type
    /// fails the send with 131053 "Media upload error" (a regular `document` message takes
    /// any type; a template header does not).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "invoice_ready", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "document",
    ///    "document": {"link": "https://example.com/invoice-1001.docx", "filename": "invoice-1001.docx"}}]}]}}
    /// ```
    /// Use instead (export the document as PDF, or send the other file type as a `document`
    /// message inside the customer service window):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "invoice_ready", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "document",
    ///    "document": {"link": "https://example.com/invoice-1001.pdf", "filename": "invoice-1001.pdf"}}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-media
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131053 "Media upload error")
    pub static RULE = {
        code: "M046",
        name: "template-header-document-not-pdf",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-media",
        meta_error: Some(MetaError::MEDIA_UPLOAD),
    }
}

/// The lower-cased extension of a path or file name, if it has one.
fn extension(path: &str) -> Option<String> {
    let name = path.rsplit('/').next()?;
    let (stem, extension) = name.rsplit_once('.')?;
    (!stem.is_empty()).then(|| extension.to_ascii_lowercase())
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media() {
        if !media.in_template || media.kind != "document" {
            continue;
        }
        let fields = [
            ("link", str_at(media.object, "link").map(url_path)),
            ("filename", str_at(media.object, "filename").map(str::to_owned)),
        ];
        for (field, value) in fields {
            let Some(value) = value.filter(|v| !is_placeholder(v)) else {
                continue;
            };
            let Some(extension) = extension(&value).filter(|e| NOT_PDF.contains(&e.as_str())) else {
                continue;
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/{field}", media.pointer),
                    format!(
                        "a template's document header must be a PDF; this `{field}` is a `.{extension}` file"
                    ),
                )
                .with_help("send a PDF in the header, or the other file as a `document` message"),
            );
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::extension;

    #[test]
    fn extensions_of_paths_and_names() {
        assert_eq!(
            extension("https://example.com/a/invoice.DOCX").as_deref(),
            Some("docx")
        );
        assert_eq!(extension("invoice.pdf").as_deref(), Some("pdf"));
        assert_eq!(extension("https://cdn.example.com/files/8f2a"), None);
        assert_eq!(extension(".hidden"), None);
    }
}
