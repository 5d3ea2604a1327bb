//! F004 markdown-heading
//!
//! The `format::Check::MarkdownHeading` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown heading (`# Title` … `###### Title`) at the start of a line.
    ///
    /// ## Why is this bad
    /// Headings are not rendered in WhatsApp chats (they exist only in AI rich responses): the
    /// customer sees the `#` characters. WhatsApp's formatting help lists bold, italic,
    /// strikethrough, monospace, lists, quotes and inline code, and no headings. Meta accepts the
    /// message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "# Order update\nYour parcel has shipped."}}
    /// ```
    /// Use instead: emphasise the line with bold.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Order update*\nYour parcel has shipped."}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the supported formats)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/openclaw/openclaw/pull/113010 (converters rewrite `# Title` as `*Title*` for WhatsApp)
    pub static RULE = {
        code: "F004",
        name: "markdown-heading",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkdownHeading;
