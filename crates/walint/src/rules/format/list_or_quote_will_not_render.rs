//! F009 list-or-quote-will-not-render
//!
//! The rule's docs, where it runs, and its check.

use crate::format::chars::is_word;
use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::format::scan::block_marker;
use crate::format::BlockKind;
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a list item or quote that will not render as one.
    ///
    /// The line looks like one but is indented (`  - item`, nested lists), has two spaces after
    /// the marker (`-  item`, `1.  x`), no space (`>text`, `1.item`, `•item`), is written `1) item`,
    /// or is a nested quote `>> x`.
    ///
    /// ## Why is this bad
    /// WhatsApp recognises list and quote markers only at the very start of a line with exactly one
    /// space after them (`* `, `- `, `• `, `1. ` with one or two digits, `> `), and has no nested
    /// lists or quotes. Otherwise the raw marker is shown: the line reads as typed, without the
    /// list or quote styling. Meta accepts the message.
    ///
    /// An `info`, not a warning: the text still reads as written. Run on real bot replies and
    /// notification texts (November 2026), every one of 24 findings was on a line its author
    /// meant to show as typed (`1) Option` menus, indented `•` sub-items, ` - ` separators).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Steps:\n1) Open the app\n2) Tap Pay"}}
    /// ```
    /// Use instead: number, period and one space.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Steps:\n1. Open the app\n2. Tap Pay"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: "place a number,
    ///   period, and space before each line of text"; a quote is an angle bracket and a space)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F009",
        name: "list-or-quote-will-not-render",
        severity: Info,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Unsafe, "write the marker WhatsApp recognises");

/// Lines without a list or quote marker that look like one.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    for (start, end) in facts.lines() {
        // Claimed lines (a Markdown horizontal rule or table row) are already explained.
        if facts.is_verbatim(start) || start == end || facts.is_claimed(start) {
            continue;
        }
        if block_marker(facts.text(), start, end).is_none() {
            will_not_render(facts, start, end, out);
        }
    }
}

/// Lines that look like list items or quotes but miss the exact R11 shape.
fn will_not_render(facts: &Facts, start: usize, end: usize, out: &mut Vec<Finding>) {
    let text = facts.text();
    let at = |i: usize| if i < end { text.at(i) } else { None };

    // Indented marker: lists and quotes only start at column 0 (and do not nest).
    let indent = (start..end)
        .take_while(|&i| matches!(at(i), Some(' ' | '\t')))
        .count();
    if indent > 0 {
        if let Some((kind, marker_len)) = block_marker(text, start + indent, end) {
            let mut finding = facts.finding(
                Check(&RULE),
                start,
                start + indent + marker_len,
                format!(
                    "indented {} marker: WhatsApp only recognises it at the very start of a \
                     line (nested lists are not supported), so it is shown as typed",
                    describe_kind(kind)
                ),
            );
            finding.help = Some("remove the leading whitespace".into());
            finding.fix = Some(facts.replace(start, start + indent, ""));
            out.push(finding);
        }
        return;
    }

    let first = at(start);
    let digits = (start..end)
        .take_while(|&i| at(i).is_some_and(|c| c.is_ascii_digit()))
        .count();
    // (marker length before the gap, kind)
    let marker = match first {
        Some('*' | '•' | '-') => Some((1, BlockKind::Bullet)),
        Some('>') => Some((1, BlockKind::Quote)),
        Some(_) if (1..=2).contains(&digits) && at(start + digits) == Some('.') => {
            Some((digits + 1, BlockKind::Numbered))
        }
        _ => None,
    };

    if let Some((marker_len, kind)) = marker {
        let gap_start = start + marker_len;
        let spaces = (gap_start..end).take_while(|&i| at(i) == Some(' ')).count();
        let rest = at(gap_start + spaces);
        if spaces >= 2 && rest.is_some() {
            let mut finding = facts.finding(
                Check(&RULE),
                start,
                gap_start + spaces,
                format!(
                    "{} marker followed by {spaces} spaces: WhatsApp needs exactly one, so the \
                     line is shown as typed",
                    describe_kind(kind)
                ),
            );
            finding.help = Some("use exactly one space after the marker".into());
            finding.fix = Some(facts.replace(gap_start, gap_start + spaces, " "));
            out.push(finding);
            return;
        }
        let glued = spaces == 0 && rest.is_some_and(|c| is_word(c) && !c.is_numeric());
        // `-word` is usually an option or a minus sign, `*word` is bold: only flag `•`, `>`, `1.`.
        if glued && (matches!(first, Some('•' | '>')) || kind == BlockKind::Numbered) {
            let mut finding = facts.finding(
                Check(&RULE),
                start,
                gap_start,
                format!(
                    "{} marker without a space after it: the line is shown as typed",
                    describe_kind(kind)
                ),
            );
            finding.help = Some("put one space after the marker".into());
            finding.fix = Some(facts.replace(gap_start, gap_start, " "));
            out.push(finding);
            return;
        }
    }

    // `>> text`: nested quotes do not exist.
    if first == Some('>') && at(start + 1) == Some('>') {
        let depth = (start..end).take_while(|&i| at(i) == Some('>')).count();
        if at(start + depth) == Some(' ') {
            let mut finding = facts.finding(
                Check(&RULE),
                start,
                start + depth,
                "nested quotes (`>>`) are not supported: the line is shown as typed".into(),
            );
            finding.help = Some("use a single `> `".into());
            finding.fix = Some(facts.replace(start, start + depth, ">"));
            out.push(finding);
        }
        return;
    }

    // `1) item`: only `1. ` makes a numbered item.
    if (1..=2).contains(&digits) && at(start + digits) == Some(')') && at(start + digits + 1) == Some(' ') {
        let mut finding = facts.finding(
            Check(&RULE),
            start,
            start + digits + 2,
            format!(
                "`{number}) ` does not make a numbered list item: WhatsApp needs `{number}. `",
                number = text.slice(start, start + digits)
            ),
        );
        finding.help = Some(format!(
            "write the number with a period: `{}. item`",
            text.slice(start, start + digits)
        ));
        finding.fix = Some(facts.replace(start + digits, start + digits + 1, "."));
        out.push(finding);
    }
}

fn describe_kind(kind: BlockKind) -> &'static str {
    match kind {
        BlockKind::Bullet => "bullet",
        BlockKind::Numbered => "numbered-list",
        BlockKind::Quote => "quote",
    }
}
