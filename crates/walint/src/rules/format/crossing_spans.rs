//! F007 crossing-spans
//!
//! The `format::Check::CrossingSpans` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports two formatting spans that cross instead of nesting.
    ///
    /// For example `*a _b* c_`, or a span cut by inline code or monospace.
    ///
    /// ## Why is this bad
    /// Spans must nest. When they cross, the one that starts first wins (or the higher-priority
    /// code span wins) and the other's markers are shown literally.
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "*Sale _ends* today_"}}
    /// ```
    /// Close the inner span first: `*Sale _ends_* _today_`.
    ///
    /// ## References
    /// formatting.md §2 R6 (priority and overlap), R7 (nesting), §7 item 5.
    pub static RULE = {
        code: "F007",
        name: "crossing-spans",
        severity: Warning,
        source: "formatting.md §2 R6",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::CrossingSpans;
