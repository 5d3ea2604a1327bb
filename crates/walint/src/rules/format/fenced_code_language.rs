//! F015 fenced-code-language

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a language name after a code fence, as in a line that starts with three backticks and `python`.
    ///
    /// Reported when the three backticks start a line and open monospace, the name follows them
    /// directly (a lowercase word of letters, digits and `_+#-`, as Markdown writes it), a
    /// line break comes next, and the block holds code after it. A capitalised first line
    /// (three backticks then `Total`) reads as content and is left alone.
    ///
    /// ## Why is this bad
    /// WhatsApp monospace is three backticks on each side and nothing more: there is no
    /// language or highlighting, so the customer sees `python` as the first line of the
    /// block. Language models add the name to every code block. Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Run this:\n```bash\nnpm install acme\n```"}}
    /// ```
    /// Use instead (the safe fix removes the name and keeps the line break):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Run this:\n```\nnpm install acme\n```"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: monospace)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/openclaw/openclaw/pull/113010 (converters strip fenced-code language identifiers for WhatsApp)
    pub static RULE = {
        code: "F015",
        name: "fenced-code-language",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::FencedCodeLanguage;
