//! Line-start constructs: accidental lists/quotes and intended ones that will not render (R11).

use super::super::chars::{is_boundary, is_word, is_ws};
use super::super::scan::block_marker;
use super::super::BlockKind;
use super::{Check, Facts, Finding};

pub(super) fn check_all(facts: &Facts, out: &mut Vec<Finding>) {
    for (start, end) in facts.lines() {
        // Claimed lines (a Markdown horizontal rule or table row) are already explained.
        if facts.is_verbatim(start) || start == end || facts.is_claimed(start) {
            continue;
        }
        match block_marker(facts.text(), start, end) {
            Some((kind, marker_len)) => accidental(facts, kind, start, end, marker_len, out),
            None => will_not_render(facts, start, end, out),
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
                Check::AccidentalListOrQuote,
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
            Check::AccidentalListOrQuote,
            start,
            content,
            "`> ` at the start of a line makes a quote, not \"more than\"".to_string(),
        );
        finding.help = Some("write \"more than\" or put text before the `>`".into());
        out.push(finding);
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
                Check::ListOrQuoteWillNotRender,
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
                Check::ListOrQuoteWillNotRender,
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
                Check::ListOrQuoteWillNotRender,
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
                Check::ListOrQuoteWillNotRender,
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
            Check::ListOrQuoteWillNotRender,
            start,
            start + digits + 2,
            "`1) ` does not make a numbered list item: WhatsApp needs `1. `".into(),
        );
        finding.help = Some("write the number with a period: `1. item`".into());
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
