//! F013 markdown-bold-italic

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports Markdown bold italic `***text***` or `___text___`, which WhatsApp writes `*_text_*`.
    ///
    /// The finding is placed on the opening `***` (or `___`); the double-marker and
    /// literal-marker rules stay quiet on the same markers, so each construct is reported once.
    ///
    /// ## Why is this bad
    /// WhatsApp is not Markdown: a single `*` opens bold and the first fitting `*` closes it,
    /// so `***Sale***` renders bold `**Sale` followed by a stray `**` (and `___x___` renders
    /// italic `__x` plus `__`). WhatsApp combines styles by nesting single markers, `*_Sale_*`.
    /// Text written by language models, or converted from Markdown, often carries the tripled
    /// form. Meta accepts the message; the customer sees the asterisks.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "***Flash sale*** ends tonight"}}
    /// ```
    /// Use instead (the safe fix writes it):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*_Flash sale_* ends tonight"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: single
    ///   markers, styles combined by nesting)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/openclaw/openclaw/pull/96570 (`***text***` left a literal `**` on WhatsApp)
    pub static RULE = {
        code: "F013",
        name: "markdown-bold-italic",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkdownBoldItalic;
