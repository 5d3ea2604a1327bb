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
    /// followed by the end, whitespace or punctuation (letters and digits of any script are not
    /// boundaries, so `foo*bar*baz` and `2*3*4` stay literal). Otherwise the customer sees stray
    /// symbols instead of emphasis, or a much longer bold run than intended. Meta documents the
    /// markers but not these placement rules; they are how WhatsApp's clients parse text (WhatsApp
    /// Web's formatter, whose composer itself inserts spaces so that markers land on word edges).
    /// Meta accepts the message: no error code, nothing warns you.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order is *ready *"}}
    /// ```
    /// Use instead (the fix removes the whitespace inside the marker):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order is *ready*"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the markers wrap the text)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/glific/glific-frontend/issues/2048 (a marker glued to a word does not
    ///   format on WhatsApp)
    pub static RULE = {
        code: "F001",
        name: "marker-will-show-literally",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkerWillShowLiterally;
