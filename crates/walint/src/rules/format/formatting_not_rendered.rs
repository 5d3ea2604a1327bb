//! F010 formatting-not-rendered
//!
//! The `format::Check::FormattingNotRendered` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports formatting where WhatsApp does not render it.
    ///
    /// The places are: template header and footer, interactive `header.text`, reply-button titles,
    /// list button and row titles, call-to-action button texts.
    ///
    /// ## Why is this bad
    /// WhatsApp renders these texts with emoji and link detection only: `*Sale*` in a header is
    /// shown with its asterisks. Meta's template guidelines also ask for no Markdown special
    /// characters in a text header.
    ///
    /// ## Example
    /// ```json
    /// {"type": "HEADER", "format": "TEXT", "text": "*Flash sale*"}
    /// ```
    /// Remove the markers (the fix does); put emphasis in the body instead.
    ///
    /// ## References
    /// formatting.md §2 R13, §7 item 8; rules.md `fmt.where-forbidden`.
    pub static RULE = {
        code: "F010",
        name: "formatting-not-rendered",
        severity: Warning,
        source: "formatting.md §2 R13; rules.md fmt.where-forbidden",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::FormattingNotRendered;
