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
    /// WhatsApp has no escape character. The backslash is shown, and as punctuation it even
    /// lets the marker keep its meaning: `\*x\*` renders bold `x\`. Markdown converters and
    /// language models assume `\*` escapes. Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Use code \\*SAVE10\\* at checkout"}}
    /// ```
    /// Use instead: no backslashes. To show a marker literally keep it away from word edges
    /// (`5 * 3`), put it in inline code, or use a look-alike character such as `＊` (U+FF0A).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Use code SAVE10 at checkout"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: no escape is documented)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F006",
        name: "backslash-escape",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::BackslashEscape;
