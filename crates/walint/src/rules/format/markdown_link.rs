//! F005 markdown-link
//!
//! The `format::Check::MarkdownLink` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown link `[text](url)`.
    ///
    /// ## Why is this bad
    /// WhatsApp has no link syntax: it shows the text verbatim, brackets and parentheses
    /// included. The URL is still detected inside the parentheses, so the message looks broken
    /// rather than linked. Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Track it [here](https://example.com/t/42)"}}
    /// ```
    /// Use instead: the plain URL, which WhatsApp makes tappable (set `preview_url` for a preview).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Track it here: https://example.com/t/42"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    ///   (the body "supports URLs"; link preview of the first URL)
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the supported formats)
    /// - https://github.com/openclaw/openclaw/pull/113010 (converters rewrite `[docs](url)` as `docs (url)`)
    pub static RULE = {
        code: "F005",
        name: "markdown-link",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkdownLink;
