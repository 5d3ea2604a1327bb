//! F004 markdown-heading
//!
//! The rule's docs, where it runs, and its check.

use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown heading (`# Title` … `###### Title`) at the start of a line.
    ///
    /// ## Why is this bad
    /// Headings are not rendered in WhatsApp chats (they exist only in AI rich responses): the
    /// customer sees the `#` characters. WhatsApp's formatting help lists bold, italic,
    /// strikethrough, monospace, lists, quotes and inline code, and no headings. Meta accepts the
    /// message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "# Order update\nYour parcel has shipped."}}
    /// ```
    /// Use instead: emphasise the line with bold.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Order update*\nYour parcel has shipped."}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the supported formats)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/openclaw/openclaw/pull/113010 (converters rewrite `# Title` as `*Title*` for WhatsApp)
    pub static RULE = {
        code: "F004",
        name: "markdown-heading",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered, TextContext::Plain, TextContext::Parameter];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Unsafe, "make the heading bold");

/// `# Title` … `###### Title` at the start of a line.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    if !text.has('#') {
        return;
    }
    for (start, end) in facts.lines() {
        if facts.is_verbatim(start) {
            continue;
        }
        let hashes = (start..end).take_while(|&i| text.at(i) == Some('#')).count();
        let title_start = start + hashes + 1;
        if !(1..=6).contains(&hashes) || text.at(start + hashes) != Some(' ') {
            continue;
        }
        let title = text.slice(title_start, end);
        let title = title.trim();
        if title.is_empty() {
            continue;
        }
        let mut finding = facts.finding(
            Check(&RULE),
            start,
            title_start,
            "Markdown headings are not rendered in WhatsApp chats: the `#` is shown".to_string(),
        );
        finding.help = Some("emphasise the line with bold instead: `*Title*`".to_string());
        if !title.contains(['*', '\n']) {
            finding.fix = Some(facts.replace(start, end, format!("*{title}*")));
        }
        out.push(finding);
    }
}
