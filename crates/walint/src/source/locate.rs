//! Pointers back to places in the text: locations of findings and byte ranges of fixes.

use std::ops::Range;

use super::spans::Locator;
use super::{Lines, Spans};
use crate::diagnostic::{Diagnostic, TextRange};

/// Fills in the location of each diagnostic from its pointer, and the byte range of each
/// fix edit, from the places the reader recorded (the text is not scanned again). The
/// ranges inside one string literal are mapped in one walk over that literal.
pub fn locate(text: &str, spans: &Spans, diagnostics: &mut [Diagnostic]) {
    if diagnostics.is_empty() {
        return;
    }
    let lines = Lines::new(text);
    let mut finder = Locator::new(text, spans);
    // Diagnostics that point inside a string literal: (literal start, literal end, index).
    let mut inner: Vec<(usize, usize, usize)> = Vec::new();
    for (index, diagnostic) in diagnostics.iter_mut().enumerate() {
        for related in &mut diagnostic.related {
            let found = finder.find(&related.pointer);
            if found.exact {
                related.location = Some(lines.location(found.value.start, found.value.end));
            }
        }
        for edit in diagnostic.fix.iter_mut().flat_map(|fix| fix.edits.iter_mut()) {
            let found = finder.find(&edit.pointer);
            if found.exact {
                edit.start = Some(found.value.start);
                edit.end = Some(found.value.end);
            }
        }
        let (start, end) = match diagnostic.location {
            // Already placed by byte offsets (e.g. duplicate keys); fill in the rest.
            Some(location) if location.line == 0 => (location.start, location.end),
            Some(_) => continue,
            None => {
                let found = finder.find(&diagnostic.pointer);
                let is_string = text.as_bytes().get(found.value.start) == Some(&b'"');
                match (diagnostic.at_key, found.key, diagnostic.text_range) {
                    (true, Some(key), _) => (key.start, key.end),
                    (false, _, Some(_)) if found.exact && is_string => {
                        inner.push((found.value.start, found.value.end, index));
                        continue;
                    }
                    _ => (found.value.start, found.value.end),
                }
            }
        };
        diagnostic.location = Some(lines.location(start, end));
    }
    // Grouped by literal: one walk over each.
    inner.sort_unstable();
    for group in inner.chunk_by(|a, b| (a.0, a.1) == (b.0, b.1)) {
        let (start, end) = group.first().map_or((0, 0), |&(start, end, _)| (start, end));
        let ranges: Vec<TextRange> = group
            .iter()
            .filter_map(|&(_, _, i)| diagnostics.get(i).and_then(|d| d.text_range))
            .collect();
        let raw = string_inner_ranges(text, start..end, &ranges);
        for (&(_, _, i), (raw_start, raw_end)) in group.iter().zip(raw) {
            if let Some(diagnostic) = diagnostics.get_mut(i) {
                diagnostic.location = Some(lines.location(raw_start, raw_end));
            }
        }
    }
}

/// Maps a range inside a decoded string onto the raw source bytes of its literal.
#[cfg(test)]
pub(super) fn string_inner_range(text: &str, literal: Range<usize>, inner: TextRange) -> (usize, usize) {
    string_inner_ranges(text, literal, &[inner])
        .first()
        .copied()
        .unwrap_or((0, 0))
}

/// Maps ranges inside a decoded string onto the raw source bytes of its literal, with one
/// walk over the literal whatever the number of ranges.
fn string_inner_ranges(text: &str, literal: Range<usize>, inner: &[TextRange]) -> Vec<(usize, usize)> {
    // Every decoded offset asked for, sorted, and where each lands in the source.
    let mut wanted: Vec<usize> = inner.iter().flat_map(|r| [r.byte_start, r.byte_end]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut raw_of: Vec<Option<usize>> = vec![None; wanted.len()];
    let mut next = 0; // index into `wanted` of the first offset not yet placed
    let raw = text.get(literal.start..literal.end).unwrap_or("");
    let mut decoded = 0usize; // bytes of the decoded string seen so far
    let mut chars = raw.char_indices().skip(1).peekable(); // skip the opening quote
    while let Some((offset, c)) = chars.next() {
        while wanted.get(next).is_some_and(|&w| decoded >= w) {
            raw_of[next] = Some(literal.start + offset);
            next += 1;
        }
        if next == wanted.len() || c == '"' {
            break;
        }
        if c == '\\' {
            let Some((_, escape)) = chars.next() else { break };
            if escape == 'u' {
                let hex: String = (0..4).filter_map(|_| chars.next().map(|(_, h)| h)).collect();
                let unit = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
                if (0xD800..0xDC00).contains(&unit) {
                    // A surrogate pair: the low half follows as another \uXXXX escape.
                    for _ in 0..6 {
                        chars.next();
                    }
                    decoded += 4;
                } else {
                    decoded += char::from_u32(unit).map_or(3, char::len_utf8);
                }
            } else {
                decoded += 1;
            }
        } else {
            decoded += c.len_utf8();
        }
    }
    // Offsets past the end land on the closing quote.
    let closing = literal.end.saturating_sub(1);
    let place = |decoded: usize| {
        wanted
            .binary_search(&decoded)
            .ok()
            .and_then(|i| raw_of.get(i).copied().flatten())
            .unwrap_or(closing)
    };
    inner
        .iter()
        .map(|r| {
            let start = place(r.byte_start);
            (start, place(r.byte_end).max(start))
        })
        .collect()
}
