//! F006 backslash-escape
//!
//! The `format::Check::BackslashEscape` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a backslash "escape" before a marker: `\*`, `\_`, `\~`, `` \` ``.
    ///
    /// ## Why is this bad
    /// WhatsApp has no escape character. The backslash is shown, and the marker keeps its meaning:
    /// `\*x\*` renders bold `x\`.
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "Use code \\*SAVE10\\* at checkout"}}
    /// ```
    /// To show a marker literally keep it away from word edges (`5 * 3`), put it in inline code, or
    /// use a look-alike character such as `＊` (U+FF0A).
    ///
    /// ## References
    /// formatting.md §2 R10 (no escape), §7 item 4.
    pub static RULE = {
        code: "F006",
        name: "backslash-escape",
        severity: Warning,
        source: "formatting.md §2 R10",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::BackslashEscape;
