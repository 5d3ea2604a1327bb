//! The type sets of the `type` keyword, shared by the compiled schemas (`node.rs`) and the
//! build script that generates the validity check (`build/verdict.rs` includes this file).

use serde_json::Value;

/// The JSON types of the `type` keyword, as bits of a set.
pub const ARRAY: u8 = 1;
pub const BOOLEAN: u8 = 1 << 1;
pub const INTEGER: u8 = 1 << 2;
pub const NULL: u8 = 1 << 3;
pub const NUMBER: u8 = 1 << 4;
pub const OBJECT: u8 = 1 << 5;
pub const STRING: u8 = 1 << 6;

/// Type names in the order they are listed in messages.
pub const TYPE_NAMES: [(u8, &str); 7] = [
    (ARRAY, "array"),
    (BOOLEAN, "boolean"),
    (INTEGER, "integer"),
    (NULL, "null"),
    (NUMBER, "number"),
    (OBJECT, "object"),
    (STRING, "string"),
];

/// The type set of a `type` keyword (a name or a list of names).
pub fn type_set(value: &Value) -> u8 {
    let bit = |name: &str| {
        TYPE_NAMES
            .iter()
            .find(|(_, known)| *known == name)
            .map_or(0, |(bit, _)| *bit)
    };
    match value {
        Value::String(name) => bit(name),
        Value::Array(names) => names
            .iter()
            .filter_map(Value::as_str)
            .fold(0, |set, name| set | bit(name)),
        _ => 0,
    }
}
