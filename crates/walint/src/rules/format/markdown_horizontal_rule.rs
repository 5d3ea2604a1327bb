//! F014 markdown-horizontal-rule

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown horizontal rule: a line made only of three or more `-`, `*` or `_` (one kind, spaces allowed between).
    ///
    /// Checked in rendered texts (text bodies, captions, interactive body and footer, template
    /// bodies), not in template parameter values: a value is substituted in the middle of a
    /// line, so a value `---` ("none") is no line of its own. Lines inside ```` ``` ````
    /// monospace are left alone.
    ///
    /// ## Why is this bad
    /// WhatsApp draws no dividers. `---` is shown as three dashes; `***` even renders as a
    /// bold `*`, `___` as an italic `_`, and `- - -` or `* * *` become a bullet item. Language
    /// models put such rules between sections of a reply. Meta accepts the message; it just
    /// looks broken.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order has shipped.\n---\nQuestions? Reply to this message."}}
    /// ```
    /// Use instead: an empty line between the sections.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order has shipped.\n\nQuestions? Reply to this message."}}
    /// ```
    /// The safe fix replaces the rule with an empty line; it is offered only between two
    /// pieces of text (not at the start or end, where removing it would change how a template
    /// body starts or ends, and not between two variables, which would make them adjacent).
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the supported
    ///   formats, lists start with `* ` or `- `)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F014",
        name: "markdown-horizontal-rule",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::MarkdownHorizontalRule;
