//! F015 fenced-code-language

use crate::format::chars::is_ws;
use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::format::Style;
use crate::diagnostic::Applicability;
use crate::declare_rule;

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

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered, TextContext::Parameter];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Safe, "remove the code-block language");

/// An accepted monospace span opening at a line start with a language name right after the
/// fence and a line break (```` ```python ````), with code after it. The name is a lowercase
/// word of letters, digits and `_+#-` (at most [`MAX_TAG`] long), as Markdown info strings
/// are written; a capitalised first line (```` ```Total ````) reads as content and is left
/// alone.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    for (style, span) in facts.analysis.inline() {
        let at_line_start = span.start == 0 || text.before(span.start) == Some('\n');
        if style != Style::Mono || !at_line_start {
            continue;
        }
        let tag_start = span.content_start;
        let tag_end = (tag_start..span.content_end)
            .find(|&i| !text.at(i).is_some_and(is_tag_char))
            .unwrap_or(span.content_end);
        let newline = match (text.at(tag_end), text.at(tag_end + 1)) {
            (Some('\n'), _) => tag_end,
            (Some('\r'), Some('\n')) => tag_end + 1,
            _ => continue,
        };
        let starts_with_letter = text.at(tag_start).is_some_and(|c| c.is_ascii_lowercase());
        // Without code after the name, removing it would leave whitespace-only content,
        // which is not monospace at all.
        let has_code = (newline + 1..span.content_end).any(|i| text.at(i).is_some_and(|c| !is_ws(c)));
        if tag_end == tag_start || tag_end - tag_start > MAX_TAG || !starts_with_letter || !has_code {
            continue;
        }
        let tag = text.slice(tag_start, tag_end);
        // An LLM that wraps its whole Markdown answer in ```markdown freezes all of it: shown
        // as typed, in monospace, headings, tables and `**` included.
        let wraps_markdown = matches!(tag.as_ref(), "markdown" | "md");
        let message = if wraps_markdown {
            format!(
                "`{tag}` after the opening ``` wraps Markdown in a code block: none of it renders, \
                 it is all shown as typed in monospace, `{tag}` as its first line"
            )
        } else {
            format!(
                "`{tag}` after the opening ``` is a Markdown code-block language, which WhatsApp \
                 does not know: it is shown as the first line of the monospace block"
            )
        };
        let mut finding = facts.finding(Check(&RULE), tag_start, tag_end, message);
        finding.help = Some(if wraps_markdown {
            "unwrap the answer (remove both ``` lines) and write WhatsApp formatting: `*bold*`, \
             `_italic_`, lists"
                .to_string()
        } else {
            "remove the language name and keep the line break after the opening ```".to_string()
        });
        finding.fix = Some(facts.replace(tag_start, tag_end, ""));
        out.push(finding);
    }
}

fn is_tag_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '+' | '#' | '-')
}

/// Longer first "words" are content, not a language name.
const MAX_TAG: usize = 30;
