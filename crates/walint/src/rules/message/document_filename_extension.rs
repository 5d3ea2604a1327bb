//! M043 document-filename-extension


use super::{Message, str_at};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::general::is_placeholder;

declare_rule! {
    /// ## What it does
    /// Warns when a document's `filename` has no extension (`"invoice"`, not `"invoice.pdf"`).
    ///
    /// A name ending in a dot (`"Quote."`) has no extension either.
    ///
    /// ## Why is this bad
    /// `filename` is only for documents, and Meta's document-messages page notes that its
    /// extension decides the icon WhatsApp shows; it also decides which app opens the file on
    /// the recipient's phone, so without it the document may not open. Meta documents no error
    /// for a name without an extension, hence a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "document",
    ///  "document": {"link": "https://example.com/a.pdf", "filename": "Invoice March"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "document",
    ///  "document": {"link": "https://example.com/a.pdf", "filename": "Invoice March.pdf"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/document-messages
    pub static RULE = {
        code: "M043",
        name: "document-filename-extension",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/document-messages",
        meta_error: None,
    }
}

/// Whether `filename` ends in `.ext`, an extension of letters and digits.
fn has_extension(filename: &str) -> bool {
    filename.rsplit_once('.').is_some_and(|(stem, extension)| {
        !stem.trim().is_empty() && !extension.is_empty() && extension.chars().all(|c| c.is_alphanumeric())
    })
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media()
        .filter(|m| m.kind == "document")
    {
        let Some(filename) = str_at(media.object, "filename") else {
            continue;
        };
        if !is_placeholder(filename) && !has_extension(filename) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/filename", media.pointer),
                    format!("document filename `{filename}` has no extension"),
                )
                .with_help(
                    "add the file's extension, e.g. \".pdf\": it decides the icon and the app that opens it",
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::has_extension;

    #[test]
    fn extensions() {
        for name in ["a.pdf", "Facture été.docx", "x.tar.gz", "r.XLSX"] {
            assert!(has_extension(name), "{name}");
        }
        for name in ["invoice", "invoice.", ".pdf", "a.p df", ""] {
            assert!(!has_extension(name), "{name}");
        }
    }
}
