//! Semantic rules: what a schema cannot say. One file per rule.

pub mod format;
pub mod general;
pub mod message;
pub mod send;
pub mod send_definition;
pub mod template;
pub mod texts;
pub mod webhook;

use crate::value::Value;

/// The value at `keys` under `value`, like `value.pointer("/a/b")` without the two string
/// allocations per step `Value::pointer` makes (it unescapes every step).
pub fn value_at<'v>(value: &'v Value<'v>, keys: &[&str]) -> Option<&'v Value<'v>> {
    keys.iter().try_fold(value, |value, key| value.get(*key))
}

/// Of `keyed` items, each whose key an earlier item has: `(key, item, first item with that
/// key)`, in the items' order. Sorting, not hashing: O(n log n) on any list, and no hash table
/// code in the WASM build.
pub fn repeats<'k, T: Copy>(keyed: impl IntoIterator<Item = (&'k str, T)>) -> Vec<(&'k str, T, T)> {
    let mut keyed: Vec<(&str, usize, T)> = keyed
        .into_iter()
        .enumerate()
        .map(|(order, (key, item))| (key, order, item))
        .collect();
    // Stable: of equal keys, the first written stays first.
    keyed.sort_by(|a, b| a.0.cmp(b.0));
    let mut repeats: Vec<(usize, &str, T, T)> = Vec::new();
    for group in keyed.chunk_by(|a, b| a.0 == b.0) {
        if let Some((&(_, _, first), later)) = group.split_first() {
            repeats.extend(later.iter().map(|&(key, order, item)| (order, key, item, first)));
        }
    }
    repeats.sort_by_key(|&(order, ..)| order);
    repeats
        .into_iter()
        .map(|(_, key, item, first)| (key, item, first))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::repeats;

    #[test]
    fn repeats_name_each_later_use_with_the_first_in_order() {
        let keyed = [("b", 0), ("a", 1), ("b", 2), ("c", 3), ("a", 4), ("b", 5)];
        assert_eq!(repeats(keyed), [("b", 2, 0), ("a", 4, 1), ("b", 5, 0)]);
        assert_eq!(repeats([("x", 0), ("y", 1)]), []);
    }
}
