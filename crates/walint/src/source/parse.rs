//! JSON text to a value, with where each part of it is and the duplicate-key and depth
//! findings of the text: one pass ([`reader`]).

use super::reader::{self, Failure};
use super::{Lines, Spans, DUPLICATE_KEY, JSON_SYNTAX, MAX_DEPTH, TOO_DEEP};
use crate::diagnostic::{Diagnostic, Location};
use crate::value::Value;

/// A parsed document, where its parts are, and the duplicate-key findings of its text.
pub struct Parsed<'t> {
    pub value: Value<'t>,
    pub spans: Spans,
    pub duplicates: Vec<Diagnostic>,
    /// Whether any value is `null`.
    pub has_null: bool,
}

/// Parses `text`, or returns the diagnostic that explains why it is not JSON.
pub fn parse(text: &str) -> Result<Parsed<'_>, Box<Diagnostic>> {
    let read = match reader::read(text, MAX_DEPTH) {
        Ok(read) => read,
        Err(Failure::TooDeep(offset)) => {
            let diagnostic = Diagnostic::new(
                &TOO_DEEP,
                "",
                format!("JSON is nested more than {MAX_DEPTH} levels deep"),
            )
            .with_location(Lines::new(text).location(offset, offset + 1));
            return Err(Box::new(diagnostic));
        }
        Err(Failure::Syntax(offset)) => return Err(Box::new(syntax_error(text, offset))),
    };
    let duplicates = read
        .duplicates
        .iter()
        .map(|&index| {
            let node = read.spans.node(index);
            let range = node.key_range();
            let pointer = read.spans.pointer_of(text, index);
            let key = crate::pointer::split(&pointer).last().unwrap_or_default();
            let mut diagnostic = Diagnostic::new(
                &DUPLICATE_KEY,
                pointer.as_str(),
                format!("key `{key}` appears more than once in this object; only the last one is kept"),
            )
            .with_help("remove one of the two members")
            .at_key();
            // Point at this occurrence, not at the member the pointer resolves to.
            diagnostic.location = Some(Location {
                start: range.start,
                end: range.end,
                ..Location::default()
            });
            diagnostic
        })
        .collect();
    Ok(Parsed {
        value: read.value,
        spans: read.spans,
        duplicates,
        has_null: read.has_null,
    })
}

/// The syntax error at `offset`, explained in serde_json's words (the reader accepts and
/// refuses the same texts; only this rare path asks serde_json for its message).
fn syntax_error(text: &str, offset: usize) -> Diagnostic {
    let lines = Lines::new(text);
    let error = match serde_json::from_str::<serde_json::Value>(text) {
        Err(error) => error,
        Ok(_) => {
            let end = (offset + 1).min(text.len());
            return Diagnostic::new(&JSON_SYNTAX, "", "invalid JSON")
                .with_location(lines.location(offset, end));
        }
    };
    if text.trim().is_empty() {
        return Diagnostic::new(&JSON_SYNTAX, "", "the file is empty: expected a JSON value")
            .with_location(lines.location(0, 0));
    }
    // Editors on Windows save one; `JSON.parse` and Python's `json` refuse it as serde_json
    // does, with a message that does not say what is wrong.
    if let Some(rest) = text.strip_prefix('\u{FEFF}') {
        return Diagnostic::new(
            &JSON_SYNTAX,
            "",
            "the text starts with a byte order mark (U+FEFF), which JSON does not allow",
        )
        .with_help("save the file as UTF-8 without a BOM")
        .with_location(lines.location(0, text.len() - rest.len()));
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
    // `"\ud83d"` alone: JavaScript's `substring` cut an emoji between its two UTF-16 halves,
    // and `JSON.stringify` wrote the first. serde_json stops after it; point at the escape.
    if message.contains("surrogate") || message == "unexpected end of hex escape" {
        if let Some(escape) = text[..offset].rfind("\\u").filter(|at| offset - at <= 8) {
            let end = (escape + 6).min(text.len());
            return Diagnostic::new(
                &JSON_SYNTAX,
                "",
                "invalid JSON: an unpaired UTF-16 surrogate escape, half of an emoji (the text was cut between its two halves)",
            )
            .with_help("cut texts by characters, not by UTF-16 units (`Array.from(text).slice(0, n).join(\"\")`)")
            .with_location(lines.location(escape, end));
        }
    }
    // A comment, as JSONC files and documentation snippets write them.
    if let Some(comment) = ["//", "/*"]
        .into_iter()
        .find(|start| text[offset..].starts_with(start))
    {
        let end = text[offset..].find('\n').map_or(text.len(), |n| offset + n);
        return Diagnostic::new(
            &JSON_SYNTAX,
            "",
            format!("invalid JSON: a comment (`{comment}`); JSON has none"),
        )
        .with_help("remove the comment (JSON with comments is not JSON, and Meta refuses it)")
        .with_location(lines.location(offset, end));
    }
    let end = text[offset..]
        .chars()
        .next()
        .map_or(offset, |c| offset + c.len_utf8());
    let diagnostic = Diagnostic::new(&JSON_SYNTAX, "", format!("invalid JSON: {message}"))
        .with_location(lines.location(offset, end));
    // A second document after the first: JSON Lines, as webhook logs are kept.
    if message == "trailing characters" && matches!(text.as_bytes().get(offset), Some(b'{' | b'[')) {
        return diagnostic.with_help(
            "a file holds one JSON document, this one holds more (JSON Lines?): split it, or fold webhook lines with `walint statuses`",
        );
    }
    diagnostic
}
