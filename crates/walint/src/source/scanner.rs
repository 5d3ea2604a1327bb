//! A byte scanner over JSON text that never builds a tree: it finds where a pointer's
//! value (and key) is, and checks nesting depth and duplicate keys in one pass.
//!
//! serde_json builds the value fast but forgets positions and silently keeps the last of
//! two equal keys; this scanner recovers both, allocating only for what it reports. It is
//! iterative (no recursion) and never indexes out of bounds, whatever the input.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::pointer::{self, Part};

fn skip_ws(bytes: &[u8], mut i: usize) -> usize {
    while matches!(bytes.get(i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
        i += 1;
    }
    i
}

/// End (exclusive) of the string literal starting at `i` (which holds `"`).
fn string_end(bytes: &[u8], i: usize) -> usize {
    let mut j = i + 1;
    while let Some(&byte) = bytes.get(j) {
        match byte {
            b'\\' => j += 2,
            b'"' => return j + 1,
            _ => j += 1,
        }
    }
    bytes.len()
}

/// End (exclusive) of the value starting at `i`.
fn value_end(bytes: &[u8], i: usize) -> usize {
    match bytes.get(i) {
        Some(b'"') => string_end(bytes, i),
        Some(b'{' | b'[') => {
            let mut depth = 0usize;
            let mut j = i;
            while let Some(&byte) = bytes.get(j) {
                match byte {
                    b'"' => {
                        j = string_end(bytes, j);
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth = depth.saturating_sub(1);
                        if depth == 0 {
                            return j + 1;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            bytes.len()
        }
        _ => {
            let mut j = i;
            while bytes
                .get(j)
                .is_some_and(|b| !matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'))
            {
                j += 1;
            }
            j.max(i + 1).min(bytes.len())
        }
    }
}

/// The decoded text of the string literal at `range` (fast path: no escapes).
fn key_text(text: &str, range: Range<usize>) -> std::borrow::Cow<'_, str> {
    let raw = text
        .get(range.start + 1..range.end.saturating_sub(1))
        .unwrap_or("");
    if raw.contains('\\') {
        let literal = text.get(range).unwrap_or("\"\"");
        std::borrow::Cow::Owned(serde_json::from_str::<String>(literal).unwrap_or_else(|_| raw.to_owned()))
    } else {
        std::borrow::Cow::Borrowed(raw)
    }
}

/// Where a pointer leads: the deepest existing value on its way and, when the whole
/// pointer exists and ends in an object member, that member's key.
#[derive(Clone)]
pub struct Found {
    pub value: Range<usize>,
    pub key: Option<Range<usize>>,
    pub exact: bool,
}

/// Follows `pointer` through `text` (valid JSON). A pointer that goes past what exists
/// stops at the deepest existing value. Equal keys resolve to the last one, as serde does.
pub fn find(text: &str, pointer: &str) -> Found {
    Finder::new(text).find(pointer)
}

/// The members (key range, value start) or element starts of one container.
enum Children {
    Object(Vec<(Range<usize>, usize)>),
    Array(Vec<usize>),
}

/// Containers at least this big (in children or bytes) are listed once and remembered.
const CACHE_CHILDREN: usize = 8;
const CACHE_BYTES: usize = 4096;

/// Resolves many pointers in one text. Big containers are listed once, on first use, so
/// n pointers into an array of n elements cost O(text), not O(n × text); small ones are
/// listed again each time, which costs no more than their size.
pub struct Finder<'t> {
    text: &'t str,
    cache: HashMap<usize, Children>,
    /// Pointers already resolved: many findings share one (a long text's markers).
    found: HashMap<String, Found>,
}

impl<'t> Finder<'t> {
    pub fn new(text: &'t str) -> Self {
        Finder {
            text,
            cache: HashMap::new(),
            found: HashMap::new(),
        }
    }

    pub fn find(&mut self, pointer: &str) -> Found {
        if let Some(found) = self.found.get(pointer) {
            return found.clone();
        }
        let found = self.resolve(pointer);
        self.found.insert(pointer.to_owned(), found.clone());
        found
    }

    fn resolve(&mut self, pointer: &str) -> Found {
        let bytes = self.text.as_bytes();
        let mut at = skip_ws(bytes, 0);
        let mut key = None;
        for step in pointer::split(pointer) {
            let next = match bytes.get(at) {
                Some(b'{' | b'[') => self.child(at, &step),
                _ => None,
            };
            match next {
                Some((value_at, key_range)) => {
                    at = value_at;
                    key = key_range;
                }
                None => {
                    return Found {
                        value: at..value_end(bytes, at),
                        key: None,
                        exact: false,
                    }
                }
            }
        }
        Found {
            value: at..value_end(bytes, at),
            key,
            exact: true,
        }
    }

    /// The value start (and key range) of member `step` of the object, or element `step`
    /// of the array, at `at`.
    fn child(&mut self, at: usize, step: &str) -> Option<(usize, Option<Range<usize>>)> {
        let listed;
        let children = match self.cache.get(&at) {
            Some(children) => children,
            None => {
                let (children, end) = list(self.text, at);
                let count = match &children {
                    Children::Object(members) => members.len(),
                    Children::Array(elements) => elements.len(),
                };
                if count >= CACHE_CHILDREN || end - at >= CACHE_BYTES {
                    self.cache.entry(at).or_insert(children)
                } else {
                    listed = children;
                    &listed
                }
            }
        };
        match children {
            // The last of equal keys wins, as in serde_json.
            Children::Object(members) => members
                .iter()
                .rev()
                .find(|(key, _)| key_text(self.text, key.clone()) == step)
                .map(|(key, value_at)| (*value_at, Some(key.clone()))),
            Children::Array(elements) => {
                let index = step.parse::<usize>().ok()?;
                elements.get(index).map(|&value_at| (value_at, None))
            }
        }
    }
}

/// Lists the children of the container at `at` (`{` or `[`) and returns where it ends.
fn list(text: &str, at: usize) -> (Children, usize) {
    let bytes = text.as_bytes();
    let mut i = skip_ws(bytes, at + 1);
    if bytes.get(at) == Some(&b'{') {
        let mut members = Vec::new();
        while bytes.get(i) == Some(&b'"') {
            let key = i..string_end(bytes, i);
            let value_at = skip_ws(bytes, skip_ws(bytes, key.end) + 1);
            members.push((key, value_at));
            i = skip_ws(bytes, value_end(bytes, value_at));
            if bytes.get(i) != Some(&b',') {
                break;
            }
            i = skip_ws(bytes, i + 1);
        }
        (Children::Object(members), i)
    } else {
        let mut elements = Vec::new();
        if !matches!(bytes.get(i), Some(b']') | None) {
            loop {
                elements.push(i);
                i = skip_ws(bytes, value_end(bytes, i));
                if bytes.get(i) != Some(&b',') {
                    break;
                }
                i = skip_ws(bytes, i + 1);
            }
        }
        (Children::Array(elements), i)
    }
}

/// A key that appears twice in one object: its pointer and the second key's range.
pub struct Duplicate {
    pub pointer: String,
    pub key: String,
    pub range: Range<usize>,
}

enum Frame<'t> {
    Object {
        keys: Vec<std::borrow::Cow<'t, str>>,
        set: Option<HashSet<std::borrow::Cow<'t, str>>>,
        current: Option<Range<usize>>,
    },
    Array {
        index: usize,
    },
}

/// Objects with more keys than this are checked with a hash set instead of a linear scan.
const LINEAR_KEYS: usize = 16;

/// One pass over the text: `Err(offset)` of the bracket that opens a level deeper than
/// `max_depth`, or the duplicate keys. Invalid JSON is scanned as far as it makes sense;
/// serde_json reports the syntax error.
pub fn structure(text: &str, max_depth: usize) -> Result<Vec<Duplicate>, usize> {
    let bytes = text.as_bytes();
    let mut stack: Vec<Frame<'_>> = Vec::new();
    let mut duplicates = Vec::new();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'{' | b'[' => {
                if stack.len() >= max_depth {
                    return Err(i);
                }
                stack.push(if byte == b'{' {
                    Frame::Object {
                        keys: Vec::new(),
                        set: None,
                        current: None,
                    }
                } else {
                    Frame::Array { index: 0 }
                });
                i += 1;
            }
            b'}' | b']' => {
                stack.pop();
                i += 1;
            }
            b',' => {
                if let Some(Frame::Array { index }) = stack.last_mut() {
                    *index += 1;
                }
                i += 1;
            }
            b'"' => {
                let end = string_end(bytes, i);
                let is_key = bytes.get(skip_ws(bytes, end)) == Some(&b':');
                if is_key {
                    if let Some(Frame::Object { keys, set, current }) = stack.last_mut() {
                        let key = key_text(text, i..end);
                        *current = Some(i..end);
                        let seen = match set {
                            Some(set) => !set.insert(key.clone()),
                            None => keys.contains(&key),
                        };
                        if seen {
                            let parent = path(text, &stack[..stack.len() - 1]);
                            let pointer = pointer::join(&parent, [Part::Key(&key)]);
                            duplicates.push(Duplicate {
                                pointer,
                                key: key.into_owned(),
                                range: i..end,
                            });
                        } else if let Some(Frame::Object { keys, set, .. }) = stack.last_mut() {
                            if set.is_none() {
                                keys.push(key);
                                if keys.len() > LINEAR_KEYS {
                                    *set = Some(keys.drain(..).collect());
                                }
                            }
                        }
                    }
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    Ok(duplicates)
}

/// The pointer of the current position described by `frames`.
fn path(text: &str, frames: &[Frame<'_>]) -> String {
    let mut pointer = String::new();
    for frame in frames {
        match frame {
            Frame::Object {
                current: Some(range), ..
            } => {
                pointer::push(&mut pointer, Part::Key(&key_text(text, range.clone())));
            }
            Frame::Object { current: None, .. } => {}
            Frame::Array { index } => pointer::push(&mut pointer, Part::Index(*index)),
        }
    }
    pointer
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r#"{"a": [1, {"b\u0022": "x", "c": [true, null]}], "d": {}, "a": 2}"#;

    #[test]
    fn finds_values_keys_and_ancestors() {
        let found = find(DOC, "/a");
        assert_eq!(&DOC[found.value.clone()], "2", "the last of equal keys wins");
        let found = find(DOC, "/d");
        assert_eq!((&DOC[found.value.clone()], found.exact), ("{}", true));
        let found = find(DOC, "/d/missing");
        assert_eq!((&DOC[found.value], found.exact), ("{}", false));
        let found = find(DOC, "");
        assert_eq!(found.value, 0..DOC.len());
    }

    #[test]
    fn finds_inside_arrays_and_escaped_keys() {
        let text = r#"[{"k": 0}, {"b\"": [5, "six"]}]"#;
        let found = find(text, "/1/b\"/1");
        assert_eq!(&text[found.value], "\"six\"");
        let found = find(text, "/0/k");
        assert_eq!(found.key.map(|k| &text[k]), Some("\"k\""));
    }

    #[test]
    fn reports_duplicates_with_pointers() {
        let duplicates = structure(DOC, 128).unwrap_or_default();
        assert_eq!(duplicates.len(), 1);
        assert_eq!(duplicates[0].pointer, "/a");
        assert_eq!(&DOC[duplicates[0].range.clone()], "\"a\"");
        let text = r#"[0, {"x": {"y": 1, "y": 2}}]"#;
        let duplicates = structure(text, 128).unwrap_or_default();
        assert_eq!(duplicates.first().map(|d| d.pointer.as_str()), Some("/1/x/y"));
    }

    #[test]
    fn many_keys_use_a_set() {
        let members: Vec<String> = (0..100).map(|i| format!("\"k{i}\": {i}")).collect();
        let text = format!("{{{}, \"k7\": 0}}", members.join(", "));
        let duplicates = structure(&text, 128).unwrap_or_default();
        assert_eq!(
            duplicates.iter().map(|d| d.key.as_str()).collect::<Vec<_>>(),
            ["k7"]
        );
    }

    #[test]
    fn depth_limit_and_garbage() {
        assert_eq!(structure(&"[".repeat(10), 5).err(), Some(5));
        for text in ["", "\"", "{\"a\"", "[1,", "}}]]", "{\"a\":\"\\", "{:}"] {
            let _ = structure(text, 128);
            let _ = find(text, "/a/0");
        }
    }
}
