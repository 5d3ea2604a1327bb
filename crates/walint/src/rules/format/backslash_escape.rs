//! F006 backslash-escape
//!
//! The rule's docs, where it runs, and its check.

use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

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

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered, TextContext::Plain, TextContext::Parameter];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::DisplayOnly, "rewrite the formatting");

/// `\*`, `\_`, `\~`, `` \` ``: backslash is not an escape in WhatsApp.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    if !text.has('\\') {
        return;
    }
    for i in 0..text.len() {
        let Some(marker) = text.at(i + 1) else { break };
        if text.at(i) != Some('\\') || !matches!(marker, '*' | '_' | '~' | '`') || facts.is_verbatim(i) {
            continue;
        }
        // A backtick in backticks reads as three: name it.
        let named = if marker == '`' { "the backtick".to_string() } else { format!("`{marker}`") };
        let mut finding = facts.finding(
            Check(&RULE),
            i,
            i + 2,
            format!(
                "WhatsApp has no escape character: the backslash is shown and {named} keeps \
                 its formatting meaning"
            ),
        );
        finding.help = Some(format!(
            "remove the backslash; to show {named} literally keep it away from word edges \
             (e.g. `5 {marker} 3`), put it in `code`, or use a look-alike character"
        ));
        out.push(finding);
        facts.claim(i, i + 2);
    }
}
