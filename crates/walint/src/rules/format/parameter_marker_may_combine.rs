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
    /// WhatsApp formats the message after the values are substituted, and placeholders have no
    /// special status: a value `a*` inside `*{{1}}*` gives `*a**`, and a value starting with `_`
    /// can pair with an underscore later in the body. The delivered message is formatted
    /// differently from the template preview, and only for some values. Meta accepts the send
    /// (it only rejects values with a newline, a tab or more than 4 consecutive spaces, error
    /// 132018).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///   "name": "member_welcome", "language": {"code": "en_US"},
    ///   "components": [{"type": "body", "parameters": [{"type": "text", "text": "*VIP"}]}]}}
    /// ```
    /// Use instead: no markers at the edges of values, or a look-alike character (`＊` U+FF0A).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///   "name": "member_welcome", "language": {"code": "en_US"},
    ///   "components": [{"type": "body", "parameters": [{"type": "text", "text": "VIP"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (132018)
    pub static RULE = {
        code: "F011",
        name: "parameter-marker-may-combine",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::ParameterMarkerMayCombine;
