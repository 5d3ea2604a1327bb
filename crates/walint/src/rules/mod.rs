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
