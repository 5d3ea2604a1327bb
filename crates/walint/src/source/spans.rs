//! Where every part of a document is in its text: one node per value, recorded by the
//! [`reader`](super::reader) while it builds the value, and found again from a JSON pointer
//! without looking at the text.

use std::borrow::Cow;
use std::ops::Range;

use crate::pointer::{self, Part};

/// No node (a root's parent, a leaf's first child, a last child's next sibling, an array
/// element's key).
pub const NONE: u32 = u32::MAX;

/// One value of the document: its byte range and, for an object member, its key's (with the
/// quotes); and its place in the tree (children in document order).
#[derive(Debug, Clone, Copy)]
pub struct Node {
    pub start: u32,
    pub end: u32,
    /// [`NONE`] for an array element (and the root).
    pub key_start: u32,
    /// For an array element: its index.
    pub key_end: u32,
    pub parent: u32,
    pub first_child: u32,
    pub next_sibling: u32,
}

impl Node {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// The key literal's range (`"name"` with its quotes); empty for an array element.
    pub fn key_range(&self) -> Range<usize> {
        if self.key_start == NONE {
            return 0..0;
        }
        self.key_start as usize..self.key_end as usize
    }

    fn has_key(&self) -> bool {
        self.key_start != NONE
    }
}

/// The nodes of one document, in document order (node 0 is the root).
pub struct Spans {
    nodes: Vec<Node>,
}

/// Where a pointer leads: the deepest existing value on its way and, when the whole pointer
/// exists and ends in an object member, that member's key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: Range<usize>,
    pub key: Option<Range<usize>>,
    pub exact: bool,
}

const EMPTY: Node = Node {
    start: 0,
    end: 0,
    key_start: NONE,
    key_end: NONE,
    parent: NONE,
    first_child: NONE,
    next_sibling: NONE,
};

impl Spans {
    pub fn new(nodes: Vec<Node>) -> Self {
        Spans { nodes }
    }

    pub fn node(&self, index: u32) -> &Node {
        self.nodes.get(index as usize).unwrap_or(&EMPTY)
    }

    fn children(&self, index: u32) -> impl Iterator<Item = u32> + '_ {
        std::iter::successors(Some(self.node(index).first_child), move |&child| {
            Some(self.node(child).next_sibling)
        })
        .take_while(|&child| child != NONE)
    }

    /// The JSON pointer of a node (for the rare findings the reader makes itself).
    pub fn pointer_of(&self, text: &str, index: u32) -> String {
        let mut parts: Vec<(Option<String>, usize)> = Vec::new();
        let mut at = index;
        while at != NONE && (at as usize) < self.nodes.len() {
            let node = self.node(at);
            if node.parent == NONE {
                break;
            }
            if node.has_key() {
                parts.push((Some(key_text(text, node.key_range()).into_owned()), 0));
            } else {
                parts.push((None, node.key_end as usize));
            }
            at = node.parent;
        }
        pointer::join(
            "",
            parts.iter().rev().map(|(key, index)| match key {
                Some(key) => Part::Key(key),
                None => Part::Index(*index),
            }),
        )
    }
}

/// Containers with more children than this get an index on their first lookup, so that n
/// pointers into a container of n children cost O(n), not O(n²).
const INDEXED_CHILDREN: usize = 8;

enum Index<'t> {
    Elements(Vec<u32>),
    /// Sorted by key, stably: of equal keys, the one written last comes last.
    Members(Vec<(Cow<'t, str>, u32)>),
}

/// Resolves pointers against one document's [`Spans`]. Sorted vectors rather than hash maps:
/// the WASM build carries no hash table code for them.
pub struct Locator<'a> {
    text: &'a str,
    spans: &'a Spans,
    /// For each node, its place in `indexes` or [`NONE`] (allocated with the first index).
    index_of: Vec<u32>,
    indexes: Vec<Index<'a>>,
    /// The last pointer resolved and where it led: findings that share a pointer (a long
    /// text's markers, a fix and its finding) come one after another.
    last: Option<(String, Found)>,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str, spans: &'a Spans) -> Self {
        Locator {
            text,
            spans,
            index_of: Vec::new(),
            indexes: Vec::new(),
            last: None,
        }
    }

    pub fn find(&mut self, pointer: &str) -> Found {
        if let Some((last, found)) = &self.last {
            if last == pointer {
                return found.clone();
            }
        }
        let found = self.resolve(pointer);
        match &mut self.last {
            Some((last, remembered)) => {
                last.clear();
                last.push_str(pointer);
                *remembered = found.clone();
            }
            None => self.last = Some((pointer.to_owned(), found.clone())),
        }
        found
    }

    fn resolve(&mut self, pointer: &str) -> Found {
        let mut at = 0u32;
        let mut exact = true;
        if self.spans.nodes.is_empty() {
            return Found {
                value: 0..self.text.len(),
                key: None,
                exact: false,
            };
        }
        for segment in pointer.split('/').skip(1) {
            // Unescaped only when it holds an escape (`~0`, `~1`): most segments do not.
            let segment = if segment.contains('~') {
                Cow::Owned(segment.replace("~1", "/").replace("~0", "~"))
            } else {
                Cow::Borrowed(segment)
            };
            match self.child(at, &segment) {
                Some(child) => at = child,
                None => {
                    exact = false;
                    break;
                }
            }
        }
        let node = self.spans.node(at);
        Found {
            value: node.range(),
            key: (exact && node.has_key()).then(|| node.key_range()),
            exact,
        }
    }

    /// The child of `parent` that `segment` names: the last member with that key (as serde
    /// keeps the last of equal keys), or the element at that index.
    fn child(&mut self, parent: u32, segment: &str) -> Option<u32> {
        let spans = self.spans;
        let text = self.text;
        let node = spans.node(parent);
        let is_object = text.as_bytes().get(node.start as usize) == Some(&b'{');
        let is_array = text.as_bytes().get(node.start as usize) == Some(&b'[');
        if !is_object && !is_array {
            return None;
        }
        let slot = self.index_of.get(parent as usize).copied().unwrap_or(NONE);
        if let Some(index) = self.indexes.get(slot as usize) {
            return match index {
                Index::Elements(elements) => segment
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| elements.get(i).copied()),
                Index::Members(members) => {
                    // The last of the members with that key.
                    let after = members.partition_point(|(key, _)| **key <= *segment);
                    members
                        .get(after.checked_sub(1)?)
                        .filter(|(key, _)| **key == *segment)
                        .map(|&(_, child)| child)
                }
            };
        }
        // One walk: the answer for a small container; past INDEXED_CHILDREN children, an index.
        let position = if is_array {
            Some(segment.parse::<usize>().ok()?)
        } else {
            None
        };
        let mut found = None;
        for (count, child) in spans.children(parent).enumerate() {
            if count == INDEXED_CHILDREN {
                self.index(parent, is_array);
                return self.child(parent, segment);
            }
            let hit = match position {
                Some(position) => count == position,
                None => key_is(text, spans.node(child).key_range(), segment),
            };
            if hit {
                found = Some(child);
            }
        }
        found
    }

    /// Indexes the children of the container `parent`.
    fn index(&mut self, parent: u32, is_array: bool) {
        let (spans, text) = (self.spans, self.text);
        let index = if is_array {
            Index::Elements(spans.children(parent).collect())
        } else {
            let mut members: Vec<(Cow<str>, u32)> = spans
                .children(parent)
                .map(|child| (key_text(text, spans.node(child).key_range()), child))
                .collect();
            members.sort_by(|a, b| a.0.cmp(&b.0));
            Index::Members(members)
        };
        if self.index_of.is_empty() {
            self.index_of = vec![NONE; spans.nodes.len()];
        }
        if let Some(slot) = self.index_of.get_mut(parent as usize) {
            *slot = self.indexes.len() as u32;
            self.indexes.push(index);
        }
    }
}

/// Whether the key literal at `range` decodes to `segment`, decoding only a literal that
/// holds an escape (an escape makes the decoded key shorter than its literal).
fn key_is(text: &str, range: Range<usize>, segment: &str) -> bool {
    let raw = text
        .get(range.start + 1..range.end.saturating_sub(1))
        .unwrap_or("");
    match raw.len().cmp(&segment.len()) {
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => raw == segment && !raw.contains('\\'),
        std::cmp::Ordering::Greater => raw.contains('\\') && key_text(text, range) == segment,
    }
}

/// The decoded text of the string literal at `range` (fast path: no escapes).
fn key_text(text: &str, range: Range<usize>) -> Cow<'_, str> {
    let raw = text
        .get(range.start + 1..range.end.saturating_sub(1))
        .unwrap_or("");
    if raw.contains('\\') {
        let literal = text.get(range).unwrap_or("\"\"");
        Cow::Owned(serde_json::from_str::<String>(literal).unwrap_or_else(|_| raw.to_owned()))
    } else {
        Cow::Borrowed(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::super::reader::read;
    use super::*;

    const DOC: &str = r#"{"a": [1, {"b\u0022": "x", "c": [true, null]}], "d": {}, "a": 2}"#;

    fn find(text: &str, pointer: &str) -> Found {
        let Ok(read) = read(text, 127) else {
            panic!("valid JSON: {text}")
        };
        Locator::new(text, &read.spans).find(pointer)
    }

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
        let text = r#"[{"k": 0}, {"b\"": [5, "six"]}, {"a~/b": 1}]"#;
        let found = find(text, "/1/b\"/1");
        assert_eq!(&text[found.value], "\"six\"");
        let found = find(text, "/0/k");
        assert_eq!(found.key.map(|k| &text[k]), Some("\"k\""));
        let found = find(text, "/2/a~0~1b");
        assert_eq!((&text[found.value], found.exact), ("1", true));
        let found = find(text, "/7");
        assert!(!found.exact);
        let found = find(text, "/0/k/deeper");
        assert_eq!((&text[found.value], found.exact), ("0", false));
        // A literal that holds an escape names its decoded key, never its raw bytes.
        let text = r#"{"a\\b": 1, "c\u0064": 2}"#;
        assert_eq!(&text[find(text, "/a\\b").value], "1");
        assert!(
            !find(text, r"/a\\b").exact,
            "the raw bytes of the literal are not its key"
        );
        assert_eq!(&text[find(text, "/cd").value], "2");
    }

    #[test]
    fn big_containers_are_indexed_with_the_same_answers() {
        let members: Vec<String> = (0..100).map(|i| format!("\"k{i}\": [{i}]")).collect();
        let text = format!("{{{}, \"k7\": \"last\"}}", members.join(", "));
        assert_eq!(&text[find(&text, "/k7").value], "\"last\"");
        assert_eq!(&text[find(&text, "/k99/0").value], "99");
        let elements: Vec<String> = (0..100).map(|i| i.to_string()).collect();
        let text = format!("[{}]", elements.join(","));
        let Ok(read) = read(&text, 127) else {
            panic!("valid JSON")
        };
        let mut locator = Locator::new(&text, &read.spans);
        for i in [0, 50, 99] {
            assert_eq!(&text[locator.find(&format!("/{i}")).value], i.to_string());
        }
        assert!(!locator.find("/100").exact);
    }
}
