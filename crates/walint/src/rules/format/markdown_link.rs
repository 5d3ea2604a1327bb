//! F005 markdown-link
//!
//! The `format::Check::MarkdownLink` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown link `[text](url)`.
    ///
    /// ## Why is this bad
    /// WhatsApp shows it verbatim, brackets and parentheses included; the URL is still detected
    /// inside the parentheses, so the message looks broken rather than linked.
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "Track it [here](https://example.com/t/42)"}}
    /// ```
    /// Write `here: https://example.com/t/42`; WhatsApp makes plain URLs tappable.
    ///
    /// ## References
    /// formatting.md §2 R12, §7 item 4; rules.md `fmt.no-md-headings`.
    pub static RULE = {
        code: "F005",
        name: "markdown-link",
        severity: Warning,
        source: "formatting.md §2 R12; rules.md fmt.no-md-headings",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkdownLink;
