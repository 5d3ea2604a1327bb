//! Validation of a document against a compiled schema: every keyword of every applicable
//! subschema is checked (JSON Schema 2020-12 semantics for the keywords `build.rs` admits),
//! and each failure becomes a [`SchemaError`] with the instance's JSON pointer.

use std::borrow::Cow;

use serde_json::Value as Literal;

use super::node::{
    Compiled, Discriminator, Dispatch, Node, Schema, ARRAY, BOOLEAN, INTEGER, NULL, NUMBER, OBJECT, STRING,
};
use crate::pointer::{self, Part};
use crate::value::{Map, Number, Value};

/// What failed, with the keyword's value where a message needs it.
#[derive(Debug, Clone, PartialEq)]
pub enum ErrorKind<'s, 'v> {
    /// `required` (or `dependentRequired`): this member is missing.
    Required(&'s str),
    /// `additionalProperties: false`: these members are not declared.
    AdditionalProperties(Vec<&'v str>),
    /// A `false` subschema: nothing is allowed here.
    FalseSchema,
    /// `type`: the allowed types (a set of [`super::node`] type bits).
    Type(u8),
    /// `enum`: the allowed values.
    Enum(&'s Literal),
    /// `const`: the only allowed value.
    Const(&'s Literal),
    MaxLength(u64),
    MinLength(u64),
    MaxItems(u64),
    MinItems(u64),
    Minimum(&'s Literal),
    Maximum(&'s Literal),
    MinProperties(u64),
    /// `not`: the value matches a schema it must not match.
    Not,
}

impl ErrorKind<'_, '_> {
    /// The keyword that failed.
    pub fn keyword(&self) -> &'static str {
        match self {
            ErrorKind::Required(_) => "required",
            ErrorKind::AdditionalProperties(_) => "additionalProperties",
            ErrorKind::FalseSchema => "false",
            ErrorKind::Type(_) => "type",
            ErrorKind::Enum(_) => "enum",
            ErrorKind::Const(_) => "const",
            ErrorKind::MaxLength(_) => "maxLength",
            ErrorKind::MinLength(_) => "minLength",
            ErrorKind::MaxItems(_) => "maxItems",
            ErrorKind::MinItems(_) => "minItems",
            ErrorKind::Minimum(_) => "minimum",
            ErrorKind::Maximum(_) => "maximum",
            ErrorKind::MinProperties(_) => "minProperties",
            ErrorKind::Not => "not",
        }
    }
}

/// One failed keyword at one place of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaError<'s, 'v> {
    /// JSON pointer of the value that failed.
    pub pointer: String,
    pub instance: &'v Value<'v>,
    pub kind: ErrorKind<'s, 'v>,
}

/// Every error of `value` against `schema`.
pub fn errors<'s, 'v>(schema: &'s Compiled, value: &'v Value<'v>) -> Vec<SchemaError<'s, 'v>> {
    let mut validator = Validator {
        defs: &schema.defs,
        errors: Vec::new(),
        verdict_only: false,
        failed: false,
    };
    validator.schema(&schema.root, value, &At::Root);
    validator.errors
}

/// Whether `value` is valid against `schema`: the same walk in verdict mode, which stops at the
/// first failure and builds no pointer (`if` and `not` only need a yes or no).
#[cfg_attr(walint_speed, optimize(speed))]
fn is_valid(defs: &[Schema], schema: &Schema, value: &Value) -> bool {
    let mut validator = Validator {
        defs,
        errors: Vec::new(),
        verdict_only: true,
        failed: false,
    };
    validator.schema(schema, value, &At::Root);
    !validator.failed
}

struct Validator<'s, 'v> {
    defs: &'s [Schema],
    errors: Vec<SchemaError<'s, 'v>>,
    /// Only whether anything fails: stop at the first failure, collect nothing.
    verdict_only: bool,
    failed: bool,
}

impl<'s, 'v> Validator<'s, 'v> {
    fn fail(&mut self, at: &At<'_>, instance: &'v Value<'v>, kind: ErrorKind<'s, 'v>) {
        self.failed = true;
        if self.verdict_only {
            return;
        }
        self.errors.push(SchemaError {
            pointer: at.render(),
            instance,
            kind,
        });
    }

    /// In verdict mode, the verdict is known once anything failed.
    fn done(&self) -> bool {
        self.verdict_only && self.failed
    }

    #[cfg_attr(walint_speed, optimize(speed))]
    fn schema(&mut self, schema: &'s Schema, value: &'v Value<'v>, at: &At<'_>) {
        if self.done() {
            return;
        }
        match schema {
            Schema::True => {}
            Schema::False => self.fail(at, value, ErrorKind::FalseSchema),
            Schema::Node(node) => self.node(node, value, at),
        }
    }

    #[cfg_attr(walint_speed, optimize(speed))]
    fn node(&mut self, node: &'s Node, value: &'v Value<'v>, at: &At<'_>) {
        if let Some(index) = node.reference {
            if let Some(target) = self.defs.get(index) {
                self.schema(target, value, at);
            }
        }
        if let Some(types) = node.types {
            if !has_type(value, types) {
                self.fail(at, value, ErrorKind::Type(types));
            }
        }
        if let Some(options) = &node.enumeration {
            let allowed = options
                .as_array()
                .is_some_and(|o| o.iter().any(|option| equal(option, value)));
            if !allowed {
                self.fail(at, value, ErrorKind::Enum(options));
            }
        }
        if let Some(expected) = &node.constant {
            if !equal(expected, value) {
                self.fail(at, value, ErrorKind::Const(expected));
            }
        }
        if self.done() {
            return;
        }
        match value {
            Value::Object(members) => self.object(node, members, value, at),
            Value::Array(items) => self.array(node, items, value, at),
            Value::String(text) => self.string(node, text, value, at),
            Value::Number(number) => self.number(node, number, value, at),
            Value::Null | Value::Bool(_) => {}
        }
        match &node.dispatch {
            None => {
                for sub in &node.all_of {
                    self.schema(sub, value, at);
                }
            }
            Some(dispatch) => {
                let selected = self.dispatched(dispatch, value);
                for (index, sub) in node.all_of.iter().enumerate() {
                    if !dispatch.dispatched.get(index).copied().unwrap_or(false) {
                        self.schema(sub, value, at);
                    } else if selected.contains(&index) {
                        // The `if` passed: the entry's `then` applies.
                        if let Some(then) = then_of(sub) {
                            self.schema(then, value, at);
                        }
                    }
                }
            }
        }
        if self.done() {
            return;
        }
        if let Some(condition) = &node.condition {
            let passes = match &condition.discriminator {
                Some(discriminator) => self.discriminate(discriminator, value),
                None => is_valid(self.defs, &condition.test, value),
            };
            let branch = if passes {
                &condition.then
            } else {
                &condition.otherwise
            };
            if let Some(branch) = branch {
                self.schema(branch, value, at);
            }
        }
        if let Some(not) = &node.not {
            if is_valid(self.defs, not, value) {
                self.fail(at, value, ErrorKind::Not);
            }
        }
    }

    /// The dispatched `allOf` entries whose `if` passes for `value`, in order.
    #[cfg_attr(walint_speed, optimize(speed))]
    fn dispatched(&self, dispatch: &'s Dispatch, value: &'v Value<'v>) -> Cow<'s, [usize]> {
        let Value::Object(members) = value else {
            return Cow::Borrowed(&dispatch.entries);
        };
        match members.get(&dispatch.property) {
            None => Cow::Borrowed(&dispatch.when_absent),
            Some(Value::String(text)) => Cow::Borrowed(
                dispatch
                    .by_string
                    .binary_search_by(|(known, _)| known.as_str().cmp(text))
                    .ok()
                    .and_then(|at| dispatch.by_string.get(at))
                    .map_or(&[][..], |(_, selected)| selected.as_slice()),
            ),
            Some(member) => Cow::Owned(
                dispatch
                    .others
                    .iter()
                    .filter(|(_, allowed)| allowed.iter().any(|allowed| equal(allowed, member)))
                    .map(|(index, _)| *index)
                    .collect(),
            ),
        }
    }

    /// The verdict of an `if` that is a [`Discriminator`].
    #[cfg_attr(walint_speed, optimize(speed))]
    fn discriminate(&self, discriminator: &Discriminator, value: &Value) -> bool {
        let Value::Object(members) = value else {
            return true;
        };
        match members.get(&discriminator.property) {
            None => !discriminator.required,
            Some(member) => discriminator.allowed.iter().any(|allowed| equal(allowed, member)),
        }
    }

    #[cfg_attr(walint_speed, optimize(speed))]
    fn object(&mut self, node: &'s Node, members: &'v Map<'v>, value: &'v Value<'v>, at: &At<'_>) {
        for name in &node.required {
            if !members.contains_key(name) {
                self.fail(at, value, ErrorKind::Required(name));
            }
        }
        for (trigger, dependents) in &node.dependent_required {
            if members.contains_key(trigger) {
                for name in dependents {
                    if !members.contains_key(name) {
                        self.fail(at, value, ErrorKind::Required(name));
                    }
                }
            }
        }
        if let Some(limit) = node.min_properties {
            if (members.len() as u64) < limit {
                self.fail(at, value, ErrorKind::MinProperties(limit));
            }
        }
        if node.additional_properties.is_none() && node.properties.len() < members.len() {
            // Only declared members are checked: look the few declared ones up (an `if` that
            // tests one member of a big object). Both lists are sorted the same way, so the
            // members are visited in the same order either way.
            for (name, schema) in &node.properties {
                if self.done() {
                    break;
                }
                if let Some((name, member)) = members.get_key_value(name) {
                    self.schema(schema, member, &At::Key(at, name));
                }
            }
            return;
        }
        let mut unexpected = Vec::new();
        for (name, member) in members {
            if self.done() {
                break;
            }
            let here = At::Key(at, name);
            match node.property(name) {
                Some(schema) => self.schema(schema, member, &here),
                None => match &node.additional_properties {
                    Some(Schema::False) => unexpected.push(name),
                    Some(schema) => self.schema(schema, member, &here),
                    None => {}
                },
            }
        }
        if !unexpected.is_empty() {
            self.fail(at, value, ErrorKind::AdditionalProperties(unexpected));
        }
    }

    #[cfg_attr(walint_speed, optimize(speed))]
    fn array(&mut self, node: &'s Node, items: &'v [Value<'v>], value: &'v Value<'v>, at: &At<'_>) {
        let count = items.len() as u64;
        if node.max_items.is_some_and(|limit| count > limit) {
            self.fail(at, value, ErrorKind::MaxItems(node.max_items.unwrap_or_default()));
        }
        if node.min_items.is_some_and(|limit| count < limit) {
            self.fail(at, value, ErrorKind::MinItems(node.min_items.unwrap_or_default()));
        }
        if let Some(schema) = &node.items {
            for (index, item) in items.iter().enumerate() {
                self.schema(schema, item, &At::Index(at, index));
            }
        }
    }

    #[cfg_attr(walint_speed, optimize(speed))]
    fn string(&mut self, node: &'s Node, text: &str, value: &'v Value<'v>, at: &At<'_>) {
        if node.max_length.is_none() && node.min_length.is_none() {
            return;
        }
        // Lengths in Unicode code points, as JSON Schema (and Meta) count them.
        let length = text.chars().count() as u64;
        if let Some(limit) = node.max_length.filter(|limit| length > *limit) {
            self.fail(at, value, ErrorKind::MaxLength(limit));
        }
        if let Some(limit) = node.min_length.filter(|limit| length < *limit) {
            self.fail(at, value, ErrorKind::MinLength(limit));
        }
    }

    fn number(&mut self, node: &'s Node, number: &Number, value: &'v Value<'v>, at: &At<'_>) {
        if let Some(limit) = &node.minimum {
            if compare(number, limit).is_some_and(|order| order.is_lt()) {
                self.fail(at, value, ErrorKind::Minimum(limit));
            }
        }
        if let Some(limit) = &node.maximum {
            if compare(number, limit).is_some_and(|order| order.is_gt()) {
                self.fail(at, value, ErrorKind::Maximum(limit));
            }
        }
    }
}

/// The `then` of an `allOf` entry that is only an `if` and a `then`.
fn then_of(entry: &Schema) -> Option<&Schema> {
    match entry {
        Schema::Node(node) => node.condition.as_ref()?.then.as_ref(),
        _ => None,
    }
}

/// Where the validator is in the document: a chain of steps up to the root, on the stack
/// (documents may be deeper than any fixed-size path).
enum At<'a> {
    Root,
    Key(&'a At<'a>, &'a str),
    Index(&'a At<'a>, usize),
}

impl At<'_> {
    /// The RFC 6901 pointer.
    fn render(&self) -> String {
        let mut parts = Vec::new();
        let mut at = self;
        loop {
            match at {
                At::Root => break,
                At::Key(parent, key) => {
                    parts.push(Part::Key(key));
                    at = parent;
                }
                At::Index(parent, index) => {
                    parts.push(Part::Index(*index));
                    at = parent;
                }
            }
        }
        pointer::join("", parts.into_iter().rev())
    }
}

/// Whether `value` is of one of the types in the set. An integer is a number without a
/// fractional part (`1.0` is one).
#[cfg_attr(walint_speed, optimize(speed))]
pub(super) fn has_type(value: &Value, types: u8) -> bool {
    let bit = match value {
        Value::Null => NULL,
        Value::Bool(_) => BOOLEAN,
        Value::String(_) => STRING,
        Value::Array(_) => ARRAY,
        Value::Object(_) => OBJECT,
        Value::Number(number) => {
            if is_integer(number) {
                NUMBER | INTEGER
            } else {
                NUMBER
            }
        }
    };
    types & bit != 0
}

fn is_integer(number: &Number) -> bool {
    number.is_i64() || number.is_u64() || number.as_f64().is_some_and(|f| f.is_finite() && f.fract() == 0.0)
}

/// `number` compared with a limit, numerically.
fn compare(number: &Number, limit: &Literal) -> Option<std::cmp::Ordering> {
    let limit = limit.as_number()?;
    match (number.as_i64(), limit.as_i64()) {
        (Some(a), Some(b)) => Some(a.cmp(&b)),
        _ => number.as_f64()?.partial_cmp(&limit.as_f64()?),
    }
}

/// JSON equality of a schema's literal and a document's value, with numbers compared by value
/// (`1` equals `1.0`), as JSON Schema's `enum` and `const` compare.
#[cfg_attr(walint_speed, optimize(speed))]
fn equal(a: &Literal, b: &Value<'_>) -> bool {
    match (a, b) {
        (Literal::Number(x), Value::Number(y)) => compare(y, a).is_some_and(|order| order.is_eq()) || x == y,
        (Literal::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| equal(x, y))
        }
        (Literal::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(key, x)| y.get(key).is_some_and(|y| equal(x, y)))
        }
        (Literal::Null, Value::Null) => true,
        (Literal::Bool(x), Value::Bool(y)) => x == y,
        (Literal::String(x), Value::String(y)) => x == y,
        _ => false,
    }
}
