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
/// code in the WASM build; the sorting is done once for every item type ([`repeated_positions`]).
pub fn repeats<'k, T: Copy>(keyed: impl IntoIterator<Item = (&'k str, T)>) -> Vec<(&'k str, T, T)> {
    let keyed: Vec<(&str, T)> = keyed.into_iter().collect();
    let keys: Vec<&str> = keyed.iter().map(|&(key, _)| key).collect();
    repeated_positions(&keys)
        .into_iter()
        .filter_map(|(later, first)| {
            let &(key, item) = keyed.get(later)?;
            Some((key, item, keyed.get(first)?.1))
        })
        .collect()
}

/// Of `keys`, each position whose key an earlier one has, with the first position of that
/// key: `(later, first)`, in the order of the later positions.
fn repeated_positions(keys: &[&str]) -> Vec<(usize, usize)> {
    let key = |at: usize| keys.get(at).copied().unwrap_or_default();
    let mut order: Vec<usize> = (0..keys.len()).collect();
    // Stable: of equal keys, the first written stays first.
    order.sort_by(|&a, &b| key(a).cmp(key(b)));
    let mut found = Vec::new();
    for group in order.chunk_by(|&a, &b| key(a) == key(b)) {
        if let Some((&first, later)) = group.split_first() {
            found.extend(later.iter().map(|&later| (later, first)));
        }
    }
    found.sort_unstable();
    found
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
