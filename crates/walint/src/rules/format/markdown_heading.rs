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
    /// Headings are not rendered in WhatsApp chats: the customer sees the `#` characters.
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "# Order update\nYour parcel has shipped."}}
    /// ```
    /// Emphasise the line with bold instead: `*Order update*`.
    ///
    /// ## References
    /// formatting.md §2 R12, §7 item 4; rules.md `fmt.no-md-headings`.
    pub static RULE = {
        code: "F004",
        name: "markdown-heading",
        severity: Warning,
        source: "formatting.md §2 R12; rules.md fmt.no-md-headings",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkdownHeading;
