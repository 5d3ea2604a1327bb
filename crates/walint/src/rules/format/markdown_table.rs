//! F012 markdown-table

use crate::format::checks::{taken, trimmed, Check, Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown table: a row of `|`-separated cells followed by a delimiter row such as `|---|:---:|`.
    ///
    /// The delimiter row may leave out the pipes at its ends and must have as many cells as
    /// the header row; the rows after it that hold a `|` belong to the table. The finding is
    /// placed on the delimiter row. Checked in rendered texts (text bodies, captions,
    /// interactive body and footer, template bodies) and template parameter values, not in
    /// headers and button titles. Tables inside ```` ``` ```` monospace are left alone: there
    /// the pipes line up as intended.
    ///
    /// ## Why is this bad
    /// WhatsApp has no tables. Meta's formatting help lists bold, italic, strikethrough,
    /// monospace, lists, quotes and inline code, nothing else, and WhatsApp's message renderer
    /// has no table syntax, so the customer sees every pipe and dash as typed, in a
    /// proportional font on a narrow phone screen. Language models produce such tables
    /// whenever they compare options. Meta accepts the message; it is only hard to read.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Our plans:\n| Plan | Price |\n|---|---|\n| Basic | $5 |\n| Pro | $9 |"}}
    /// ```
    /// Use instead: one "label: value" line per row (the display-only fix suggests exactly that).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Our plans:\nBasic: $5\nPro: $9"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the supported
    ///   formats)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F012",
        name: "markdown-table",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered, TextContext::Parameter];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::DisplayOnly, "write one line per table row");

/// A header row of `|`-separated cells directly followed by a delimiter row (`|---|:---:|`,
/// pipes optional at the ends) with as many cells: the GitHub-flavoured Markdown table.
/// Reported on the delimiter row; the rows after it that hold a `|` belong to the table.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    // Every row of a table holds a `|`.
    if !text.has('|') {
        return;
    }
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
            Check(&RULE),
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
