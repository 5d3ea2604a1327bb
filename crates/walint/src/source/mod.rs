//! Span-aware JSON parsing: the value, plus where every part of it is in the text.
//!
//! serde_json builds the value (strict RFC 8259); a byte scanner ([`scanner`]) checks the
//! nesting depth before parsing, finds duplicate keys, and turns the rules' JSON pointers
//! back into line/column and UTF-16 ranges, only for the findings that need them.

mod scanner;

use std::collections::HashMap;
use std::ops::Range;

use serde_json::Value;

use crate::diagnostic::{Diagnostic, Location, TextRange};
use crate::rule::Rule;
use crate::{declare_rule, diagnostic};

/// Deeper JSON is refused before parsing, so no input can exhaust the stack
/// (serde_json's own limit is the same).
pub const MAX_DEPTH: usize = 127;

declare_rule! {
    /// ## What it does
    /// Reports text that is not valid JSON, such as a trailing comma, a comment or an unquoted key.
    ///
    /// JSON is checked strictly, as RFC 8259 defines it: a missing comma or quote, a trailing
    /// comma, a comment or a key without double quotes is a syntax error.
    ///
    /// ## Why is this bad
    /// Meta answers a body it cannot parse with a generic error (100 "Invalid parameter") and
    /// no location, so the mistake is hard to find from the response.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"},}
    /// ```
    /// Use instead (no comma after the last member):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// - https://www.rfc-editor.org/rfc/rfc8259 (the JSON grammar)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (100)
    pub static JSON_SYNTAX = {
        code: "J001",
        name: "json-syntax-error",
        severity: Error,
        source: "https://www.rfc-editor.org/rfc/rfc8259",
        meta_error: Some(diagnostic::MetaError::INVALID_PARAMETER),
    }
}

declare_rule! {
    /// ## What it does
    /// Reports an object that has the same key twice.
    ///
    /// ## Why is this bad
    /// RFC 8259 §4 says "the names within an object SHOULD be unique" and leaves the result of
    /// duplicates to each parser. JSON parsers keep one of the two values silently (Meta's
    /// keeps one too), so half of what you wrote is ignored without a word.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Hi"}, "text": {"body": "Hello"}}
    /// ```
    /// Use instead (one `text` object):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// - https://www.rfc-editor.org/rfc/rfc8259#section-4
    pub static DUPLICATE_KEY = {
        code: "J002",
        name: "duplicate-key",
        severity: Warning,
        source: "https://www.rfc-editor.org/rfc/rfc8259#section-4",
        meta_error: None,
    }
}

declare_rule! {
    /// ## What it does
    /// Reports JSON nested more than 127 levels deep, which walint does not lint further.
    ///
    /// ## Why is this bad
    /// No WhatsApp payload is nested beyond a dozen levels; such input is a mistake or an
    /// attack on the parser. RFC 8259 lets a parser limit the depth of nesting, and
    /// serde_json, the parser walint uses, stops at the same depth by default.
    ///
    /// ## Example
    /// ```json
    /// [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
    /// [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
    /// ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    /// ]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
    /// ```
    /// Use instead (a WhatsApp payload is a few levels deep):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// - https://www.rfc-editor.org/rfc/rfc8259#section-9 ("An implementation may set limits on the maximum depth of nesting")
    /// - https://docs.rs/serde_json/latest/serde_json/struct.Deserializer.html#method.disable_recursion_limit
    pub static TOO_DEEP = {
        code: "J003",
        name: "nesting-too-deep",
        severity: Error,
        source: "https://www.rfc-editor.org/rfc/rfc8259#section-9",
        meta_error: None,
    }
}

pub static RULES: &[&Rule] = &[&JSON_SYNTAX, &DUPLICATE_KEY, &TOO_DEEP];

/// A parsed document and the duplicate-key findings of its text.
pub struct Parsed {
    pub value: Value,
    pub duplicates: Vec<Diagnostic>,
}

/// Parses `text`, or returns the diagnostic that explains why it is not JSON.
pub fn parse(text: &str) -> Result<Parsed, Box<Diagnostic>> {
    let duplicates = match scanner::structure(text, MAX_DEPTH) {
        Ok(duplicates) => duplicates,
        Err(offset) => {
            let diagnostic = Diagnostic::new(
                &TOO_DEEP,
                "",
                format!("JSON is nested more than {MAX_DEPTH} levels deep"),
            )
            .with_location(Lines::new(text).location(offset, offset + 1));
            return Err(Box::new(diagnostic));
        }
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => return Err(Box::new(syntax_error(text, &error))),
    };
    let duplicates = duplicates
        .into_iter()
        .map(|duplicate| {
            let key = duplicate.key;
            let mut diagnostic = Diagnostic::new(
                &DUPLICATE_KEY,
                duplicate.pointer,
                format!("key `{key}` appears more than once in this object; only the last one is kept"),
            )
            .with_help("remove one of the two members")
            .at_key();
            // Point at this occurrence, not at the member the pointer resolves to.
            diagnostic.location = Some(Location {
                start: duplicate.range.start,
                end: duplicate.range.end,
                ..Location::default()
            });
            diagnostic
        })
        .collect();
    Ok(Parsed { value, duplicates })
}

fn syntax_error(text: &str, error: &serde_json::Error) -> Diagnostic {
    let lines = Lines::new(text);
    if text.trim().is_empty() {
        return Diagnostic::new(&JSON_SYNTAX, "", "the file is empty: expected a JSON value")
            .with_location(lines.location(0, 0));
    }
    // serde_json counts columns in bytes from 1; 0 means "before the line".
    let mut offset = lines.offset(error.line(), error.column().saturating_sub(1));
    let message = error.to_string();
    let message = message.split(" at line ").next().unwrap_or(&message);
    if message == "trailing comma" {
        // serde_json stops at the closing bracket; the mistake is the comma before it.
        let before = text[..offset].trim_end();
        if before.ends_with(',') {
            offset = before.len() - 1;
        }
    }
    let end = text[offset..]
        .chars()
        .next()
        .map_or(offset, |c| offset + c.len_utf8());
    Diagnostic::new(&JSON_SYNTAX, "", format!("invalid JSON: {message}"))
        .with_location(lines.location(offset, end))
}

/// Byte range of the value at `pointer`, when it exists (for fixes).
pub fn value_range(text: &str, pointer: &str) -> Option<(usize, usize)> {
    let found = scanner::find(text, pointer);
    found.exact.then_some((found.value.start, found.value.end))
}

/// Fills in the location of each diagnostic from its pointer, and the byte range of each
/// fix edit. Linear in the text plus the findings: pointers are resolved through one
/// [`scanner::Finder`], and the ranges inside one string literal are mapped in one pass.
pub fn locate(text: &str, diagnostics: &mut [Diagnostic]) {
    if diagnostics.is_empty() {
        return;
    }
    let lines = Lines::new(text);
    let mut finder = scanner::Finder::new(text);
    // Diagnostics that point inside a string literal, grouped by the literal's range.
    let mut inner: HashMap<(usize, usize), Vec<usize>> = HashMap::new();
    for (index, diagnostic) in diagnostics.iter_mut().enumerate() {
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
                        inner
                            .entry((found.value.start, found.value.end))
                            .or_default()
                            .push(index);
                        continue;
                    }
                    _ => (found.value.start, found.value.end),
                }
            }
        };
        diagnostic.location = Some(lines.location(start, end));
    }
    for ((start, end), indexes) in inner {
        let ranges: Vec<TextRange> = indexes
            .iter()
            .filter_map(|&i| diagnostics.get(i).and_then(|d| d.text_range))
            .collect();
        let raw = string_inner_ranges(text, start..end, &ranges);
        for (&i, (raw_start, raw_end)) in indexes.iter().zip(raw) {
            if let Some(diagnostic) = diagnostics.get_mut(i) {
                diagnostic.location = Some(lines.location(raw_start, raw_end));
            }
        }
    }
}

/// Maps a range inside a decoded string onto the raw source bytes of its literal.
#[cfg(test)]
fn string_inner_range(text: &str, literal: Range<usize>, inner: TextRange) -> (usize, usize) {
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

/// Line starts of a text, to turn byte offsets into lines, columns and UTF-16 offsets.
/// Checkpoints every [`CHECKPOINT`] bytes keep each conversion short on huge one-line texts.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// (byte offset on a char boundary, code points before it, UTF-16 units before it).
    checkpoints: Vec<(usize, usize, usize)>,
}

const CHECKPOINT: usize = 4096;

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = vec![(0, 0, 0)];
        let (mut chars, mut units, mut next) = (0, 0, CHECKPOINT);
        for (at, c) in text.char_indices() {
            if at >= next {
                checkpoints.push((at, chars, units));
                next = at + CHECKPOINT;
            }
            chars += 1;
            units += c.len_utf16();
        }
        Lines {
            text,
            starts,
            checkpoints,
        }
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Code points and UTF-16 units before a char-boundary byte offset.
    fn units_before(&self, offset: usize) -> (usize, usize) {
        let index = self.checkpoints.partition_point(|&(at, _, _)| at <= offset);
        let (at, chars, units) = self
            .checkpoints
            .get(index.saturating_sub(1))
            .copied()
            .unwrap_or((0, 0, 0));
        let (more_chars, more_units) = diagnostic::count_units(self.text.get(at..offset).unwrap_or(""));
        (chars + more_chars, units + more_units)
    }

    /// Byte offset of a 1-based line and a 0-based byte column on it, clamped to the text.
    pub fn offset(&self, line: usize, byte_column: usize) -> usize {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        self.clamp(start.saturating_add(byte_column))
    }

    /// (line, column) of a byte offset, both 1-based; columns count code points.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let column = self.units_before(offset).0 - self.units_before(line_start).0 + 1;
        (line, column)
    }

    pub fn location(&self, start: usize, end: usize) -> Location {
        let (start, end) = (self.clamp(start), self.clamp(end.max(start)));
        let (line, column) = self.line_column(start);
        let (end_line, end_column) = self.line_column(end);
        let utf16_start = self.units_before(start).1;
        let utf16_end = self.units_before(end).1;
        Location {
            line,
            column,
            end_line,
            end_column,
            start,
            end,
            utf16_start,
            utf16_end,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Parsed {
        parse(text).unwrap_or_else(|d| panic!("{}", d.message))
    }

    #[test]
    fn parses_and_finds_duplicates() {
        let parsed = parsed(r#"{"a": [1, {"b": true}], "a": null}"#);
        assert_eq!(parsed.value, serde_json::json!({"a": null}));
        assert_eq!(parsed.duplicates.len(), 1);
        assert_eq!(parsed.duplicates[0].pointer, "/a");
        assert_eq!(parsed.duplicates[0].location.map(|l| l.start), Some(24));
    }

    #[test]
    fn syntax_error_has_line_and_column() {
        let Err(diagnostic) = parse("{\n  \"a\": 1,\n}") else {
            panic!("expected an error")
        };
        assert_eq!(diagnostic.code, "J001");
        let location = diagnostic.location.unwrap_or_default();
        assert_eq!((location.line, location.column), (2, 9));
        assert_eq!(diagnostic.message, "invalid JSON: trailing comma");
    }

    #[test]
    fn empty_text() {
        let Err(diagnostic) = parse("  \n") else {
            panic!("expected an error")
        };
        assert_eq!(diagnostic.message, "the file is empty: expected a JSON value");
    }

    #[test]
    fn deep_nesting_is_refused_without_recursion() {
        let text = "[".repeat(100_000);
        let Err(diagnostic) = parse(&text) else {
            panic!("expected an error")
        };
        assert_eq!(diagnostic.code, "J003");
        let at_limit = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&at_limit).is_ok(), "exactly at the limit parses");
    }

    #[test]
    fn inner_ranges_follow_escapes() {
        let text = r#"{"t": "a\u00e9\n*b*"}"#;
        let parsed = parsed(text);
        let decoded = parsed.value["t"].as_str().unwrap_or_default();
        let star = decoded.find('*').unwrap_or_default();
        let inner = TextRange::from_bytes(decoded, star, star + 3);
        let (start, end) = string_inner_range(text, scanner::find(text, "/t").value, inner);
        assert_eq!(&text[start..end], "*b*");
    }

    #[test]
    fn locations_count_utf16() {
        let lines = Lines::new("é😀\nx");
        let location = lines.location(6, 8);
        assert_eq!((location.line, location.column, location.utf16_start), (1, 3, 3));
        assert_eq!((location.end_line, location.end_column), (2, 2));
    }
}
