//! Span-aware JSON parsing: the value, plus where every part of it is in the text.
//!
//! One pass ([`reader`]) builds the value (strict RFC 8259, equal to the value serde_json
//! would build, as a [`crate::value::Value`] that borrows its strings from the text), records where each part of it is ([`spans`]), finds duplicate keys and limits the
//! nesting depth; the rules' JSON pointers are turned back into line/column and UTF-16
//! ranges from those records, only for the findings that need them.

mod lines;
mod locate;
mod parse;
pub(crate) mod reader;
mod spans;

pub use lines::Lines;
pub use locate::locate;
pub use parse::{parse, Parsed};
pub use spans::Spans;

use crate::declare_rule;
use crate::diagnostic;
use crate::rule::Rule;

/// Deeper JSON is refused before parsing, so no input can exhaust the stack
/// (serde_json's own limit is the same).
pub const MAX_DEPTH: usize = 127;

declare_rule! {
    /// ## What it does
    /// Reports text that is not valid JSON, such as a trailing comma, a comment or an unquoted key.
    ///
    /// JSON is checked strictly, as RFC 8259 defines it: a missing comma or quote, a trailing
    /// comma, a comment or a key without double quotes is a syntax error. So is a byte order
    /// mark before the value (editors on Windows save one): `JSON.parse` and Python's `json`
    /// refuse it too.
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

#[cfg(test)]
mod tests {
    use super::locate::string_inner_range;
    use super::*;
    use crate::diagnostic::TextRange;

    fn parsed(text: &str) -> Parsed<'_> {
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
    fn comments_are_named() {
        for (text, comment, column) in [
            ("{\"a\": 1, // note\n\"b\": 2}", "//", 10),
            ("{/* a */ \"a\": 1}", "/*", 2),
        ] {
            let Err(diagnostic) = parse(text) else {
                panic!("expected an error")
            };
            assert_eq!(
                diagnostic.message,
                format!("invalid JSON: a comment (`{comment}`); JSON has none")
            );
            assert_eq!(diagnostic.location.map(|l| l.column), Some(column), "{text}");
        }
    }

    #[test]
    fn json_lines_get_a_hint() {
        let Err(diagnostic) = parse("{\"a\": 1}\n{\"a\": 2}\n") else {
            panic!("expected an error")
        };
        assert_eq!(diagnostic.message, "invalid JSON: trailing characters");
        assert!(
            diagnostic
                .help
                .as_deref()
                .is_some_and(|help| help.contains("JSON Lines")),
            "{diagnostic:?}"
        );
        let location = diagnostic.location.unwrap_or_default();
        assert_eq!((location.line, location.column), (2, 1));
    }

    #[test]
    fn a_byte_order_mark_is_named() {
        let Err(diagnostic) = parse("\u{FEFF}{\"a\": 1}") else {
            panic!("expected an error")
        };
        assert_eq!(diagnostic.code, "J001");
        assert!(
            diagnostic.message.contains("byte order mark"),
            "{}",
            diagnostic.message
        );
        let location = diagnostic.location.unwrap_or_default();
        assert_eq!(
            (location.start, location.end, location.line, location.column),
            (0, 3, 1, 1)
        );
    }

    #[test]
    fn half_an_emoji_is_named_at_its_escape() {
        for text in [r#"{"a": "Hi \ud83d"}"#, r#"{"a": "Hi \ud83d x"}"#] {
            let Err(diagnostic) = parse(text) else {
                panic!("expected an error for {text}")
            };
            assert!(
                diagnostic.message.contains("unpaired UTF-16 surrogate"),
                "{}",
                diagnostic.message
            );
            let location = diagnostic.location.unwrap_or_default();
            assert_eq!((location.start, location.end), (10, 16), "{text}");
        }
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
        let literal = spans::Locator::new(text, &parsed.spans).find("/t").value;
        let (start, end) = string_inner_range(text, literal, inner);
        assert_eq!(&text[start..end], "*b*");
    }

    #[test]
    fn locations_agree_with_counting_from_the_start() {
        let long_line = "é".repeat(3000) + "x😀\n" + &"a".repeat(5000);
        for text in ["a\nbé😀\n\ncd\n", "plain ascii\nlines", long_line.as_str()] {
            let lines = Lines::new(text);
            let boundaries: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .step_by(if text.len() > 100 { 97 } else { 1 })
                .collect();
            for &start in &boundaries {
                for &end in boundaries.iter().filter(|&&end| end >= start) {
                    let location = lines.location(start, end);
                    // A fresh table counts line breaks directly; the shared one has built its
                    // table after a few lookups: both agree with counting by hand.
                    assert_eq!(Lines::new(text).location(start, end), location);
                    let before = &text[..start];
                    let by_hand = (
                        before.matches('\n').count() + 1,
                        before.rsplit('\n').next().unwrap_or("").chars().count() + 1,
                    );
                    assert_eq!((location.line, location.column), by_hand);
                    assert_eq!((location.line, location.column), lines.line_column(start));
                    assert_eq!((location.end_line, location.end_column), lines.line_column(end));
                    assert_eq!(location.utf16_start, text[..start].encode_utf16().count());
                    assert_eq!(location.utf16_end, text[..end].encode_utf16().count());
                }
            }
        }
    }

    #[test]
    fn locations_count_utf16() {
        let lines = Lines::new("é😀\nx");
        let location = lines.location(6, 8);
        assert_eq!((location.line, location.column, location.utf16_start), (1, 3, 3));
        assert_eq!((location.end_line, location.end_column), (2, 2));
    }
}
