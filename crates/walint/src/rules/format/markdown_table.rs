//! F012 markdown-table

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown table: a row of `|`-separated cells followed by a delimiter row such as `|---|:---:|`.
    ///
    /// The delimiter row may leave out the pipes at its ends and must have as many cells as
    /// the header row; the rows after it that hold a `|` belong to the table. The finding is
    /// placed on the delimiter row. Checked in rendered texts (text bodies, captions,
    /// interactive body and footer, template bodies) and template parameter values, not in
    /// headers and button titles. Tables inside ```` ``` ```` monospace are left alone: there
    /// the pipes line up as intended.
    ///
    /// ## Why is this bad
    /// WhatsApp has no tables. Meta's formatting help lists bold, italic, strikethrough,
    /// monospace, lists, quotes and inline code, nothing else, and WhatsApp's message renderer
    /// has no table syntax, so the customer sees every pipe and dash as typed, in a
    /// proportional font on a narrow phone screen. Language models produce such tables
    /// whenever they compare options. Meta accepts the message; it is only hard to read.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Our plans:\n| Plan | Price |\n|---|---|\n| Basic | $5 |\n| Pro | $9 |"}}
    /// ```
    /// Use instead: one "label: value" line per row (the display-only fix suggests exactly that).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Our plans:\nBasic: $5\nPro: $9"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the supported
    ///   formats)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F012",
        name: "markdown-table",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkdownTable;
