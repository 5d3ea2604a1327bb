//! The code frame under a finding: the source lines of its span, with carets under the
//! exact value (or key). Tabs are expanded and wide characters (emoji, CJK) counted by
//! their display width so the carets line up; long lines are cut around the span.

use unicode_width::UnicodeWidthChar;

/// Widest source text shown on one line.
const MAX_WIDTH: usize = 120;
/// Context kept left of the span when a long line is cut.
const LEFT_CONTEXT: usize = 30;
const TAB: &str = "    ";

/// One shown source line: its number, text, and where the carets go.
#[derive(Debug, PartialEq, Eq)]
pub struct FrameLine {
    pub number: usize,
    pub text: String,
    pub pad: usize,
    pub carets: usize,
}

/// What to show for the byte span `start..end` of `source`: the span's lines, with the
/// middle of a long multi-line span left out (`None` marks the gap).
pub fn frame_lines(source: &str, start: usize, end: usize) -> Vec<Option<FrameLine>> {
    let start = floor_boundary(source, start);
    let end = floor_boundary(source, end.max(start));
    let mut lines = Vec::new();
    let mut offset = 0;
    for (index, raw) in source.split_inclusive('\n').enumerate() {
        let line_start = offset;
        offset += raw.len();
        let text = raw.trim_end_matches(['\n', '\r']);
        let line_end = line_start + text.len();
        if line_start > end {
            break;
        }
        let included = if start == end {
            line_start <= start && start <= line_end
        } else {
            line_start < end && start <= line_end
        };
        if !included {
            continue;
        }
        let mut from = start.saturating_sub(line_start).min(text.len());
        if line_start > start {
            // A continuation line: underline from its first non-blank character.
            from = text.len() - text.trim_start().len();
        }
        let to = end.saturating_sub(line_start).min(text.len()).max(from);
        lines.push(render_line(index + 1, text, from, to));
    }
    if lines.is_empty() {
        return Vec::new();
    }
    if lines.len() > 4 {
        let last = lines.pop();
        lines.truncate(2);
        return lines
            .into_iter()
            .map(Some)
            .chain([None])
            .chain(last.map(Some))
            .collect();
    }
    lines.into_iter().map(Some).collect()
}

fn floor_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// One line with carets under the bytes `from..to` of it.
fn render_line(number: usize, text: &str, from: usize, to: usize) -> FrameLine {
    // Display cells of each char, with its byte offset.
    let cells: Vec<(usize, String, usize)> = text
        .char_indices()
        .map(|(offset, c)| match c {
            '\t' => (offset, TAB.to_owned(), TAB.len()),
            c if c.is_control() => (offset, "\u{FFFD}".to_owned(), 1),
            c => (offset, c.to_string(), c.width().unwrap_or(0)),
        })
        .collect();
    let column_of = |byte: usize| -> usize {
        cells
            .iter()
            .take_while(|(offset, _, _)| *offset < byte)
            .map(|(_, _, w)| w)
            .sum()
    };
    let (span_start, span_end) = (column_of(from), column_of(to));
    let total: usize = cells.iter().map(|(_, _, w)| w).sum();
    let (window_start, window_end) = if total <= MAX_WIDTH {
        (0, total)
    } else {
        let window_start = span_start.saturating_sub(LEFT_CONTEXT);
        (window_start, (window_start + MAX_WIDTH).min(total))
    };
    let mut shown = String::new();
    let mut column = 0;
    for (_, cell, width) in &cells {
        if column >= window_start && column + width <= window_end {
            shown.push_str(cell);
        }
        column += width;
    }
    let mut pad = span_start.saturating_sub(window_start);
    if window_start > 0 {
        shown.insert(0, '…');
        pad += 1;
    }
    if window_end < total {
        shown.push('…');
    }
    let visible_end = span_end.min(window_end);
    FrameLine {
        number,
        text: shown,
        pad,
        carets: visible_end.saturating_sub(span_start.max(window_start)).max(1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn only(lines: Vec<Option<FrameLine>>) -> FrameLine {
        lines.into_iter().flatten().next().expect("one line")
    }

    #[test]
    fn carets_under_the_value() {
        let source = "{\n  \"to\": \"123\"\n}";
        let start = source.find("\"123\"").unwrap();
        let line = only(frame_lines(source, start, start + 5));
        assert_eq!((line.number, line.pad, line.carets), (2, 8, 5));
        assert_eq!(line.text, "  \"to\": \"123\"");
    }

    #[test]
    fn wide_characters_and_tabs_shift_the_carets() {
        let source = "{\t\"a\": \"🎉\", \"b\": 1}";
        let start = source.find('1').unwrap();
        let line = only(frame_lines(source, start, start + 1));
        // `{` 1 + tab 4 + `"a": "` 6 + 🎉 2 + `", "b": ` 8
        assert_eq!((line.pad, line.carets), (21, 1));
    }

    #[test]
    fn long_lines_are_cut_around_the_span() {
        let source = format!("{{\"a\": \"{}\", \"b\": true}}", "x".repeat(300));
        let start = source.find("true").unwrap();
        let line = only(frame_lines(&source, start, start + 4));
        assert!(line.text.starts_with('…'));
        assert_eq!(
            line.text.chars().skip(line.pad).take(4).collect::<String>(),
            "true"
        );
        assert_eq!(line.carets, 4);
    }

    #[test]
    fn long_spans_leave_out_the_middle() {
        let source = "{\n\"a\": [\n1,\n2,\n3,\n4\n]\n}";
        let start = source.find('[').unwrap();
        let end = source.find(']').unwrap() + 1;
        let lines = frame_lines(source, start, end);
        let numbers: Vec<Option<usize>> = lines.iter().map(|l| l.as_ref().map(|l| l.number)).collect();
        assert_eq!(numbers, vec![Some(2), Some(3), None, Some(7)]);
        let indented = frame_lines("{\"a\": {\n    \"b\": 1}}", 6, 19);
        let second = indented.into_iter().flatten().nth(1).expect("second line");
        assert_eq!((second.pad, second.carets), (4, 7));
    }

    #[test]
    fn empty_span_and_out_of_range_offsets_do_not_panic() {
        let line = only(frame_lines("{}", 1, 1));
        assert_eq!((line.pad, line.carets), (1, 1));
        assert!(frame_lines("", 5, 9).len() <= 1);
        let _ = frame_lines("é", 1, 2);
    }
}
