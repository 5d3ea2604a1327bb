//! F002 span-crosses-newline
//!
//! The `format::Check::SpanCrossesNewline` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a bold, italic, strikethrough or code span split across lines.
    ///
    /// The opening and closing markers are on different lines (`*line one\nline two*`).
    ///
    /// ## Why is this bad
    /// Bold, italic, strikethrough and inline code never cross a line break in WhatsApp: both
    /// markers are shown literally and nothing is formatted. (Monospace ```` ``` ```` may span
    /// lines.) WhatsApp's own composer refuses to apply inline formats to a multi-line selection.
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "*Opening hours:\nMon–Fri 9–17*"}}
    /// ```
    /// Close the span at the end of each line and reopen it: `*Opening hours:*\n*Mon–Fri 9–17*`.
    ///
    /// ## References
    /// formatting.md §2 R8 (newlines), §7 item 3.
    pub static RULE = {
        code: "F002",
        name: "span-crosses-newline",
        severity: Warning,
        source: "formatting.md §2 R8",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::SpanCrossesNewline;
