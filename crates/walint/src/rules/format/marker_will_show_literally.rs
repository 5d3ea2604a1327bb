//! F001 marker-will-show-literally
//!
//! The `format::Check::MarkerWillShowLiterally` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a formatting marker that will be shown as a literal character.
    ///
    /// A `*`, `_`, `~` or `` ` `` looks meant to format but shows literally when whitespace sits
    /// just inside it (`*bold *`, `_ x_`), or a letter or digit touches it from outside
    /// (`Order*{{1}}*`, `*x*s`). Also reports the trap where such a non-closer silently extends a
    /// span to a later marker: `*Note*s: see *below*` renders bold `Note*s: see *below`.
    ///
    /// ## Why is this bad
    /// WhatsApp only formats when the opener follows the start of the text, whitespace or
    /// punctuation and is followed by a non-space, and the closer follows a non-space and is
    /// followed by the end, whitespace or punctuation. Otherwise the customer sees stray symbols
    /// instead of emphasis, or a much longer bold run than intended. Meta accepts the message:
    /// nothing warns you.
    ///
    /// ## Example
    /// ```json
    /// {"type": "text", "text": {"body": "Your order is *ready *"}}
    /// ```
    /// Use `*ready*` (the fix removes the whitespace inside the marker).
    ///
    /// ## References
    /// formatting.md §2 R1 (inline span), R2 (closer choice), §7 items 1–2; rules.md
    /// `fmt.marker-placement`.
    pub static RULE = {
        code: "F001",
        name: "marker-will-show-literally",
        severity: Warning,
        source: "formatting.md §2 R1–R2; rules.md fmt.marker-placement",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkerWillShowLiterally;
