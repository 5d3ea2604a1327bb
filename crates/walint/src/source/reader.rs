//! One pass over JSON text, as strict as RFC 8259 (and serde_json): the value, where each of
//! its parts is ([`Spans`]), the keys that appear twice in one object, and the nesting depth,
//! all recorded while the value is built, so that nothing has to scan the text again.
//!
//! The value is a [`Value`] equal to what `serde_json::from_str` builds (the tests compare
//! both on every corpus file), with the strings that hold no escape borrowed from the text.
//! Recursion is bounded by the depth limit.

use std::borrow::Cow;

use super::spans::{Node, Spans, NONE};
use crate::value::{Map, Number, Value};

/// A document read from its text.
pub struct Read<'t> {
    pub value: Value<'t>,
    pub spans: Spans,
    /// Nodes of keys seen before in the same object (the second occurrence and later ones).
    pub duplicates: Vec<u32>,
    /// Whether any value is `null` (rules that look for nulls skip documents without one).
    pub has_null: bool,
}

/// Why a text is not read: a syntax error, or a bracket that opens one level too deep; each
/// with its byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    Syntax(usize),
    TooDeep(usize),
}

/// Reads `text`, refusing containers nested deeper than `max_depth`. Offsets are stored in
/// 32 bits: a text of 4 GiB or more is refused as a syntax error at offset 0.
pub fn read(text: &str, max_depth: usize) -> Result<Read<'_>, Failure> {
    if u32::try_from(text.len()).is_err() {
        return Err(Failure::Syntax(0));
    }
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
        max_depth,
        // About one node per 12 bytes of a typical payload; capped, so that a huge text of
        // few values (one long string) does not reserve memory it never uses.
        nodes: Vec::with_capacity((text.len() / 12 + 1).min(1 << 16)),
        duplicates: Vec::new(),
        has_null: false,
    };
    let mut value = Value::Null;
    reader.value(NONE, NONE, NONE, &mut value)?;
    reader.skip_ws();
    if reader.at != reader.bytes.len() {
        return Err(Failure::Syntax(reader.at));
    }
    Ok(Read {
        value,
        spans: Spans::new(reader.nodes),
        duplicates: reader.duplicates,
        has_null: reader.has_null,
    })
}

struct Reader<'t> {
    text: &'t str,
    bytes: &'t [u8],
    at: usize,
    depth: usize,
    max_depth: usize,
    nodes: Vec<Node>,
    duplicates: Vec<u32>,
    has_null: bool,
}

/// The first offset from `i` that holds `"`, `\\` or a control character (or the end of the
/// chunked part): eight bytes per step, as most string bytes are none of them.
#[cfg_attr(walint_speed, optimize(speed))]
fn skip_plain(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte of `x` is zero (or, for `below`, under `n`): its high bit is set in the result.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        if zero(x ^ (ONES * u64::from(b'"'))) | zero(x ^ (ONES * u64::from(b'\\'))) | below(x, 0x20) != 0 {
            break;
        }
        i += 8;
    }
    i
}

/// Offsets fit in 32 bits: [`read`] refuses longer texts.
#[inline(always)]
fn offset(at: usize) -> u32 {
    at as u32
}

impl<'t> Reader<'t> {
    // Tiny and called per byte: inlined even in the size-optimised WASM build.
    #[inline(always)]
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    #[inline(always)]
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn syntax<T>(&self) -> Result<T, Failure> {
        Err(Failure::Syntax(self.at))
    }

    /// Reads the value at the cursor (after whitespace) into `slot`, its place in the tree. Its
    /// node is the next one: the caller knows its index. (Returned values were copied out of
    /// the result piece by piece, each piece waiting on the store before it: 10% of the read.)
    #[cfg_attr(walint_speed, optimize(speed))]
    fn value(
        &mut self,
        parent: u32,
        key_start: u32,
        key_end: u32,
        slot: &mut Value<'t>,
    ) -> Result<(), Failure> {
        self.skip_ws();
        let index = offset(self.nodes.len());
        self.nodes.push(Node {
            start: offset(self.at),
            end: offset(self.at),
            key_start,
            key_end,
            parent,
            first_child: NONE,
            next_sibling: NONE,
        });
        match self.peek() {
            Some(b'{') => self.object(index, slot)?,
            Some(b'[') => self.array(index, slot)?,
            Some(b'"') => *slot = Value::String(self.string()?),
            Some(b't') => {
                self.literal("true")?;
                *slot = Value::Bool(true);
            }
            Some(b'f') => {
                self.literal("false")?;
                *slot = Value::Bool(false);
            }
            Some(b'n') => {
                self.has_null = true;
                self.literal("null")?;
            }
            Some(b'-' | b'0'..=b'9') => *slot = Value::Number(self.number()?),
            _ => return self.syntax(),
        }
        if let Some(node) = self.nodes.get_mut(index as usize) {
            node.end = offset(self.at);
        }
        Ok(())
    }

    fn literal(&mut self, word: &str) -> Result<(), Failure> {
        if self.bytes[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(())
        } else {
            self.syntax()
        }
    }

    /// Enters a container at the cursor (`{` or `[`), one level deeper.
    fn enter(&mut self) -> Result<(), Failure> {
        if self.depth >= self.max_depth {
            return Err(Failure::TooDeep(self.at));
        }
        self.depth += 1;
        self.at += 1;
        self.skip_ws();
        Ok(())
    }

    /// Right after an opening bracket: whether `close` follows at once (the container is
    /// empty, and left).
    fn closes_empty(&mut self, close: u8) -> bool {
        if self.peek() != Some(close) {
            return false;
        }
        self.at += 1;
        self.depth -= 1;
        true
    }

    /// After a member or an element: `,` (another one follows: `false`) or `close` (the
    /// container ends, and is left: `true`).
    fn separator(&mut self, close: u8) -> Result<bool, Failure> {
        self.skip_ws();
        match self.peek() {
            Some(b',') => {
                self.at += 1;
                Ok(false)
            }
            Some(byte) if byte == close => {
                self.at += 1;
                self.depth -= 1;
                Ok(true)
            }
            _ => self.syntax(),
        }
    }

    /// Links `child` after `last` (or first) among the children of `parent`.
    fn link(&mut self, parent: u32, last: u32, child: u32) {
        let slot = if last == NONE {
            self.nodes.get_mut(parent as usize).map(|n| &mut n.first_child)
        } else {
            self.nodes.get_mut(last as usize).map(|n| &mut n.next_sibling)
        };
        if let Some(slot) = slot {
            *slot = child;
        }
    }

    #[cfg_attr(walint_speed, optimize(speed))]
    fn object(&mut self, index: u32, slot: &mut Value<'t>) -> Result<(), Failure> {
        self.enter()?;
        if self.closes_empty(b'}') {
            *slot = Value::Object(Map::new());
            return Ok(());
        }
        let mut members: Vec<(Cow<'t, str>, Value<'t>)> = Vec::with_capacity(8);
        let mut last = NONE;
        loop {
            self.skip_ws();
            if self.peek() != Some(b'"') {
                return self.syntax();
            }
            let key_start = offset(self.at);
            let key = self.string()?;
            let key_end = offset(self.at);
            self.skip_ws();
            if self.peek() != Some(b':') {
                return self.syntax();
            }
            self.at += 1;
            let child = offset(self.nodes.len());
            members.push((key, Value::Null));
            if let Some((_, member)) = members.last_mut() {
                self.value(index, key_start, key_end, member)?;
            }
            self.link(index, last, child);
            last = child;
            if self.separator(b'}')? {
                let (members, repeated) = Map::from_members(members);
                if repeated {
                    self.find_duplicates(index);
                }
                *slot = Value::Object(members);
                return Ok(());
            }
        }
    }

    /// Records the members of the object at node `index` whose key an earlier member has
    /// (rare: only called when the object has such a key).
    #[cold]
    fn find_duplicates(&mut self, index: u32) {
        let at = self.at;
        let mut seen = Vec::new();
        let mut child = self
            .nodes
            .get(index as usize)
            .map_or(NONE, |node| node.first_child);
        while let Some(node) = self.nodes.get(child as usize) {
            let next = node.next_sibling;
            self.at = node.key_start as usize;
            // The key was read once already: it decodes.
            if let Ok(key) = self.string() {
                if seen.contains(&key) {
                    self.duplicates.push(child);
                } else {
                    seen.push(key);
                }
            }
            child = next;
        }
        self.at = at;
    }

    #[cfg_attr(walint_speed, optimize(speed))]
    fn array(&mut self, index: u32, slot: &mut Value<'t>) -> Result<(), Failure> {
        self.enter()?;
        let mut items = Vec::new();
        if self.closes_empty(b']') {
            *slot = Value::Array(items);
            return Ok(());
        }
        let mut last = NONE;
        loop {
            // An element has no key: its key end holds its position in the array.
            let child = offset(self.nodes.len());
            let position = offset(items.len());
            items.push(Value::Null);
            if let Some(item) = items.last_mut() {
                self.value(index, NONE, position, item)?;
            }
            self.link(index, last, child);
            last = child;
            if self.separator(b']')? {
                *slot = Value::Array(items);
                return Ok(());
            }
        }
    }

    /// The string literal at the cursor (which holds `"`), decoded.
    #[cfg_attr(walint_speed, optimize(speed))]
    fn string(&mut self) -> Result<Cow<'t, str>, Failure> {
        let start = self.at + 1;
        let mut i = skip_plain(self.bytes, start);
        // Fast path: no escape before the closing quote.
        loop {
            match self.bytes.get(i) {
                Some(b'"') => {
                    self.at = i + 1;
                    return Ok(Cow::Borrowed(&self.text[start..i]));
                }
                Some(b'\\') => break,
                Some(&byte) if byte < 0x20 => {
                    self.at = i;
                    return self.syntax();
                }
                Some(_) => i += 1,
                None => {
                    self.at = i;
                    return self.syntax();
                }
            }
        }
        let mut decoded = String::with_capacity(i - start + 16);
        let mut chunk = start;
        loop {
            match self.bytes.get(i) {
                Some(b'"') => {
                    decoded.push_str(&self.text[chunk..i]);
                    self.at = i + 1;
                    return Ok(Cow::Owned(decoded));
                }
                Some(b'\\') => {
                    decoded.push_str(&self.text[chunk..i]);
                    self.at = i;
                    i = self.escape(i, &mut decoded)?;
                    chunk = i;
                }
                Some(&byte) if byte < 0x20 => {
                    self.at = i;
                    return self.syntax();
                }
                Some(_) => i += 1,
                None => {
                    self.at = i;
                    return self.syntax();
                }
            }
        }
    }

    /// Decodes the escape at `i` (which holds `\`) into `out`; returns the offset after it.
    fn escape(&mut self, i: usize, out: &mut String) -> Result<usize, Failure> {
        let Some(&kind) = self.bytes.get(i + 1) else {
            self.at = i + 1;
            return self.syntax();
        };
        let simple = match kind {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let unit = self.hex4(i + 2)?;
                let (c, after) = match unit {
                    0xD800..=0xDBFF => {
                        // A high surrogate must be followed by an escaped low one.
                        if self.bytes.get(i + 6..i + 8) != Some(b"\\u") {
                            self.at = i + 6;
                            return self.syntax();
                        }
                        let low = self.hex4(i + 8)?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            self.at = i + 8;
                            return self.syntax();
                        }
                        let code = 0x10000 + ((u32::from(unit) - 0xD800) << 10) + (u32::from(low) - 0xDC00);
                        (char::from_u32(code), i + 12)
                    }
                    0xDC00..=0xDFFF => (None, i + 6),
                    _ => (char::from_u32(u32::from(unit)), i + 6),
                };
                let Some(c) = c else {
                    self.at = i;
                    return self.syntax();
                };
                out.push(c);
                return Ok(after);
            }
            _ => {
                self.at = i + 1;
                return self.syntax();
            }
        };
        out.push(simple);
        Ok(i + 2)
    }

    /// Four hex digits at `i`.
    fn hex4(&mut self, i: usize) -> Result<u16, Failure> {
        let digits = self
            .bytes
            .get(i..i + 4)
            .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
        match digits
            .and_then(|d| std::str::from_utf8(d).ok())
            .and_then(|d| u16::from_str_radix(d, 16).ok())
        {
            Some(unit) => Ok(unit),
            None => {
                self.at = i;
                self.syntax()
            }
        }
    }

    fn digits(&mut self) -> usize {
        let start = self.at;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        self.at - start
    }

    /// A number, as serde_json (without `arbitrary_precision`) builds it: an integer that fits
    /// `u64` or `i64` stays one, `-0` and everything else becomes an `f64`.
    fn number(&mut self) -> Result<Number, Failure> {
        let start = self.at;
        let negative = self.peek() == Some(b'-');
        if negative {
            self.at += 1;
        }
        match self.peek() {
            Some(b'0') => self.at += 1,
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return self.syntax(),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.at += 1;
            if self.digits() == 0 {
                return self.syntax();
            }
            integer = false;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if self.digits() == 0 {
                return self.syntax();
            }
            integer = false;
        }
        let literal = &self.text[start..self.at];
        if integer {
            if negative {
                match literal.parse::<i64>() {
                    Ok(0) => return Number::from_f64(-0.0).ok_or(Failure::Syntax(start)),
                    Ok(n) => return Ok(Number::from(n)),
                    Err(_) => {}
                }
            } else if let Ok(n) = literal.parse::<u64>() {
                return Ok(Number::from(n));
            }
        }
        // serde_json's own float reading (what it builds, to the bit), not `str::parse`: the
        // WASM module then carries one float parser, without core's 10 KB table.
        match serde_json::from_str::<f64>(literal)
            .ok()
            .and_then(Number::from_f64)
        {
            Some(number) => Ok(number),
            None => Err(Failure::Syntax(start)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_serde_json(text: &str) {
        let ours = read(text, 127).map(|r| r.value);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        match (ours, theirs) {
            (Ok(ours), Ok(theirs)) => assert_eq!(ours, theirs, "{text}"),
            (Err(_), Err(_)) => {}
            (ours, theirs) => panic!("{text}: ours {:?}, serde_json {:?}", ours.is_ok(), theirs.is_ok()),
        }
    }

    #[test]
    fn builds_what_serde_json_builds() {
        for text in [
            r#"{"a": [1, -2, 3.5, -0, 0, 1e3, 1E-2, -0.0, 18446744073709551615, 18446744073709551616]}"#,
            r#"[-9223372036854775808, -9223372036854775809, 1.7976931348623157e308, 5e-324]"#,
            r#"{"s": "a\"b\\c\/d\b\f\n\r\t\u00e9\ud83d\ude00 é 😀", "": null, "t": true, "f": false}"#,
            r#"  {"nested": {"a": {"b": [[], {}, [{}]]}}}  "#,
            r#"{"k": 1, "k": 2}"#,
            "0",
            "\"x\"",
        ] {
            same_as_serde_json(text);
        }
    }

    #[test]
    fn refuses_what_serde_json_refuses() {
        for text in [
            "",
            " ",
            "{",
            "}",
            "[1,]",
            "{\"a\":1,}",
            "{a:1}",
            "[01]",
            "[1.]",
            "[.5]",
            "[+1]",
            "[1e]",
            "[1e+]",
            "[-]",
            "tru",
            "nul",
            "\"abc",
            "\"a\u{1}\"",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\ud800\"",
            "\"\\udc00\"",
            "\"\\ud800\\u0041\"",
            "[1e400]",
            "[-1e400]",
            "{\"a\" 1}",
            "[1 2]",
            "1 2",
            "\u{feff}{}",
            "[1]x",
            "{\"a\":}",
            "[,1]",
            "\"\\",
            "\"\\u",
        ] {
            same_as_serde_json(text);
            assert!(read(text, 127).is_err(), "{text:?}");
        }
    }

    /// Every JSON file of the project's corpus (and of Meta's, beside the checkout, when it is
    /// there) reads to the value serde_json builds.
    #[test]
    fn corpus_files_read_as_serde_json_reads_them() {
        let files = crate::test_support::corpus_files();
        for (_, text) in &files {
            same_as_serde_json(text);
        }
        assert!(files.len() > 500, "only {} files found", files.len());
    }

    proptest::proptest! {
        /// Texts made of JSON's own pieces, valid or not, are accepted and refused as
        /// serde_json accepts and refuses them, with the same value.
        #[test]
        fn pieces_of_json_agree_with_serde_json(pieces in proptest::collection::vec(0usize..PIECES.len(), 0..24)) {
            let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
            same_as_serde_json(&text);
        }
    }

    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        " ",
        "\n",
        "\"",
        "\"k\"",
        "\"v\"",
        "\\",
        "\\u00e9",
        "\\ud83d",
        "\\ude00",
        "\\n",
        "0",
        "1",
        "-",
        ".",
        "e",
        "+",
        "12",
        "true",
        "null",
        "fals",
        "é",
        "\u{1}",
        "\"a\":1",
        "[]",
        "{}",
        "\"b\":2",
        "\"\\u0061\"",
        "\"é\":0",
        "\"Z\":[]",
    ];

    #[test]
    fn plain_runs_stop_at_the_first_special_byte() {
        let cases: &[&[u8]] = &[
            b"abcdefgh\"",
            b"abcdefghijklmnop",
            b"abc\"defghijklm",
            b"abcdefghij\\kl",
            b"abcdefgh\x01ijkl",
        ];
        for text in cases {
            let first = text
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .unwrap_or(text.len());
            let skipped = skip_plain(text, 0);
            assert!(skipped <= first, "{text:?}");
            assert!(first - skipped < 8 || skipped + 8 > text.len(), "{text:?}");
        }
        // Bytes above 0x7F (UTF-8) are plain.
        assert_eq!(skip_plain("éééééééé\"".as_bytes(), 0), 16);
    }

    fn read_ok(text: &str) -> Option<Read<'_>> {
        read(text, 127).ok()
    }

    #[test]
    fn records_places_and_duplicates() {
        let text = r#"{"a": [1, {"b": true}], "a": null}"#;
        let Ok(read) = read(text, 127) else {
            panic!("valid JSON")
        };
        assert_eq!(read.duplicates.len(), 1);
        let node = read.spans.node(read.duplicates[0]);
        assert_eq!(&text[node.key_range()], "\"a\"");
        assert_eq!(&text[node.range()], "null");
        assert_eq!(read.spans.pointer_of(text, read.duplicates[0]), "/a");
        assert!(read.has_null);
        let text = r#"[0, {"x": {"y": 1, "y": 2}}]"#;
        let nested = read_ok(text).map(|r| r.spans.pointer_of(text, r.duplicates[0]));
        assert_eq!(nested.as_deref(), Some("/1/x/y"));
        assert!(
            read_ok(r#"{"note": "null", "n": 0}"#).is_some_and(|r| !r.has_null),
            "a string is no null"
        );
    }

    /// A key written twice counts once it is decoded (`"a"` and `"\u0061"` are one key), every
    /// occurrence after the first is found, and the value is the last one's.
    #[test]
    fn duplicates_are_decoded_keys_in_any_order() {
        let text = r#"{"b": 1, "a": 2, "\u0061": 3, "c": {}, "a": 4, "b": 5}"#;
        let Ok(read) = read(text, 127) else {
            panic!("valid JSON")
        };
        let places: Vec<&str> = read
            .duplicates
            .iter()
            .map(|&node| &text[read.spans.node(node).key_range()])
            .collect();
        assert_eq!(places, [r#""\u0061""#, r#""a""#, r#""b""#]);
        assert_eq!(read.value.get("a").and_then(Value::as_i64), Some(4));
        assert_eq!(read.value.get("b").and_then(Value::as_i64), Some(5));
        let keys: Vec<&str> = read
            .value
            .as_object()
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        assert_eq!(keys, ["a", "b", "c"]);
    }

    #[test]
    fn depth_is_limited_without_recursing_further() {
        assert_eq!(read(&"[".repeat(100_000), 127).err(), Some(Failure::TooDeep(127)));
        let at_limit = format!("{}{}", "[".repeat(127), "]".repeat(127));
        assert!(read(&at_limit, 127).is_ok());
    }
}
