//! F008 accidental-list-or-quote
//!
//! The `format::Check::AccidentalListOrQuote` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a line that WhatsApp turns into a list item or quote by accident.
    ///
    /// The line start reads as something else: `* bold*` (meant as bold) and `> 100 users` (meant
    /// as "more than").
    ///
    /// ## Why is this bad
    /// A line starting with `* `, `- `, `• ` or `N. ` is a list item and `> ` a quote. `* bold*`
    /// therefore renders a bullet item ending in `*` instead of bold text, and `> 100` renders a
    /// quote bar instead of "more than 100".
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "* Important* read this first"}}
    /// ```
    /// Remove the space after the first `*` to make it bold.
    ///
    /// ## References
    /// formatting.md §2 R11 (block syntax), §0 item 6, §7 item 6; rules.md `fmt.bullets`,
    /// `fmt.quote`.
    pub static RULE = {
        code: "F008",
        name: "accidental-list-or-quote",
        severity: Warning,
        source: "formatting.md §2 R11",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::AccidentalListOrQuote;
