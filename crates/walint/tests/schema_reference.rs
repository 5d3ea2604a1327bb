//! walint's structural validator against the reference: the `jsonschema` crate, run on the
//! same `schemas/*.schema.json` files. Every document of the project's corpus, and thousands
//! of variants of each (a member removed, a value replaced by a value of each JSON type, a
//! string stretched), must give the same errors from both: the same keyword failing at the
//! same instance pointer, with the same missing or unexpected members. The generated check
//! that lets valid documents skip the validator (`walint::schema::is_valid`) must say "valid"
//! exactly when the reference finds no error.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use walint::schema::{ErrorKind, Which};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn reference(which: Which) -> jsonschema::Validator {
    let name = match which {
        Which::Message => "message",
        Which::Template => "template",
        Which::Webhook => "webhook",
    };
    let path = repo().join(format!("schemas/{name}.schema.json"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("schema")).expect("json");
    jsonschema::validator_for(&schema).expect("a valid schema")
}

/// One failure as both validators can say it: pointer, keyword, and the member concerned.
type Failure = (String, &'static str, String);

fn ours(which: Which, value: &Value) -> BTreeSet<Failure> {
    walint::schema::errors(which, &walint::value::Value::from_serde(value))
        .iter()
        .flat_map(|error| {
            let members: Vec<String> = match &error.kind {
                ErrorKind::Required(name) => vec![name.to_string()],
                ErrorKind::AdditionalProperties(keys) => keys.iter().map(|k| k.to_string()).collect(),
                _ => vec![String::new()],
            };
            let keyword = match error.kind {
                // `dependentRequired` reports the dependents as missing members.
                ErrorKind::Required(_) => "required",
                ref kind => kind.keyword(),
            };
            members
                .into_iter()
                .map(move |member| (error.pointer.clone(), keyword, member))
        })
        .collect()
}

fn theirs(validator: &jsonschema::Validator, value: &Value) -> BTreeSet<Failure> {
    use jsonschema::error::ValidationErrorKind as Kind;
    validator
        .iter_errors(value)
        .flat_map(|error| {
            let pointer = error.instance_path().as_str().to_owned();
            let (keyword, members): (&'static str, Vec<String>) = match error.kind() {
                Kind::Required { property } => ("required", vec![property.as_str().unwrap_or("").to_owned()]),
                Kind::AdditionalProperties { unexpected } => ("additionalProperties", unexpected.clone()),
                Kind::FalseSchema => ("false", vec![String::new()]),
                Kind::Type { .. } => ("type", vec![String::new()]),
                Kind::Enum { .. } => ("enum", vec![String::new()]),
                Kind::Constant { .. } => ("const", vec![String::new()]),
                Kind::MaxLength { .. } => ("maxLength", vec![String::new()]),
                Kind::MinLength { .. } => ("minLength", vec![String::new()]),
                Kind::MaxItems { .. } => ("maxItems", vec![String::new()]),
                Kind::MinItems { .. } => ("minItems", vec![String::new()]),
                Kind::Minimum { .. } => ("minimum", vec![String::new()]),
                Kind::Maximum { .. } => ("maximum", vec![String::new()]),
                Kind::MinProperties { .. } => ("minProperties", vec![String::new()]),
                Kind::Not { .. } => ("not", vec![String::new()]),
                other => panic!("the reference reports a keyword walint does not implement: {other:?}"),
            };
            members
                .into_iter()
                .map(move |member| (pointer.clone(), keyword, member))
        })
        .collect()
}

/// The corpus documents of one kind: every case of `tests/corpus` (and Meta's published
/// examples when `../shared` is there) that walint recognises as that kind.
fn documents(which: Which) -> Vec<(PathBuf, Value)> {
    let mut found = Vec::new();
    let mut dirs = vec![
        repo().join("tests/corpus"),
        repo().join("../shared/corpus/meta-openapi"),
    ];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(value) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            let kind = walint::detect(&walint::value::Value::from_serde(&value));
            let wanted = match which {
                Which::Message => walint::DetectedKind::Message,
                Which::Template => walint::DetectedKind::Template,
                Which::Webhook => walint::DetectedKind::Webhook,
            };
            if kind == wanted && path.extension().is_some_and(|e| e == "json") {
                found.push((path, value));
            }
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// Variants of `value`: for each of its first members and items (depth first), the document
/// with that member removed, and with its value replaced by one of each JSON type (and a
/// long string), so both valid and invalid shapes reach every keyword.
fn variants(value: &Value, budget: usize) -> Vec<Value> {
    let mut pointers = Vec::new();
    collect_pointers(value, String::new(), &mut pointers);
    let replacements = [
        Value::Null,
        json!(true),
        json!(-1),
        json!(1.5),
        json!(""),
        json!("x"),
        json!("🎉".repeat(5000)),
        json!([]),
        json!([{}]),
        json!({}),
    ];
    let mut out = Vec::new();
    for pointer in pointers.into_iter().take(budget) {
        let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", ""));
        let mut removed = value.clone();
        match removed.pointer_mut(parent) {
            Some(Value::Object(members)) => {
                members.remove(&last.replace("~1", "/").replace("~0", "~"));
            }
            Some(Value::Array(items)) => {
                if let Ok(index) = last.parse::<usize>() {
                    if index < items.len() {
                        items.remove(index);
                    }
                }
            }
            _ => {}
        }
        out.push(removed);
        for replacement in &replacements {
            let mut changed = value.clone();
            if let Some(slot) = changed.pointer_mut(&pointer) {
                *slot = replacement.clone();
                out.push(changed);
            }
        }
    }
    out
}

fn collect_pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(members) => {
            for (key, member) in members {
                let here = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                out.push(here.clone());
                collect_pointers(member, here, out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                let here = format!("{at}/{index}");
                out.push(here.clone());
                collect_pointers(item, here, out);
            }
        }
        _ => {}
    }
}

fn agree(which: Which) {
    let validator = reference(which);
    let documents = documents(which);
    assert!(
        documents.len() >= 20,
        "{which:?}: only {} corpus documents",
        documents.len()
    );
    let mut checked = 0usize;
    for (path, document) in &documents {
        for value in std::iter::once(document.clone()).chain(variants(document, 40)) {
            let (ours, theirs) = (ours(which, &value), theirs(&validator, &value));
            assert_eq!(
                ours,
                theirs,
                "{which:?} validators disagree on a variant of {}:\n{}",
                path.display(),
                serde_json::to_string(&value).unwrap_or_default()
            );
            // The generated check that lets valid documents skip the validator.
            assert_eq!(
                walint::schema::is_valid(which, &walint::value::Value::from_serde(&value)),
                theirs.is_empty(),
                "{which:?} generated check and reference disagree on a variant of {}:\n{}",
                path.display(),
                serde_json::to_string(&value).unwrap_or_default()
            );
            checked += 1;
        }
    }
    println!("{which:?}: {checked} documents, same errors from walint and jsonschema");
}

#[test]
fn message_schema_agrees_with_the_reference() {
    agree(Which::Message);
}

#[test]
fn template_schema_agrees_with_the_reference() {
    agree(Which::Template);
}

#[test]
fn webhook_schema_agrees_with_the_reference() {
    agree(Which::Webhook);
}

#[test]
fn numbers_types_and_depth_follow_json_schema() {
    // An integer is a number without a fractional part; `1.0` is one.
    let message = json!({"messaging_product": "whatsapp", "to": "+15551234567", "type": "location",
        "location": {"latitude": 1.0, "longitude": 2}});
    let validator = reference(Which::Message);
    assert_eq!(ours(Which::Message, &message), theirs(&validator, &message));
    // Deeper than any fixed-size path: pointers stay exact.
    let mut deep = json!("leaf");
    for _ in 0..100 {
        deep = json!({"a": deep});
    }
    let message = json!({"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
        "text": {"body": "hi"}, "context": deep});
    assert_eq!(ours(Which::Message, &message), theirs(&validator, &message));
}
