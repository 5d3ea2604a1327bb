//! Markdown that LLM output leaves in WhatsApp texts: tables, `***bold italic***`, horizontal
//! rules and language names on fenced code (formatting.md §2 R4, R9, R12). These checks run
//! before the others and claim what they explain, so the marker, double-marker and list
//! checks stay quiet on the same characters (one finding per construct).

use super::super::chars::{is_boundary, is_ws};
use super::super::scan::block_marker;
use super::super::Style;
use super::{Check, Facts, Finding};

/// Rendered text: every check of this file.
pub(super) fn check_all(facts: &Facts, out: &mut Vec<Finding>) {
    horizontal_rules(facts, out);
    check_parameter(facts, out);
}

/// Template parameter values: everything but horizontal rules. A value is substituted in the
/// middle of the template's text, so a value such as `---` ("none") is not a line of its own.
pub(super) fn check_parameter(facts: &Facts, out: &mut Vec<Finding>) {
    tables(facts, out);
    bold_italic(facts, out);
    fenced_code_languages(facts, out);
}

/// Whether a code point of `[from, to)` is shown verbatim or already explained by a finding.
fn taken(facts: &Facts, from: usize, to: usize) -> bool {
    (from..to).any(|i| facts.is_verbatim(i) || facts.is_claimed(i))
}

/// `[from, to)` of `[start, end)` without leading and trailing whitespace.
fn trimmed(facts: &Facts, start: usize, end: usize) -> (usize, usize) {
    let text = facts.text();
    let from = (start..end)
        .find(|&i| text.at(i).is_some_and(|c| !is_ws(c)))
        .unwrap_or(start);
    let to = (from..end)
        .rev()
        .find(|&i| text.at(i).is_some_and(|c| !is_ws(c)))
        .map_or(from, |i| i + 1);
    (from, to)
}

// ---------------------------------------------------------------- tables

/// A header row of `|`-separated cells directly followed by a delimiter row (`|---|:---:|`,
/// pipes optional at the ends) with as many cells: the GitHub-flavoured Markdown table.
/// Reported on the delimiter row; the rows after it that hold a `|` belong to the table.
fn tables(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    let lines: Vec<(usize, usize)> = facts.lines().collect();
    // `k` is the candidate delimiter row, `k - 1` its header.
    let mut k = 1;
    while let (Some(&(header_start, header_end)), Some(&(start, end))) = (lines.get(k - 1), lines.get(k)) {
        k += 1;
        let Some(columns) = delimiter_columns(&text.slice(start, end)) else {
            continue;
        };
        let header = match row_cells(&text.slice(header_start, header_end)) {
            Some(cells) if cells.len() == columns && !taken(facts, header_start, end) => cells,
            _ => continue,
        };
        let mut rows: Vec<Vec<String>> = Vec::new();
        let mut table_end = end;
        while let Some(&(row_start, row_end)) = lines.get(k) {
            if taken(facts, row_start, row_end) {
                break;
            }
            let Some(cells) = row_cells(&text.slice(row_start, row_end)) else {
                break;
            };
            rows.push(cells);
            table_end = row_end;
            k += 1;
        }
        // The line after the table holds no `|` (or is verbatim): it cannot be a header.
        k += 1;

        let (from, to) = trimmed(facts, start, end);
        let mut finding = facts.finding(
            Check::MarkdownTable,
            from,
            to,
            "Markdown table: WhatsApp has no tables, so the whole table is shown verbatim, \
             every `|` and `---` included"
                .to_string(),
        );
        finding.help = Some(match rows.first() {
            Some(row) => format!(
                "write one \"label: value\" line per row instead, e.g. `{}`",
                row_line(&header, row)
            ),
            None => "write one \"label: value\" line per row instead".to_string(),
        });
        let plain: Vec<String> = if rows.is_empty() {
            vec![header
                .iter()
                .filter(|c| !c.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(", ")]
        } else {
            rows.iter().map(|row| row_line(&header, row)).collect()
        };
        finding.fix = Some(facts.replace(header_start, table_end, plain.join("\n")));
        facts.claim(start, end);
        out.push(finding);
    }
}

/// The trimmed cells of a table row (`| a | b |` or `a | b`), `None` for a line without `|`.
fn row_cells(line: &str) -> Option<Vec<String>> {
    let line = line.trim();
    if !line.contains('|') {
        return None;
    }
    let inner = line.strip_prefix('|').unwrap_or(line);
    let inner = inner.strip_suffix('|').unwrap_or(inner);
    Some(inner.split('|').map(|cell| cell.trim().to_string()).collect())
}

/// The number of cells of a delimiter row: every cell is dashes with an optional `:` at
/// either end (`---`, `:---`, `:-:`). `None` for any other line.
fn delimiter_columns(line: &str) -> Option<usize> {
    let cells = row_cells(line)?;
    let valid = cells.iter().all(|cell| {
        let cell = cell.as_str();
        let dashes = cell.strip_prefix(':').unwrap_or(cell);
        let dashes = dashes.strip_suffix(':').unwrap_or(dashes);
        !dashes.is_empty() && dashes.chars().all(|c| c == '-')
    });
    valid.then_some(cells.len())
}

/// One table row as a line of text: `label: value` for two columns, else
/// `label — header: value, header: value`. Empty cells are left out.
fn row_line(header: &[String], row: &[String]) -> String {
    let mut cells = row.iter().map(String::as_str);
    let label = cells.next().unwrap_or_default();
    let rest: Vec<(&str, &str)> = header
        .iter()
        .skip(1)
        .map(String::as_str)
        .zip(cells)
        .filter(|(_, value)| !value.is_empty())
        .collect();
    match rest.as_slice() {
        [] => label.to_string(),
        [(_, value)] if header.len() == 2 => format!("{label}: {value}"),
        _ => {
            let pairs: Vec<String> = rest
                .iter()
                .map(|(name, value)| {
                    if name.is_empty() {
                        value.to_string()
                    } else {
                        format!("{name}: {value}")
                    }
                })
                .collect();
            format!("{label} — {}", pairs.join(", "))
        }
    }
}

// ---------------------------------------------------------------- bold italic

/// `***x***` and `___x___` on one line: a tripled opener at a word start, a tripled closer at
/// a word end, content not starting or ending with whitespace or the marker.
fn bold_italic(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    for marker in ['*', '_'] {
        let is_triple = |i: usize| {
            (i..i + 3).all(|j| text.at(j) == Some(marker))
                && text.before(i) != Some(marker)
                && text.at(i + 3) != Some(marker)
                && !taken(facts, i, i + 3)
        };
        for (line_start, line_end) in facts.lines() {
            // Tripled markers of this line, in order; pair an opener with the next closer.
            let mut pending: Option<usize> = None;
            let mut i = line_start;
            while i + 2 < line_end {
                if !is_triple(i) {
                    i += 1;
                    continue;
                }
                let opens =
                    text.before(i).map_or(true, is_boundary) && text.at(i + 3).is_some_and(|c| !is_ws(c));
                let closes =
                    text.before(i).is_some_and(|c| !is_ws(c)) && text.at(i + 3).map_or(true, is_boundary);
                match pending {
                    Some(open) if closes && i > open + 3 => {
                        out.push(bold_italic_finding(facts, marker, open, i));
                        facts.claim(open, open + 3);
                        facts.claim(i, i + 3);
                        pending = None;
                    }
                    _ if opens => pending = Some(i),
                    _ => {}
                }
                i += 3;
            }
        }
    }
}

fn bold_italic_finding(facts: &Facts, marker: char, open: usize, close: usize) -> Finding {
    let content = facts.text().slice(open + 3, close);
    let (shown, outer, inner) = if marker == '*' {
        ("bold", '*', '_')
    } else {
        ("italic", '_', '*')
    };
    let mut finding = facts.finding(
        Check::MarkdownBoldItalic,
        open,
        open + 3,
        format!(
            "`{marker}{marker}{marker}…{marker}{marker}{marker}` is Markdown bold italic, not \
             WhatsApp: this shows as {shown} `{marker}{marker}{content}` followed by a stray \
             `{marker}{marker}`"
        ),
    );
    finding.help = Some(format!(
        "WhatsApp writes bold italic with single nested markers: `{outer}{inner}{content}{inner}{outer}`"
    ));
    finding.fix = Some(facts.replace(open, close + 3, format!("{outer}{inner}{content}{inner}{outer}")));
    finding
}

// ---------------------------------------------------------------- horizontal rules

/// A line of three or more `-`, `*` or `_` (one kind), with spaces or tabs around and between
/// them and nothing else.
fn horizontal_rules(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    let rules: Vec<(usize, usize, char)> = facts
        .lines()
        .filter_map(|(start, end)| rule_marker(facts, start, end).map(|marker| (start, end, marker)))
        .collect();
    if rules.is_empty() {
        return;
    }
    // What stays around each rule once every rule is removed: the last character before it
    // and the first after it that are neither whitespace nor part of a rule.
    let mut in_rule = vec![false; text.len()];
    for &(start, end, _) in &rules {
        if let Some(flags) = in_rule.get_mut(start..end) {
            flags.fill(true);
        }
    }
    let other = |i: usize| !in_rule.get(i).copied().unwrap_or(true) && text.at(i).is_some_and(|c| !is_ws(c));
    let mut before: Vec<Option<char>> = Vec::with_capacity(rules.len());
    let (mut last, mut i) = (None, 0);
    for &(start, _, _) in &rules {
        while i < start {
            if other(i) {
                last = text.at(i);
            }
            i += 1;
        }
        before.push(last);
    }
    let mut after: Vec<Option<char>> = vec![None; rules.len()];
    let (mut next, mut j) = (None, text.len());
    for (r, &(_, end, _)) in rules.iter().enumerate().rev() {
        while j > end {
            j -= 1;
            if other(j) {
                next = text.at(j);
            }
        }
        if let Some(slot) = after.get_mut(r) {
            *slot = next;
        }
    }

    for (r, &(start, end, marker)) in rules.iter().enumerate() {
        let line = text.slice(start, end);
        let line = line.trim();
        // A rule can be a whole line of dashes: quote a short one only.
        let quoted = if line.chars().count() <= 20 {
            line.to_string()
        } else {
            format!("{marker}{marker}{marker}…")
        };
        let shown = if block_marker(text, start, end).is_some() {
            "WhatsApp shows it as a list item".to_string()
        } else if (start..end).any(|i| facts.is_marker(i)) {
            let style = if marker == '*' { "bold" } else { "italic" };
            format!("WhatsApp even formats part of it as {style}")
        } else {
            "WhatsApp shows the characters as typed".to_string()
        };
        let mut finding = facts.finding(
            Check::MarkdownHorizontalRule,
            start,
            end,
            format!("`{quoted}` is a Markdown horizontal rule, which WhatsApp does not draw: {shown}"),
        );
        finding.help = Some("leave an empty line between the sections instead".to_string());
        // Only between two pieces of text: removing a rule at the start or end would leave a
        // text that is empty or starts/ends differently (a template body could then start or
        // end with a variable), and removing it between `{{1}}` and `{{2}}` would make the
        // variables adjacent.
        let (prev, following) = (before.get(r).copied().flatten(), after.get(r).copied().flatten());
        let between_variables = prev == Some('}') && following == Some('{');
        if prev.is_some() && following.is_some() && !between_variables {
            finding.fix = Some(facts.replace(start, end, ""));
        }
        facts.claim(start, end);
        out.push(finding);
    }
}

/// The rule character of a horizontal-rule line `[start, end)`, `None` for other lines. A
/// trailing `\r` (CRLF text) is allowed; a line starting with one is not a rule (the
/// prefilter's list-like line test relies on that).
fn rule_marker(facts: &Facts, start: usize, end: usize) -> Option<char> {
    let text = facts.text();
    let mut marker: Option<char> = None;
    let mut count = 0;
    for i in start..end {
        let c = text.at(i)?;
        if matches!(c, ' ' | '\t') || (c == '\r' && i + 1 == end) {
            continue;
        }
        let other_kind = marker.is_some_and(|m| m != c);
        if !matches!(c, '-' | '*' | '_') || other_kind || facts.is_verbatim(i) || facts.is_claimed(i) {
            return None;
        }
        marker = Some(c);
        count += 1;
    }
    marker.filter(|_| count >= 3)
}

// ---------------------------------------------------------------- fenced code languages

/// An accepted monospace span opening at a line start with a language name right after the
/// fence and a line break (```` ```python ````), with code after it. The name is a lowercase
/// word of letters, digits and `_+#-` (at most [`MAX_TAG`] long), as Markdown info strings
/// are written; a capitalised first line (```` ```Total ````) reads as content and is left
/// alone.
fn fenced_code_languages(facts: &Facts, out: &mut Vec<Finding>) {
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
        let mut finding = facts.finding(
            Check::FencedCodeLanguage,
            tag_start,
            tag_end,
            format!(
                "`{tag}` after the opening ``` is a Markdown code-block language, which WhatsApp \
                 does not know: it is shown as the first line of the monospace block"
            ),
        );
        finding.help =
            Some("remove the language name and keep the line break after the opening ```".to_string());
        finding.fix = Some(facts.replace(tag_start, tag_end, ""));
        out.push(finding);
    }
}

/// Longer first "words" are content, not a language name.
const MAX_TAG: usize = 30;

fn is_tag_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '+' | '#' | '-')
}
