//! Span-aware JSON parsing: the value, plus where every part of it is in the text.
//!
//! The text is parsed once into a syntax tree with byte ranges (jsonc-parser in strict
//! JSON mode), converted into a `serde_json::Value` for the rules, and kept to turn the
//! rules' JSON pointers back into line/column and UTF-16 ranges.

use jsonc_parser::ast;
use serde_json::{Map, Value};

use crate::diagnostic::{Diagnostic, Location, TextRange};
use crate::pointer::{self, Part};
use crate::registry::Rule;
use crate::{declare_rule, diagnostic};

/// Deeper JSON is refused before parsing, so no input can exhaust the stack.
pub const MAX_DEPTH: usize = 128;

declare_rule! {
    /// ## What it does
    /// Reports text that is not valid JSON (RFC 8259): a missing comma or quote, a
    /// trailing comma, a comment, an unquoted key.
    ///
    /// ## Why is this bad
    /// Meta answers a body it cannot parse with a generic error and no location.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567",}
    /// ```
    ///
    /// ## References
    /// RFC 8259.
    pub static JSON_SYNTAX = {
        code: "J001",
        name: "json-syntax-error",
        severity: Error,
        source: "RFC 8259",
        meta_error: Some(diagnostic::MetaError::INVALID_PARAMETER),
    }
}

declare_rule! {
    /// ## What it does
    /// Reports an object that has the same key twice.
    ///
    /// ## Why is this bad
    /// JSON parsers keep one of the two values silently (Meta's keeps one too), so half of
    /// what you wrote is ignored without a word.
    ///
    /// ## Example
    /// ```json
    /// {"text": {"body": "Hi"}, "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// RFC 8259 §4 ("names within an object SHOULD be unique").
    pub static DUPLICATE_KEY = {
        code: "J002",
        name: "duplicate-key",
        severity: Warning,
        source: "RFC 8259 §4",
        meta_error: None,
    }
}

declare_rule! {
    /// ## What it does
    /// Reports JSON nested more than 128 levels deep; walint does not lint it further.
    ///
    /// ## Why is this bad
    /// No WhatsApp payload is nested beyond a dozen levels; such input is a mistake or an
    /// attack on the parser.
    ///
    /// ## Example
    /// `[[[[[[ … ]]]]]]` with 129 levels.
    ///
    /// ## References
    /// serde_json's default recursion limit is also 128.
    pub static TOO_DEEP = {
        code: "J003",
        name: "nesting-too-deep",
        severity: Error,
        source: "walint",
        meta_error: None,
    }
}

pub static RULES: &[&Rule] = &[&JSON_SYNTAX, &DUPLICATE_KEY, &TOO_DEEP];

/// A parsed document: the value and its syntax tree.
pub struct Parsed<'a> {
    pub value: Value,
    pub tree: ast::Value<'a>,
    pub duplicates: Vec<Diagnostic>,
}

/// Parses `text`, or returns the diagnostic that explains why it is not JSON.
pub fn parse(text: &str) -> Result<Parsed<'_>, Box<Diagnostic>> {
    if let Some(offset) = depth_exceeded(text) {
        let diagnostic = Diagnostic::new(
            &TOO_DEEP,
            "",
            format!("JSON is nested more than {MAX_DEPTH} levels deep"),
        )
        .with_location(Lines::new(text).location(offset, offset + 1));
        return Err(Box::new(diagnostic));
    }
    let options = jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let result = jsonc_parser::parse_to_ast(text, &Default::default(), &options);
    let tree = match result {
        Ok(result) => result.value,
        Err(error) => {
            let range = error.range();
            let message = error.kind().to_string();
            return Err(Box::new(
                Diagnostic::new(&JSON_SYNTAX, "", format!("invalid JSON: {message}"))
                    .with_location(Lines::new(text).location(range.start, range.end.max(range.start))),
            ));
        }
    };
    let Some(tree) = tree else {
        return Err(Box::new(
            Diagnostic::new(&JSON_SYNTAX, "", "the file is empty: expected a JSON value")
                .with_location(Lines::new(text).location(0, 0)),
        ));
    };
    let mut duplicates = Vec::new();
    let mut path = String::new();
    let value = convert(&tree, &mut path, &mut duplicates);
    Ok(Parsed {
        value,
        tree,
        duplicates,
    })
}

/// Byte offset of the first bracket that opens level `MAX_DEPTH + 1`, if any.
fn depth_exceeded(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (offset, byte) in text.bytes().enumerate() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(offset);
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

fn convert(node: &ast::Value<'_>, path: &mut String, duplicates: &mut Vec<Diagnostic>) -> Value {
    match node {
        ast::Value::StringLit(s) => Value::String(s.value.to_string()),
        ast::Value::NumberLit(n) => serde_json::from_str(n.value).unwrap_or(Value::Null),
        ast::Value::BooleanLit(b) => Value::Bool(b.value),
        ast::Value::NullKeyword(_) => Value::Null,
        ast::Value::Array(array) => {
            let mut items = Vec::with_capacity(array.elements.len());
            for (index, element) in array.elements.iter().enumerate() {
                let len = path.len();
                pointer::push(path, Part::Index(index));
                items.push(convert(element, path, duplicates));
                path.truncate(len);
            }
            Value::Array(items)
        }
        ast::Value::Object(object) => {
            let mut map = Map::new();
            for prop in &object.properties {
                let key = prop.name.as_str();
                let len = path.len();
                pointer::push(path, Part::Key(key));
                let value = convert(&prop.value, path, duplicates);
                if map.insert(key.to_owned(), value).is_some() {
                    let mut diagnostic = Diagnostic::new(
                        &DUPLICATE_KEY,
                        path.clone(),
                        format!(
                            "key `{key}` appears more than once in this object; only the last one is kept"
                        ),
                    )
                    .with_help("remove one of the two members");
                    diagnostic.at_key = true;
                    // The tree lookup would find the first occurrence: point at this one.
                    diagnostic.location = Some(Location {
                        start: prop.name_range().start,
                        end: prop.name_range().end,
                        ..Location::default()
                    });
                    duplicates.push(diagnostic);
                }
                path.truncate(len);
            }
            Value::Object(map)
        }
    }
}

trait NameRange {
    fn name_range(&self) -> jsonc_parser::common::Range;
}

impl NameRange for ast::ObjectProp<'_> {
    fn name_range(&self) -> jsonc_parser::common::Range {
        match &self.name {
            ast::ObjectPropName::String(s) => s.range,
            ast::ObjectPropName::Word(w) => w.range,
        }
    }
}

/// Finds the syntax node at `pointer`; when the pointer goes past what exists (a missing
/// property), the deepest existing ancestor is returned.
fn find<'t, 'a>(
    tree: &'t ast::Value<'a>,
    pointer: &str,
) -> (&'t ast::Value<'a>, Option<jsonc_parser::common::Range>) {
    let mut node = tree;
    let mut key_range = None;
    for step in pointer::split(pointer) {
        let next = match node {
            ast::Value::Object(object) => object
                .properties
                .iter()
                .rev()
                .find(|prop| prop.name.as_str() == step)
                .map(|prop| (&prop.value, Some(prop.name_range()))),
            ast::Value::Array(array) => step
                .parse::<usize>()
                .ok()
                .and_then(|index| array.elements.get(index))
                .map(|value| (value, None)),
            _ => None,
        };
        match next {
            Some((value, range)) => {
                node = value;
                key_range = range;
            }
            None => return (node, None),
        }
    }
    (node, key_range)
}

fn range_of(node: &ast::Value<'_>) -> jsonc_parser::common::Range {
    match node {
        ast::Value::StringLit(s) => s.range,
        ast::Value::NumberLit(n) => n.range,
        ast::Value::BooleanLit(b) => b.range,
        ast::Value::NullKeyword(n) => n.range,
        ast::Value::Object(o) => o.range,
        ast::Value::Array(a) => a.range,
    }
}

/// Byte range of the value (or key) at `pointer`, for fixes.
pub fn value_range(tree: &ast::Value<'_>, pointer: &str) -> Option<(usize, usize)> {
    let (node, _) = find(tree, pointer);
    let exact = pointer::split(pointer).count() == 0 || find_exact(tree, pointer);
    exact.then(|| {
        let range = range_of(node);
        (range.start, range.end)
    })
}

fn find_exact(tree: &ast::Value<'_>, pointer: &str) -> bool {
    let mut node = tree;
    for step in pointer::split(pointer) {
        let next = match node {
            ast::Value::Object(object) => object
                .properties
                .iter()
                .rev()
                .find(|p| p.name.as_str() == step)
                .map(|p| &p.value),
            ast::Value::Array(array) => step.parse::<usize>().ok().and_then(|i| array.elements.get(i)),
            _ => None,
        };
        match next {
            Some(value) => node = value,
            None => return false,
        }
    }
    true
}

/// Fills in the location of each diagnostic from its pointer.
pub fn locate(text: &str, tree: &ast::Value<'_>, diagnostics: &mut [Diagnostic]) {
    if diagnostics.is_empty() {
        return;
    }
    let lines = Lines::new(text);
    for diagnostic in diagnostics.iter_mut() {
        let (start, end) = match diagnostic.location {
            // Already placed by byte offsets (e.g. duplicate keys); fill in the rest.
            Some(location) if location.line == 0 => (location.start, location.end),
            Some(_) => continue,
            None => {
                let (node, key_range) = find(tree, &diagnostic.pointer);
                match (diagnostic.at_key, key_range, diagnostic.text_range, node) {
                    (true, Some(range), _, _) => (range.start, range.end),
                    (false, _, Some(inner), ast::Value::StringLit(s)) => {
                        string_inner_range(text, s.range, inner)
                    }
                    _ => {
                        let range = range_of(node);
                        (range.start, range.end)
                    }
                }
            }
        };
        diagnostic.location = Some(lines.location(start, end));
    }
}

/// Maps a range inside a decoded string onto the raw source bytes of its literal.
fn string_inner_range(text: &str, literal: jsonc_parser::common::Range, inner: TextRange) -> (usize, usize) {
    let raw = text.get(literal.start..literal.end).unwrap_or("");
    let mut decoded = 0usize; // bytes of the decoded string seen so far
    let mut start = None;
    let mut end = None;
    let mut chars = raw.char_indices().skip(1).peekable(); // skip the opening quote
    while let Some((offset, c)) = chars.next() {
        if start.is_none() && decoded >= inner.byte_start {
            start = Some(literal.start + offset);
        }
        if decoded >= inner.byte_end {
            end = Some(literal.start + offset);
            break;
        }
        if c == '"' {
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
    let start = start.unwrap_or(literal.end.saturating_sub(1));
    let end = end.unwrap_or(literal.end.saturating_sub(1)).max(start);
    (start, end)
}

/// Line starts of a text, to turn byte offsets into lines, columns and UTF-16 offsets.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        Lines { text, starts }
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// (line, column) of a byte offset, both 1-based; columns count code points.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let column = self.text[line_start..offset].chars().count() + 1;
        (line, column)
    }

    pub fn location(&self, start: usize, end: usize) -> Location {
        let (start, end) = (self.clamp(start), self.clamp(end.max(start)));
        let (line, column) = self.line_column(start);
        let (end_line, end_column) = self.line_column(end);
        let utf16_start = diagnostic::count_units(&self.text[..start]).1;
        let utf16_end = utf16_start + diagnostic::count_units(&self.text[start..end]).1;
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

    #[test]
    fn converts_and_finds_duplicates() {
        let parsed = parse(r#"{"a": [1, {"b": true}], "a": null}"#)
            .ok()
            .unwrap_or_else(|| panic!("parse"));
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
    }

    #[test]
    fn deep_nesting_is_refused_without_recursion() {
        let text = "[".repeat(100_000);
        let Err(diagnostic) = parse(&text) else {
            panic!("expected an error")
        };
        assert_eq!(diagnostic.code, "J003");
    }

    #[test]
    fn inner_ranges_follow_escapes() {
        let text = r#"{"t": "a\u00e9\n*b*"}"#;
        let parsed = parse(text).ok().unwrap_or_else(|| panic!("parse"));
        let decoded = parsed.value["t"].as_str().unwrap_or_default();
        let star = decoded.find('*').unwrap_or_default();
        let inner = TextRange::from_bytes(decoded, star, star + 3);
        let (start, end) = string_inner_range(text, range_of(find(&parsed.tree, "/t").0), inner);
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
