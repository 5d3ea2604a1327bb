//! Markdown habits that WhatsApp does not understand (formatting.md R9, R10, R12; §7 item 4).

use super::super::chars::{is_boundary, is_ws};
use super::{Check, Facts, Finding};

pub(super) fn check_all(facts: &Facts, out: &mut Vec<Finding>) {
    double_markers(facts, out);
    check_heading_link_escape(facts, out);
}

pub(super) fn check_heading_link_escape(facts: &Facts, out: &mut Vec<Finding>) {
    headings(facts, out);
    links(facts, out);
    backslash_escapes(facts, out);
}

/// `**x**`, `__x__`, `~~x~~` on one line: a doubled opener at a word start, a doubled closer at a
/// word end, content not starting or ending with whitespace or the marker.
fn double_markers(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    for marker in ['*', '_', '~'] {
        let is_double = |i: usize| {
            text.at(i) == Some(marker)
                && text.at(i + 1) == Some(marker)
                && text.before(i) != Some(marker)
                && text.at(i + 2) != Some(marker)
                && !facts.is_verbatim(i)
                && !facts.is_claimed(i)
        };
        for (line_start, line_end) in facts.lines() {
            // Doubled markers of this line, in order; pair an opener with the next closer.
            let mut pending: Option<usize> = None;
            let mut i = line_start;
            while i + 1 < line_end {
                if !is_double(i) {
                    i += 1;
                    continue;
                }
                let opens =
                    text.before(i).map_or(true, is_boundary) && text.at(i + 2).is_some_and(|c| !is_ws(c));
                let closes =
                    text.before(i).is_some_and(|c| !is_ws(c)) && text.at(i + 2).map_or(true, is_boundary);
                match pending {
                    Some(open) if closes && i > open + 2 => {
                        out.push(double_finding(facts, marker, open, i));
                        facts.claim(open, i + 2);
                        pending = None;
                    }
                    _ if opens => pending = Some(i),
                    _ => {}
                }
                i += 2;
            }
        }
    }
}

fn double_finding(facts: &Facts, marker: char, open: usize, close: usize) -> Finding {
    let content = facts.text().slice(open + 2, close);
    let (name, shown) = match marker {
        '*' => ("bold", "bold"),
        '_' => ("italic", "italic"),
        _ => ("strikethrough", "struck-through"),
    };
    let mut finding = facts.finding(
        Check::MarkdownDoubleMarker,
        open,
        open + 2,
        format!(
            "`{marker}{marker}…{marker}{marker}` is Markdown, not WhatsApp: this shows as {shown} \
             `{marker}{content}` followed by a stray `{marker}`"
        ),
    );
    finding.help = Some(format!(
        "WhatsApp {name} uses single markers: `{marker}{content}{marker}`"
    ));
    finding.fix = Some(facts.replace(open, close + 2, format!("{marker}{content}{marker}")));
    finding
}

/// `# Title` … `###### Title` at the start of a line.
fn headings(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
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
            Check::MarkdownHeading,
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

/// `[text](url)` with a non-empty text and a URL without whitespace, on one line.
fn links(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
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
            Check::MarkdownLink,
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

/// `\*`, `\_`, `\~`, `` \` ``: backslash is not an escape in WhatsApp.
fn backslash_escapes(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    for i in 0..text.len() {
        let Some(marker) = text.at(i + 1) else { break };
        if text.at(i) != Some('\\') || !matches!(marker, '*' | '_' | '~' | '`') || facts.is_verbatim(i) {
            continue;
        }
        let mut finding = facts.finding(
            Check::BackslashEscape,
            i,
            i + 2,
            format!(
                "WhatsApp has no escape character: the backslash is shown and `{marker}` keeps \
                 its formatting meaning"
            ),
        );
        finding.help = Some(format!(
            "remove the backslash; to show `{marker}` literally keep it away from word edges \
             (e.g. `5 {marker} 3`), put it in `code`, or use a look-alike character"
        ));
        out.push(finding);
        facts.claim(i, i + 2);
    }
}
