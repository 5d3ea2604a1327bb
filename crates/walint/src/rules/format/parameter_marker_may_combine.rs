//! F011 parameter-marker-may-combine
//!
//! The `format::Check::ParameterMarkerMayCombine` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a marker in a template parameter value that can combine with the template text.
    ///
    /// A `*`, `_`, `~` or `` ` `` at a word edge of the value can open or close a span together
    /// with the template's own text.
    ///
    /// ## Why is this bad
    /// WhatsApp formats the message after the values are substituted: a value `a*` inside `*{{1}}*`
    /// gives `*a**`, and a value starting with `_` can pair with an underscore later in the body.
    /// The delivered message is formatted differently from the template preview, and only for some
    /// values.
    ///
    /// ## Example
    /// ```json
    /// {"type": "body", "parameters": [{"type": "text", "text": "*VIP"}]}
    /// ```
    /// Avoid markers at the edges of values, or use a look-alike character (`＊` U+FF0A).
    ///
    /// ## References
    /// formatting.md §6 (template placeholders inside formatting), §7 item 8.
    pub static RULE = {
        code: "F011",
        name: "parameter-marker-may-combine",
        severity: Warning,
        source: "formatting.md §6",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::ParameterMarkerMayCombine;
