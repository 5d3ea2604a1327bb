//! F005 markdown-link
//!
//! The rule's docs, where it runs, and its check.

use crate::format::chars::is_ws;
use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

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

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered, TextContext::Plain, TextContext::Parameter];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Unsafe, "write the link as plain text");

/// `[text](url)` with a non-empty text and a URL without whitespace, on one line.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    if !text.has('[') {
        return;
    }
    let mut i = 0;
    while i < text.len() {
        if text.at(i) != Some('[') || facts.is_verbatim(i) {
            i += 1;
            continue;
        }
        // Label: up to the next `]`; another `[` or a newline restarts the search there.
        let mut j = i + 1;
        while let Some(c) = text.at(j) {
            if matches!(c, ']' | '[' | '\n') {
                break;
            }
            j += 1;
        }
        if text.at(j) != Some(']') || j == i + 1 || text.at(j + 1) != Some('(') {
            i = j.max(i + 1);
            continue;
        }
        let url_start = j + 2;
        let mut k = url_start;
        while text.at(k).is_some_and(|c| c != ')' && !is_ws(c)) {
            k += 1;
        }
        if text.at(k) != Some(')') || k == url_start {
            i = k.max(i + 1);
            continue;
        }
        let label = text.slice(i + 1, j);
        let url = text.slice(url_start, k);
        let mut finding = facts.finding(
            Check(&RULE),
            i,
            k + 1,
            "Markdown links are not rendered in WhatsApp: brackets and parentheses are shown".to_string(),
        );
        finding.help = Some("write the URL in plain text; WhatsApp makes it tappable".to_string());
        let plain = if label == url {
            url
        } else {
            format!("{label}: {url}")
        };
        finding.fix = Some(facts.replace(i, k + 1, plain));
        out.push(finding);
        i = k + 1;
    }
}
