//! A schema compiled for validation: the JSON of `schemas/*.schema.json` (annotations dropped
//! by `build.rs`) turned once into nodes whose keywords are ready to check, with every `$ref`
//! resolved to an index into the schema's `$defs`.

use serde_json::{Map, Value};

use super::types::type_set;
pub use super::types::{ARRAY, BOOLEAN, INTEGER, NULL, NUMBER, OBJECT, STRING, TYPE_NAMES};

/// A subschema: `true`, `false`, or keywords.
pub enum Schema {
    True,
    False,
    Node(Box<Node>),
}

/// `if`, `then`, `else`.
pub struct Condition {
    pub test: Schema,
    pub then: Option<Schema>,
    pub otherwise: Option<Schema>,
    /// The same test, when it only compares one member with constants: decided with one
    /// lookup instead of a walk (most of the schemas' `if`s dispatch on `type` or `field`).
    pub discriminator: Option<Discriminator>,
}

/// An `if` of the form `{"properties": {P: {"const": C}}, "required": [P]}` (or `enum`, or
/// without `required`): an object passes when member P equals one of the constants (or is
/// absent and not required); anything but an object passes.
pub struct Discriminator {
    pub property: String,
    pub allowed: Vec<Value>,
    pub required: bool,
}

impl Discriminator {
    fn of(test: &Value) -> Option<Discriminator> {
        let test = test.as_object()?;
        let properties = test.get("properties")?.as_object()?;
        let required = match test.get("required") {
            None => false,
            Some(required) => {
                let names = required.as_array()?;
                match names.as_slice() {
                    [] => false,
                    [name] if properties.contains_key(name.as_str()?) => true,
                    _ => return None,
                }
            }
        };
        if test.keys().any(|key| key != "properties" && key != "required") || properties.len() != 1 {
            return None;
        }
        let (property, compared) = properties.iter().next()?;
        let compared = compared.as_object()?;
        let allowed = match (compared.len(), compared.get("const"), compared.get("enum")) {
            (1, Some(constant), None) => vec![constant.clone()],
            (1, None, Some(Value::Array(options))) => options.clone(),
            _ => return None,
        };
        Some(Discriminator {
            property: property.clone(),
            allowed,
            required,
        })
    }
}

/// The `allOf` entries of one node that are nothing but an `if` comparing one member (the
/// same for all) with constants, and a `then`: the schemas dispatch on `type` or `field` this
/// way, dozens of entries in a row. They are decided together, with one lookup of the member.
pub struct Dispatch {
    pub property: String,
    /// Per `allOf` entry: whether it is decided here.
    pub dispatched: Vec<bool>,
    /// Every dispatched entry, in order (an instance that is not an object passes them all).
    pub entries: Vec<usize>,
    /// The entries whose `if` passes when the member is absent (those without `required`).
    pub when_absent: Vec<usize>,
    /// The entries each string value of the member selects, in order; sorted by value.
    pub by_string: Vec<(String, Vec<usize>)>,
    /// Entries that allow non-string values, with those values (compared as JSON Schema does).
    pub others: Vec<(usize, Vec<Value>)>,
}

/// Fewer dispatched entries than this are left to their own `if`.
const MIN_DISPATCHED: usize = 4;

impl Dispatch {
    fn of(all_of: &[Schema]) -> Option<Dispatch> {
        let discriminators: Vec<Option<&Discriminator>> = all_of.iter().map(only_discriminating_if).collect();
        // The member most entries dispatch on.
        let mut names: Vec<&str> = discriminators
            .iter()
            .flatten()
            .map(|d| d.property.as_str())
            .collect();
        names.sort_unstable();
        let (property, count) = names
            .chunk_by(|a, b| a == b)
            .filter_map(|run| Some((*run.first()?, run.len())))
            .max_by_key(|&(name, count)| (count, std::cmp::Reverse(name)))?;
        if count < MIN_DISPATCHED {
            return None;
        }
        let mut dispatch = Dispatch {
            property: property.to_owned(),
            dispatched: vec![false; all_of.len()],
            entries: Vec::new(),
            when_absent: Vec::new(),
            by_string: Vec::new(),
            others: Vec::new(),
        };
        for (index, discriminator) in discriminators.iter().enumerate() {
            let Some(discriminator) = discriminator.filter(|d| d.property == dispatch.property) else {
                continue;
            };
            dispatch.dispatched[index] = true;
            dispatch.entries.push(index);
            if !discriminator.required {
                dispatch.when_absent.push(index);
            }
            let mut others = Vec::new();
            for allowed in &discriminator.allowed {
                match allowed {
                    Value::String(text) => {
                        let at = match dispatch
                            .by_string
                            .binary_search_by(|(known, _)| known.as_str().cmp(text))
                        {
                            Ok(at) => at,
                            Err(at) => {
                                dispatch.by_string.insert(at, (text.clone(), Vec::new()));
                                at
                            }
                        };
                        if let Some((_, selected)) = dispatch.by_string.get_mut(at) {
                            if selected.last() != Some(&index) {
                                selected.push(index);
                            }
                        }
                    }
                    other => others.push(other.clone()),
                }
            }
            if !others.is_empty() {
                dispatch.others.push((index, others));
            }
        }
        Some(dispatch)
    }
}

/// The discriminator of an `allOf` entry that holds nothing but an `if` of that kind and a
/// `then`.
fn only_discriminating_if(entry: &Schema) -> Option<&Discriminator> {
    let Schema::Node(node) = entry else { return None };
    let condition = node.condition.as_deref()?;
    let only_condition = node.types.is_none()
        && node.required.is_empty()
        && node.properties.is_empty()
        && node.additional_properties.is_none()
        && node.items.is_none()
        && node.all_of.is_empty()
        && node.dispatch.is_none()
        && node.not.is_none()
        && node.enumeration.is_none()
        && node.constant.is_none()
        && node.max_length.is_none()
        && node.min_length.is_none()
        && node.max_items.is_none()
        && node.min_items.is_none()
        && node.minimum.is_none()
        && node.maximum.is_none()
        && node.min_properties.is_none()
        && node.dependent_required.is_empty()
        && node.reference.is_none();
    (only_condition && condition.otherwise.is_none() && condition.then.is_some())
        .then_some(condition.discriminator.as_ref())
        .flatten()
}

/// The keywords of one schema object. Absent keywords are `None` or empty.
#[derive(Default)]
pub struct Node {
    pub types: Option<u8>,
    pub required: Vec<String>,
    pub properties: Vec<(String, Schema)>,
    pub additional_properties: Option<Schema>,
    pub items: Option<Schema>,
    pub all_of: Vec<Schema>,
    /// The `allOf` entries decided together (see [`Dispatch`]).
    pub dispatch: Option<Dispatch>,
    pub condition: Option<Box<Condition>>,
    pub not: Option<Schema>,
    /// The `enum` array (kept whole: messages list it).
    pub enumeration: Option<Value>,
    pub constant: Option<Value>,
    pub max_length: Option<u64>,
    pub min_length: Option<u64>,
    pub max_items: Option<u64>,
    pub min_items: Option<u64>,
    pub minimum: Option<Value>,
    pub maximum: Option<Value>,
    pub min_properties: Option<u64>,
    pub dependent_required: Vec<(String, Vec<String>)>,
    /// Index of the `$defs` entry a `$ref` names.
    pub reference: Option<usize>,
}

/// Up to this many declared properties, a lookup scans them instead of bisecting.
const LINEAR_PROPERTIES: usize = 64;

impl Node {
    /// The subschema of a declared property (`properties` is sorted by name).
    #[cfg_attr(walint_speed, optimize(speed))]
    pub fn property(&self, name: &str) -> Option<&Schema> {
        if self.properties.len() > LINEAR_PROPERTIES {
            return self
                .properties
                .binary_search_by(|(key, _)| key.as_str().cmp(name))
                .ok()
                .and_then(|at| self.properties.get(at))
                .map(|(_, schema)| schema);
        }
        // A few names: length and first byte rule out almost all of them without a comparison
        // call.
        let first = name.as_bytes().first();
        self.properties
            .iter()
            .find(|(key, _)| {
                key.as_bytes().first() == first && crate::value::same_bytes(key.as_bytes(), name.as_bytes())
            })
            .map(|(_, schema)| schema)
    }
}

/// A whole schema: its root and its `$defs`.
pub struct Compiled {
    pub root: Schema,
    pub defs: Vec<Schema>,
}

/// Compiles the schema JSON written by `build.rs`. It was checked at build time (only
/// implemented keywords, every `$ref` resolvable), so nothing here can fail on it.
pub fn compile(text: &str) -> Compiled {
    let value: Value = serde_json::from_str(text).unwrap_or(Value::Bool(true));
    let names: Vec<String> = value
        .get("$defs")
        .and_then(Value::as_object)
        .map(|defs| defs.keys().cloned().collect())
        .unwrap_or_default();
    let compiler = Compiler { names: &names };
    let defs = value
        .get("$defs")
        .and_then(Value::as_object)
        .map(|defs| defs.values().map(|def| compiler.schema(def)).collect())
        .unwrap_or_default();
    Compiled {
        root: compiler.schema(&value),
        defs,
    }
}

struct Compiler<'a> {
    names: &'a [String],
}

impl Compiler<'_> {
    fn schema(&self, value: &Value) -> Schema {
        match value {
            Value::Bool(false) => Schema::False,
            Value::Object(members) => Schema::Node(Box::new(self.node(members))),
            _ => Schema::True,
        }
    }

    fn node(&self, members: &Map<String, Value>) -> Node {
        let count = |key: &str| members.get(key).and_then(Value::as_u64);
        let strings = |value: &Value| -> Vec<String> {
            value
                .as_array()
                .map(|items| {
                    items
                        .iter()
                        .filter_map(Value::as_str)
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default()
        };
        let sub = |key: &str| members.get(key).map(|value| self.schema(value));
        let all_of: Vec<Schema> = members
            .get("allOf")
            .and_then(Value::as_array)
            .map(|all| all.iter().map(|value| self.schema(value)).collect())
            .unwrap_or_default();
        let dispatch = Dispatch::of(&all_of);
        Node {
            types: members.get("type").map(type_set),
            required: members.get("required").map(strings).unwrap_or_default(),
            properties: members
                .get("properties")
                .and_then(Value::as_object)
                .map(|properties| {
                    let mut sorted: Vec<(String, Schema)> = properties
                        .iter()
                        .map(|(name, value)| (name.clone(), self.schema(value)))
                        .collect();
                    sorted.sort_by(|a, b| a.0.cmp(&b.0));
                    sorted
                })
                .unwrap_or_default(),
            additional_properties: sub("additionalProperties"),
            items: sub("items"),
            all_of,
            dispatch,
            condition: sub("if").map(|test| {
                Box::new(Condition {
                    test,
                    then: sub("then"),
                    otherwise: sub("else"),
                    discriminator: members.get("if").and_then(Discriminator::of),
                })
            }),
            not: sub("not"),
            enumeration: members.get("enum").cloned(),
            constant: members.get("const").cloned(),
            max_length: count("maxLength"),
            min_length: count("minLength"),
            max_items: count("maxItems"),
            min_items: count("minItems"),
            minimum: members.get("minimum").cloned(),
            maximum: members.get("maximum").cloned(),
            min_properties: count("minProperties"),
            dependent_required: members
                .get("dependentRequired")
                .and_then(Value::as_object)
                .map(|map| {
                    map.iter()
                        .map(|(key, value)| (key.clone(), strings(value)))
                        .collect()
                })
                .unwrap_or_default(),
            reference: members
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|reference| reference.strip_prefix("#/$defs/"))
                // `build.rs` checked that every `$ref` names a definition.
                .and_then(|name| self.names.iter().position(|known| known == name)),
        }
    }
}
