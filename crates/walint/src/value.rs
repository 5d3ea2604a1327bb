//! The document tree the rules read: the shape of serde_json's `Value`, built by the reader
//! in its one pass, without most of the allocations of serde_json's tree.
//!
//! - A string without escapes is borrowed from the text (most keys and values of a payload).
//! - An object is one vector of members sorted by key: the order serde_json's `BTreeMap`
//!   iterates in, and the same last-one-wins answer for a key written twice, without a tree
//!   node per object and a string per key. Small objects are searched linearly.
//!
//! Values from elsewhere (options, `lint_value`) are converted with [`Value::from_serde`],
//! which borrows their strings.

use std::borrow::Cow;
use std::fmt;

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
pub use serde_json::Number;

/// A JSON value (see the module docs).
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Value<'a> {
    #[default]
    Null,
    Bool(bool),
    Number(Number),
    String(Cow<'a, str>),
    Array(Vec<Value<'a>>),
    Object(Map<'a>),
}

/// The members of an object, sorted by key, each key once.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Map<'a> {
    members: Vec<(Cow<'a, str>, Value<'a>)>,
}

static NULL: Value<'static> = Value::Null;

/// Whether two byte strings are equal. Keys are short: two overlapping word loads compare
/// them, where `==` calls `memcmp` (a byte loop in the WASM build).
#[inline(always)]
pub(crate) fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    #[inline(always)]
    fn word<const N: usize>(bytes: &[u8], at: usize) -> [u8; N] {
        bytes
            .get(at..at + N)
            .and_then(|slice| <[u8; N]>::try_from(slice).ok())
            .unwrap_or([0; N])
    }
    let n = a.len();
    if n != b.len() {
        return false;
    }
    match n {
        8..=16 => word::<8>(a, 0) == word::<8>(b, 0) && word::<8>(a, n - 8) == word::<8>(b, n - 8),
        4..=7 => word::<4>(a, 0) == word::<4>(b, 0) && word::<4>(a, n - 4) == word::<4>(b, n - 4),
        0..=3 => a.iter().zip(b).all(|(x, y)| x == y),
        _ => a == b,
    }
}

/// The unescaped tokens of an RFC 6901 pointer that is not `""` (`None` without a leading `/`).
fn tokens(pointer: &str) -> Option<impl Iterator<Item = String> + '_> {
    let rest = pointer.strip_prefix('/')?;
    Some(
        rest.split('/')
            .map(|token| token.replace("~1", "/").replace("~0", "~")),
    )
}

/// A key or string value as `&str`. Matched by hand: in the size-optimised WASM build, `Cow`'s
/// `Deref` is a call per member looked at (8% of `lintTemplate` with `Map::position`).
#[inline(always)]
#[allow(clippy::ptr_arg)] // the point is to take the `Cow` itself
fn cow_str<'k>(key: &'k Cow<'_, str>) -> &'k str {
    match key {
        Cow::Borrowed(key) => key,
        Cow::Owned(key) => key.as_str(),
    }
}

/// Up to this many members, a key is looked up by a linear scan (faster than a binary search
/// for the objects of a payload, which rarely have more).
const LINEAR: usize = 8;

impl<'a> Map<'a> {
    pub fn new() -> Self {
        Map { members: Vec::new() }
    }

    /// The map of `members` in any order: sorted by key, and of a key given more than once,
    /// the last value kept (as serde_json keeps it). Whether any key was given twice.
    pub fn from_members(mut members: Vec<(Cow<'a, str>, Value<'a>)>) -> (Self, bool) {
        if members.windows(2).any(|pair| pair[0].0 >= pair[1].0) {
            // Stable: of equal keys, the one written last stays last.
            members.sort_by(|a, b| a.0.cmp(&b.0));
        }
        let before = members.len();
        members.dedup_by(|later, earlier| {
            let same = later.0 == earlier.0;
            if same {
                std::mem::swap(&mut later.1, &mut earlier.1);
            }
            same
        });
        let repeated = members.len() != before;
        (Map { members }, repeated)
    }

    pub fn len(&self) -> usize {
        self.members.len()
    }

    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    #[inline]
    #[cfg_attr(walint_speed, optimize(speed))]
    fn position(&self, key: &str) -> Option<usize> {
        if self.members.len() <= LINEAR {
            self.members
                .iter()
                .position(|(name, _)| same_bytes(cow_str(name).as_bytes(), key.as_bytes()))
        } else {
            self.members
                .binary_search_by(|(name, _)| cow_str(name).cmp(key))
                .ok()
        }
    }

    #[inline]
    pub fn get(&self, key: &str) -> Option<&Value<'a>> {
        self.position(key).map(|at| &self.members[at].1)
    }

    pub fn get_key_value(&self, key: &str) -> Option<(&str, &Value<'a>)> {
        self.position(key).map(|at| {
            let (name, value) = &self.members[at];
            (cow_str(name), value)
        })
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.position(key).is_some()
    }

    pub fn iter(&self) -> Iter<'_, 'a> {
        Iter(self.members.iter())
    }

    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &str> + ExactSizeIterator {
        self.members.iter().map(|(name, _)| cow_str(name))
    }

    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value<'a>> + ExactSizeIterator {
        self.members.iter().map(|(_, value)| value)
    }

    /// The same map, owning all its strings.
    pub fn into_owned(self) -> Map<'static> {
        Map {
            members: self
                .members
                .into_iter()
                .map(|(name, value)| (Cow::Owned(name.into_owned()), value.into_owned()))
                .collect(),
        }
    }
}

/// The members of a [`Map`] in key order, as `(key, value)`.
#[derive(Clone)]
pub struct Iter<'m, 'a>(std::slice::Iter<'m, (Cow<'a, str>, Value<'a>)>);

impl<'m, 'a> Iterator for Iter<'m, 'a> {
    type Item = (&'m str, &'m Value<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(name, value)| (cow_str(name), value))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.0.size_hint()
    }
}

impl<'m, 'a> IntoIterator for &'m Map<'a> {
    type Item = (&'m str, &'m Value<'a>);
    type IntoIter = Iter<'m, 'a>;

    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a> FromIterator<(Cow<'a, str>, Value<'a>)> for Map<'a> {
    fn from_iter<I: IntoIterator<Item = (Cow<'a, str>, Value<'a>)>>(members: I) -> Self {
        Map::from_members(members.into_iter().collect()).0
    }
}

/// What [`Value::get`] accepts: a key of an object or an index of an array.
pub trait Index {
    fn index_into<'v, 'a>(&self, value: &'v Value<'a>) -> Option<&'v Value<'a>>;
}

impl Index for str {
    #[inline]
    fn index_into<'v, 'a>(&self, value: &'v Value<'a>) -> Option<&'v Value<'a>> {
        value.as_object()?.get(self)
    }
}

impl Index for usize {
    fn index_into<'v, 'a>(&self, value: &'v Value<'a>) -> Option<&'v Value<'a>> {
        value.as_array()?.get(*self)
    }
}

impl<T: Index + ?Sized> Index for &T {
    #[inline]
    fn index_into<'v, 'a>(&self, value: &'v Value<'a>) -> Option<&'v Value<'a>> {
        (**self).index_into(value)
    }
}

impl<'a> Value<'a> {
    /// Reads JSON text as strictly as serde_json does (and to the same depth): the value, or
    /// `None` when the text is not JSON. Strings without escapes are borrowed from `text`.
    pub fn parse(text: &'a str) -> Option<Self> {
        crate::source::reader::read(text, crate::source::MAX_DEPTH)
            .ok()
            .map(|read| read.value)
    }

    /// The member `index` of an object, or the element `index` of an array.
    #[inline]
    pub fn get<I: Index>(&self, index: I) -> Option<&Value<'a>> {
        index.index_into(self)
    }

    /// The value at an RFC 6901 pointer (`""` is the value itself).
    pub fn pointer(&self, pointer: &str) -> Option<&Value<'a>> {
        if pointer.is_empty() {
            return Some(self);
        }
        tokens(pointer)?.try_fold(self, |at, token| match at {
            Value::Object(members) => members.get(&token),
            Value::Array(items) => parse_index(&token).and_then(|index| items.get(index)),
            _ => None,
        })
    }

    /// The value at an RFC 6901 pointer, to replace it.
    pub fn pointer_mut(&mut self, pointer: &str) -> Option<&mut Value<'a>> {
        if pointer.is_empty() {
            return Some(self);
        }
        tokens(pointer)?.try_fold(self, |at, token| match at {
            Value::Object(map) => {
                let index = map.position(&token)?;
                map.members.get_mut(index).map(|(_, member)| member)
            }
            Value::Array(items) => parse_index(&token).and_then(|index| items.get_mut(index)),
            _ => None,
        })
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(text) => Some(cow_str(text)),
            _ => None,
        }
    }

    #[inline]
    pub fn as_array(&self) -> Option<&Vec<Value<'a>>> {
        match self {
            Value::Array(items) => Some(items),
            _ => None,
        }
    }

    #[inline]
    pub fn as_object(&self) -> Option<&Map<'a>> {
        match self {
            Value::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn as_number(&self) -> Option<&Number> {
        match self {
            Value::Number(number) => Some(number),
            _ => None,
        }
    }

    pub fn as_i64(&self) -> Option<i64> {
        self.as_number()?.as_i64()
    }

    pub fn as_u64(&self) -> Option<u64> {
        self.as_number()?.as_u64()
    }

    pub fn as_f64(&self) -> Option<f64> {
        self.as_number()?.as_f64()
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_string(&self) -> bool {
        matches!(self, Value::String(_))
    }

    pub fn is_array(&self) -> bool {
        matches!(self, Value::Array(_))
    }

    pub fn is_object(&self) -> bool {
        matches!(self, Value::Object(_))
    }

    /// The same value, owning all its strings.
    pub fn into_owned(self) -> Value<'static> {
        match self {
            Value::Null => Value::Null,
            Value::Bool(flag) => Value::Bool(flag),
            Value::Number(number) => Value::Number(number),
            Value::String(text) => Value::String(Cow::Owned(text.into_owned())),
            Value::Array(items) => Value::Array(items.into_iter().map(Value::into_owned).collect()),
            Value::Object(members) => Value::Object(members.into_owned()),
        }
    }

    /// A serde_json value, borrowed: its strings are not copied.
    pub fn from_serde(value: &'a serde_json::Value) -> Self {
        match value {
            serde_json::Value::Null => Value::Null,
            serde_json::Value::Bool(flag) => Value::Bool(*flag),
            serde_json::Value::Number(number) => Value::Number(number.clone()),
            serde_json::Value::String(text) => Value::String(Cow::Borrowed(text)),
            serde_json::Value::Array(items) => Value::Array(items.iter().map(Value::from_serde).collect()),
            // serde_json's map is already sorted by key, each key once.
            serde_json::Value::Object(members) => Value::Object(Map {
                members: members
                    .iter()
                    .map(|(name, value)| (Cow::Borrowed(name.as_str()), Value::from_serde(value)))
                    .collect(),
            }),
        }
    }

    /// The same value as serde_json's. Owned strings move over; borrowed ones are copied.
    pub fn into_serde(self) -> serde_json::Value {
        match self {
            Value::Null => serde_json::Value::Null,
            Value::Bool(flag) => serde_json::Value::Bool(flag),
            Value::Number(number) => serde_json::Value::Number(number),
            Value::String(text) => serde_json::Value::String(text.into_owned()),
            Value::Array(items) => {
                serde_json::Value::Array(items.into_iter().map(Value::into_serde).collect())
            }
            Value::Object(members) => serde_json::Value::Object(
                members
                    .members
                    .into_iter()
                    .map(|(name, value)| (name.into_owned(), value.into_serde()))
                    .collect(),
            ),
        }
    }
}

/// An array index as RFC 6901 writes it: digits, no leading zero.
fn parse_index(token: &str) -> Option<usize> {
    if token.is_empty()
        || (token.len() > 1 && token.starts_with('0'))
        || !token.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    token.parse().ok()
}

impl<'a, I: Index> std::ops::Index<I> for Value<'a> {
    type Output = Value<'a>;

    /// As serde_json: `null` for a key or an index that is not there.
    fn index(&self, index: I) -> &Value<'a> {
        index.index_into(self).unwrap_or(&NULL)
    }
}

impl PartialEq<serde_json::Value> for Value<'_> {
    fn eq(&self, other: &serde_json::Value) -> bool {
        match (self, other) {
            (Value::Null, serde_json::Value::Null) => true,
            (Value::Bool(a), serde_json::Value::Bool(b)) => a == b,
            (Value::Number(a), serde_json::Value::Number(b)) => a == b,
            (Value::String(a), serde_json::Value::String(b)) => a == b,
            (Value::Array(a), serde_json::Value::Array(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|(a, b)| a == b)
            }
            (Value::Object(a), serde_json::Value::Object(b)) => {
                a.len() == b.len() && a.iter().zip(b).all(|((ka, va), (kb, vb))| ka == kb && va == vb)
            }
            _ => false,
        }
    }
}

impl From<&str> for Value<'static> {
    fn from(text: &str) -> Self {
        Value::String(Cow::Owned(text.to_owned()))
    }
}

impl From<String> for Value<'static> {
    fn from(text: String) -> Self {
        Value::String(Cow::Owned(text))
    }
}

impl From<i64> for Value<'static> {
    fn from(number: i64) -> Self {
        Value::Number(Number::from(number))
    }
}

impl From<Value<'_>> for serde_json::Value {
    /// Without copying owned strings: a fix's new value (a whole rewritten text) moves over.
    fn from(value: Value<'_>) -> Self {
        value.into_serde()
    }
}

impl From<serde_json::Value> for Value<'static> {
    fn from(value: serde_json::Value) -> Self {
        Value::from_serde(&value).into_owned()
    }
}

impl Serialize for Value<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Value::Null => serializer.serialize_unit(),
            Value::Bool(flag) => serializer.serialize_bool(*flag),
            Value::Number(number) => number.serialize(serializer),
            Value::String(text) => serializer.serialize_str(text),
            Value::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Value::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (name, value) in members {
                    map.serialize_entry(name, value)?;
                }
                map.end()
            }
        }
    }
}

impl fmt::Display for Value<'_> {
    /// Compact JSON, as serde_json's `Value` displays.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

/// serde_json's `json!`, as a [`Value`] (for tests).
#[cfg(test)]
macro_rules! json {
    ($($json:tt)+) => {
        $crate::value::Value::from(::serde_json::json!($($json)+))
    };
}
#[cfg(test)]
pub(crate) use json;

#[cfg(test)]
mod tests {
    use super::*;

    fn members(pairs: &[(&'static str, i64)]) -> Vec<(Cow<'static, str>, Value<'static>)> {
        pairs
            .iter()
            .map(|(k, v)| (Cow::Borrowed(*k), Value::Number(Number::from(*v))))
            .collect()
    }

    #[test]
    fn members_are_sorted_and_the_last_of_a_repeated_key_wins() {
        let (map, repeated) = Map::from_members(members(&[("b", 1), ("a", 2), ("b", 3), ("c", 4), ("b", 5)]));
        assert!(repeated);
        let pairs: Vec<(&str, i64)> = map.iter().map(|(k, v)| (k, v.as_i64().unwrap_or(-1))).collect();
        assert_eq!(pairs, [("a", 2), ("b", 5), ("c", 4)]);
        let (_, repeated) = Map::from_members(members(&[("a", 1), ("b", 2)]));
        assert!(!repeated);
    }

    #[test]
    fn pointer_mut_reaches_what_pointer_reads() {
        let text = r#"{"a": [1, {"b~/c": "x"}], "d": true}"#;
        let mut value = Value::parse(text).expect("valid");
        for pointer in ["", "/a", "/a/1", "/a/1/b~0~1c", "/d"] {
            assert!(value.pointer_mut(pointer).is_some(), "{pointer}");
        }
        for pointer in ["/a/2", "/x", "/d/e", "a", "/a/01"] {
            assert!(value.pointer_mut(pointer).is_none(), "{pointer}");
        }
        if let Some(slot) = value.pointer_mut("/a/1/b~0~1c") {
            *slot = Value::from("y");
        }
        assert_eq!(value.pointer("/a/1/b~0~1c").and_then(Value::as_str), Some("y"));
    }

    #[test]
    fn same_bytes_is_equality_at_every_length_and_position() {
        for n in 0..=40usize {
            let a: Vec<u8> = (0..n).map(|i| b'a' + (i % 26) as u8).collect();
            assert!(same_bytes(&a, &a.clone()));
            assert!(!same_bytes(&a, &a[..n.saturating_sub(1)]) || n == 0);
            for at in 0..n {
                let mut b = a.clone();
                b[at] ^= 1;
                assert!(!same_bytes(&a, &b), "length {n}, difference at {at}");
            }
        }
    }

    #[test]
    fn lookups_agree_linear_and_binary() {
        for count in [0, 1, LINEAR, LINEAR + 1, 40] {
            let keys: Vec<String> = (0..count).map(|i| format!("key{i:02}")).collect();
            let map: Map<'_> = keys
                .iter()
                .enumerate()
                .map(|(i, k)| (Cow::Borrowed(k.as_str()), Value::Number(Number::from(i))))
                .collect();
            for (i, k) in keys.iter().enumerate() {
                assert_eq!(map.get(k).and_then(Value::as_u64), Some(i as u64));
            }
            assert!(map.get("key").is_none());
            assert!(map.get("zzz").is_none());
        }
    }

    #[test]
    fn converts_to_and_from_serde_json_and_displays_the_same() {
        let text = r#"{"b":[1,-2,0.5,"x\"y",null,true],"a":{"é":{}}}"#;
        let theirs: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
        let ours = Value::from_serde(&theirs);
        assert_eq!(ours, theirs);
        assert_eq!(ours.clone().into_serde(), theirs);
        assert_eq!(ours.to_string(), theirs.to_string());
        assert_eq!(ours.pointer("/b/3"), Some(&Value::from("x\"y")));
        assert_eq!(ours.pointer("/a/é"), Some(&Value::Object(Map::new())));
        assert_eq!(ours["b"][5], Value::Bool(true));
        assert!(ours["nothing"][0].is_null());
    }
}
