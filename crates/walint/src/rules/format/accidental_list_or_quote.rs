//! F008 accidental-list-or-quote
//!
//! The rule's docs, where it runs, and its check.

use crate::format::chars::{is_boundary, is_ws};
use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::format::scan::block_marker;
use crate::format::BlockKind;
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a line that WhatsApp turns into a list item or quote by accident.
    ///
    /// The line start reads as something else: `* bold*` (meant as bold) and `> 100 users` (meant
    /// as "more than").
    ///
    /// ## Why is this bad
    /// Since 2024 WhatsApp renders a line starting with `* `, `- `, `• ` or `N. ` as a list item
    /// and one starting with `> ` as a quote. `* bold*` therefore renders a bullet item ending in
    /// `*` instead of bold text, and `> 100` renders a quote bar instead of "more than 100".
    /// Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "* Important* read this first"}}
    /// ```
    /// Use instead: remove the space after the first `*` to make it bold.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Important* read this first"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: bulleted list is an
    ///   asterisk or hyphen and a space, quote an angle bracket and a space)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F008",
        name: "accidental-list-or-quote",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Unsafe, "remove the list marker's space");

/// Lines that start with a list or quote marker: reported when they read as something else.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    for (start, end) in facts.lines() {
        // Claimed lines (a Markdown horizontal rule or table row) are already explained.
        if facts.is_verbatim(start) || start == end || facts.is_claimed(start) {
            continue;
        }
        if let Some((kind, marker_len)) = block_marker(facts.text(), start, end) {
            accidental(facts, kind, start, end, marker_len, out);
        }
    }
}

/// `* bold*` (a bullet, not bold) and `> 100 users` (a quote, not "more than").
fn accidental(
    facts: &Facts,
    kind: BlockKind,
    start: usize,
    end: usize,
    marker_len: usize,
    out: &mut Vec<Finding>,
) {
    let text = facts.text();
    let content = start + marker_len;
    if kind == BlockKind::Bullet && text.at(start) == Some('*') {
        // A `*` later on the line shaped like a closer (`* Important* read this`): the
        // author meant bold, WhatsApp shows a bullet item with a stray `*`.
        let closes_like_bold = (content + 1..end).any(|i| {
            text.at(i) == Some('*')
                && !facts.is_marker(i)
                && !facts.is_verbatim(i)
                && text.before(i).is_some_and(|c| !is_ws(c))
                && (i + 1 == end || text.at(i + 1).is_some_and(is_boundary))
        });
        if closes_like_bold {
            let mut finding = facts.finding(
                Check(&RULE),
                start,
                content,
                "`* ` at the start of a line makes a bullet item, not bold: the line shows \
                 as a list item with a stray `*`"
                    .to_string(),
            );
            finding.help = Some("remove the space after the first `*` to make it bold".into());
            finding.fix = Some(facts.replace(start, content, "*"));
            out.push(finding);
        }
    }
    if kind == BlockKind::Quote && text.at(content).is_some_and(|c| c.is_ascii_digit()) {
        let mut finding = facts.finding(
            Check(&RULE),
            start,
            content,
            "`> ` at the start of a line makes a quote, not \"more than\"".to_string(),
        );
        finding.help = Some("write \"more than\" or put text before the `>`".into());
        out.push(finding);
    }
}
