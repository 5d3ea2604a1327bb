//! JSON text to a value, with the duplicate-key and depth findings of the text.

use serde_json::Value;

use super::{scanner, Lines, DUPLICATE_KEY, JSON_SYNTAX, MAX_DEPTH, TOO_DEEP};
use crate::diagnostic::{Diagnostic, Location};

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
