//! Writes, for one schema, Rust functions that tell whether a document is valid against it
//! without building any error: `src/schema/verdict.rs` includes them, and the validator runs
//! only for documents they do not accept (most documents are valid). Each function checks one
//! subschema's keywords with its constants written in: property names become `match` arms,
//! literals become comparisons, and the `if`s that compare one member with constants share
//! one lookup of that member. A construct without a direct translation (an array or object literal)
//! answers "not valid", which hands the document to the validator: never a wrong verdict.

use std::fmt::Write as _;

use serde_json::{Map, Value};

/// The functions of `schema` (stripped of annotations), with `pub fn valid` first.
pub fn generate(schema: &Value) -> String {
    let defs: Vec<(&String, &Value)> = schema
        .get("$defs")
        .and_then(Value::as_object)
        .map(|defs| defs.iter().collect())
        .unwrap_or_default();
    let mut generator = Generator {
        defs: defs.iter().map(|(name, _)| name.as_str()).collect(),
        functions: String::new(),
        count: 0,
    };
    let root = generator.check(schema, "v");
    for (index, (_, def)) in defs.iter().enumerate() {
        let body = generator.body(def);
        writeln!(
            generator.functions,
            "fn def_{index}(v: &Value<'_>) -> bool {{\n{body}}}"
        )
        .ok();
    }
    format!(
        "/// Whether `v` is valid against the schema.\npub fn valid(v: &Value<'_>) -> bool {{\n    {root}\n}}\n\n{}",
        generator.functions
    )
}

struct Generator<'s> {
    defs: Vec<&'s str>,
    functions: String,
    count: usize,
}

/// An `if` that compares one member with constants: `{"properties": {P: {"const": C}}}` (or
/// `enum`), with `"required": [P]` or without.
struct Discriminator<'a> {
    property: &'a str,
    allowed: Vec<&'a Value>,
    required: bool,
}

/// The discriminator of an `allOf` entry that is nothing but a discriminating `if` and a
/// `then` (the `then` applies when the member matches).
fn discriminating_entry(entry: &Value) -> Option<Discriminator<'_>> {
    let entry = entry.as_object()?;
    if entry.len() != 2 || !entry.contains_key("then") {
        return None;
    }
    discriminator(entry.get("if")?)
}

fn discriminator(test: &Value) -> Option<Discriminator<'_>> {
    let test = test.as_object()?;
    let properties = test.get("properties")?.as_object()?;
    if test.keys().any(|key| key != "properties" && key != "required") || properties.len() != 1 {
        return None;
    }
    let (property, compared) = properties.iter().next()?;
    let required = match test.get("required") {
        None => false,
        Some(required) => match required.as_array()?.as_slice() {
            [] => false,
            [name] if name.as_str() == Some(property) => true,
            _ => return None,
        },
    };
    let compared = compared.as_object()?;
    let allowed = match (compared.len(), compared.get("const"), compared.get("enum")) {
        (1, Some(constant), None) => vec![constant],
        (1, None, Some(Value::Array(options))) => options.iter().collect(),
        _ => return None,
    };
    Some(Discriminator {
        property,
        allowed,
        required,
    })
}

/// The expression "`var` equals `literal`" (JSON Schema equality: numbers by value), or `None`
/// for an array or object literal.
fn equals(var: &str, literal: &Value) -> Option<String> {
    Some(match literal {
        Value::Null => format!("{var}.is_null()"),
        Value::Bool(flag) => format!("{var}.as_bool() == Some({flag})"),
        Value::String(text) => format!("{var}.as_str() == Some({text:?})"),
        Value::Number(number) => {
            let integer = number
                .as_i64()
                .map_or("None".to_owned(), |i| format!("Some({i}i64)"));
            let float = number.as_f64()?;
            format!("number_is({var}, {integer}, {float:?})")
        }
        Value::Array(_) | Value::Object(_) => return None,
    })
}

/// "`var` equals one of `literals`".
fn one_of(var: &str, literals: &[&Value]) -> String {
    let mut parts = Vec::new();
    for literal in literals {
        match equals(var, literal) {
            Some(part) => parts.push(part),
            // Not translated: answer "not valid", the validator decides.
            None => return "false".to_owned(),
        }
    }
    if parts.is_empty() {
        "false".to_owned()
    } else {
        parts.join(" || ")
    }
}

/// The condition "`v` passes the discriminator `if`" (anything but an object passes), given
/// `looked_up`: the variable holding `member(v, property)`.
fn passes(discriminator: &Discriminator<'_>, looked_up: &str) -> String {
    let absent = !discriminator.required;
    let matches = one_of("x", &discriminator.allowed);
    format!("match {looked_up} {{ None => true, Some(None) => {absent}, Some(Some(x)) => {matches} }}")
}

/// The variables that hold the members the discriminators of one subschema compare: each
/// member is looked up once, however many `if`s compare it (a message's `type` has 11).
struct Lookups<'a> {
    properties: Vec<&'a str>,
}

impl<'a> Lookups<'a> {
    /// The members compared by `members`' discriminating `allOf` entries and `if`.
    fn of(members: &'a Map<String, Value>) -> Self {
        let entries = members
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(discriminating_entry);
        let test = members.get("if").and_then(discriminator);
        let mut properties: Vec<&str> = Vec::new();
        for discriminator in entries.chain(test) {
            if !properties.contains(&discriminator.property) {
                properties.push(discriminator.property);
            }
        }
        Lookups { properties }
    }

    /// `let` statements for every member.
    fn declare(&self, out: &mut String) {
        for (index, property) in self.properties.iter().enumerate() {
            writeln!(out, "    let member_{index} = member(v, {property:?});").ok();
        }
    }

    /// The variable of `property`.
    fn variable(&self, property: &str) -> String {
        let index = self
            .properties
            .iter()
            .position(|known| *known == property)
            .unwrap_or(0);
        format!("member_{index}")
    }
}

impl Generator<'_> {
    /// The expression "`var` is valid against `schema`".
    fn check(&mut self, schema: &Value, var: &str) -> String {
        match schema {
            Value::Bool(false) => "false".to_owned(),
            Value::Object(members) if members.is_empty() => "true".to_owned(),
            Value::Object(_) => {
                let name = format!("n{}", self.count);
                self.count += 1;
                let body = self.body(schema);
                writeln!(self.functions, "fn {name}(v: &Value<'_>) -> bool {{\n{body}}}").ok();
                format!("{name}({var})")
            }
            _ => "true".to_owned(),
        }
    }

    /// The statements of one subschema's function, ending in `true`.
    fn body(&mut self, schema: &Value) -> String {
        let Some(members) = schema.as_object() else {
            return format!("    {}\n", self.check(schema, "v"));
        };
        let mut out = String::new();
        let fail = |out: &mut String, condition: String| {
            writeln!(out, "    if {condition} {{ return false; }}").ok();
        };
        if let Some(name) = members
            .get("$ref")
            .and_then(Value::as_str)
            .and_then(|r| r.strip_prefix("#/$defs/"))
        {
            // build.rs checked that it exists.
            let index = self.defs.iter().position(|known| *known == name).unwrap_or(0);
            fail(&mut out, format!("!def_{index}(v)"));
        }
        if let Some(types) = members.get("type") {
            fail(
                &mut out,
                format!("!has_type(v, {})", super::types::type_set(types)),
            );
        }
        if let Some(options) = members.get("enum") {
            let options: Vec<&Value> = options.as_array().map(|o| o.iter().collect()).unwrap_or_default();
            fail(&mut out, format!("!({})", one_of("v", &options)));
        }
        if let Some(constant) = members.get("const") {
            fail(&mut out, format!("!({})", one_of("v", &[constant])));
        }
        self.object(members, &mut out);
        self.array(members, &mut out);
        string(members, &mut out);
        number(members, &mut out);
        let lookups = Lookups::of(members);
        lookups.declare(&mut out);
        if let Some(all) = members.get("allOf").and_then(Value::as_array) {
            for entry in all {
                match discriminating_entry(entry) {
                    Some(discriminator) => {
                        let then = self.check(entry.get("then").unwrap_or(&Value::Bool(true)), "v");
                        let looked_up = lookups.variable(discriminator.property);
                        fail(
                            &mut out,
                            format!("({}) && !{then}", passes(&discriminator, &looked_up)),
                        );
                    }
                    None => {
                        let check = self.check(entry, "v");
                        fail(&mut out, format!("!{check}"));
                    }
                }
            }
        }
        if let Some(test) = members.get("if") {
            let condition = match discriminator(test) {
                Some(discriminator) => passes(&discriminator, &lookups.variable(discriminator.property)),
                None => self.check(test, "v"),
            };
            let then = members.get("then").map(|then| self.check(then, "v"));
            let otherwise = members.get("else").map(|otherwise| self.check(otherwise, "v"));
            writeln!(
                out,
                "    if {condition} {{ if !{} {{ return false; }} }} else {{ if !{} {{ return false; }} }}",
                then.unwrap_or_else(|| "true".to_owned()),
                otherwise.unwrap_or_else(|| "true".to_owned())
            )
            .ok();
        }
        if let Some(not) = members.get("not") {
            let check = self.check(not, "v");
            fail(&mut out, check);
        }
        out.push_str("    true\n");
        out
    }

    fn object(&mut self, members: &Map<String, Value>, out: &mut String) {
        let required: Vec<&str> = members
            .get("required")
            .and_then(Value::as_array)
            .map(|names| names.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let dependent = members.get("dependentRequired").and_then(Value::as_object);
        let min_properties = members.get("minProperties").and_then(Value::as_u64);
        let properties = members.get("properties").and_then(Value::as_object);
        let additional = members.get("additionalProperties");
        if required.is_empty()
            && dependent.is_none()
            && min_properties.is_none()
            && properties.is_none()
            && additional.is_none()
        {
            return;
        }
        out.push_str("    if let Value::Object(m) = v {\n");
        for name in &required {
            writeln!(out, "        if !m.contains_key({name:?}) {{ return false; }}").ok();
        }
        for (trigger, dependents) in dependent.into_iter().flatten() {
            for name in dependents
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
            {
                writeln!(
                    out,
                    "        if m.contains_key({trigger:?}) && !m.contains_key({name:?}) {{ return false; }}"
                )
                .ok();
            }
        }
        limits(out, "m.len() as u64", None, min_properties);
        if properties.is_some() || additional.is_some() {
            let mut arms = String::new();
            for (name, schema) in properties.into_iter().flatten() {
                let check = self.check(schema, "x");
                writeln!(arms, "                {name:?} => {check},").ok();
            }
            let otherwise = additional.map_or("true".to_owned(), |schema| self.check(schema, "x"));
            writeln!(
                out,
                "        for (k, x) in m {{\n            let ok = match k {{\n{arms}                _ => {otherwise},\n            }};\n            if !ok {{ return false; }}\n        }}"
            )
            .ok();
        }
        out.push_str("    }\n");
    }

    fn array(&mut self, members: &Map<String, Value>, out: &mut String) {
        let max = members.get("maxItems").and_then(Value::as_u64);
        let min = members.get("minItems").and_then(Value::as_u64);
        let items = members.get("items");
        if max.is_none() && min.is_none() && items.is_none() {
            return;
        }
        out.push_str("    if let Value::Array(a) = v {\n");
        limits(out, "a.len() as u64", max, min);
        if let Some(items) = items {
            let check = self.check(items, "x");
            writeln!(out, "        for x in a {{ if !{check} {{ return false; }} }}").ok();
        }
        out.push_str("    }\n");
    }
}

/// Fails when `count` (an expression) is above `max` or below `min`.
fn limits(out: &mut String, count: &str, max: Option<u64>, min: Option<u64>) {
    if let Some(max) = max {
        writeln!(out, "        if ({count}) > {max} {{ return false; }}").ok();
    }
    if let Some(min) = min {
        writeln!(out, "        if ({count}) < {min} {{ return false; }}").ok();
    }
}

/// `maxLength`, `minLength`: code points, as the validator counts.
fn string(members: &Map<String, Value>, out: &mut String) {
    let max = members.get("maxLength").and_then(Value::as_u64);
    let min = members.get("minLength").and_then(Value::as_u64);
    if max.is_none() && min.is_none() {
        return;
    }
    out.push_str("    if let Value::String(s) = v {\n        let n = s.chars().count() as u64;\n");
    limits(out, "n", max, min);
    out.push_str("    }\n");
}

/// `minimum`, `maximum`, compared as the validator compares.
fn number(members: &Map<String, Value>, out: &mut String) {
    let limit = |key: &str| -> Option<String> {
        let number = members.get(key)?.as_number()?;
        let integer = number
            .as_i64()
            .map_or("None".to_owned(), |i| format!("Some({i}i64)"));
        Some(format!("{integer}, {:?}", number.as_f64()?))
    };
    let (minimum, maximum) = (limit("minimum"), limit("maximum"));
    if minimum.is_none() && maximum.is_none() {
        return;
    }
    out.push_str("    if let Value::Number(n) = v {\n");
    if let Some(minimum) = minimum {
        writeln!(
            out,
            "        if compare_with(n, {minimum}).is_some_and(|o| o.is_lt()) {{ return false; }}"
        )
        .ok();
    }
    if let Some(maximum) = maximum {
        writeln!(
            out,
            "        if compare_with(n, {maximum}).is_some_and(|o| o.is_gt()) {{ return false; }}"
        )
        .ok();
    }
    out.push_str("    }\n");
}
