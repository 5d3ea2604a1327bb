//! F009 list-or-quote-will-not-render
//!
//! The `format::Check::ListOrQuoteWillNotRender` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a list item or quote that will not render as one.
    ///
    /// The line looks like one but is indented (`  - item`, nested lists), two spaces after the
    /// marker (`-  item`, `1.  x`), no space (`>text`, `1.item`, `•item`), `1) item`, nested quote
    /// `>> x`.
    ///
    /// ## Why is this bad
    /// WhatsApp recognises list and quote markers only at the very start of a line with exactly one
    /// space after them, and has no nested lists or quotes. Otherwise the raw marker is shown and
    /// the structure the author intended is lost.
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "Steps:\n1) Open the app\n2) Tap Pay"}}
    /// ```
    /// Write `1. Open the app`.
    ///
    /// ## References
    /// formatting.md §2 R11, R12, §7 item 7; rules.md `fmt.bullets`, `fmt.numbered`, `fmt.quote`.
    pub static RULE = {
        code: "F009",
        name: "list-or-quote-will-not-render",
        severity: Warning,
        source: "formatting.md §2 R11, R12; rules.md fmt.bullets, fmt.numbered, fmt.quote",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::ListOrQuoteWillNotRender;
