//! Compiles `schemas/*.schema.json` for the structural layer: annotations (descriptions,
//! comments, titles, defaults, examples) are dropped and the rest is minified into
//! `$OUT_DIR/<name>.schema.json`, which `src/schema/node.rs` embeds. A keyword the validator
//! does not implement fails the build here, never silently at run time. Each schema also
//! becomes Rust functions that only say whether a document is valid (`build/verdict.rs`,
//! included by `src/schema/verdict.rs`).

use std::path::Path;

use serde_json::{Map, Value};

#[path = "src/schema/types.rs"]
mod types;
#[path = "build/verdict.rs"]
mod verdict;
#[path = "build/vocabulary.rs"]
mod vocabulary;

const SCHEMAS: [&str; 3] = ["message", "template", "webhook"];

/// Annotations: they do not validate, so they are not embedded.
const ANNOTATIONS: &[&str] = &[
    "description",
    "$comment",
    "title",
    "default",
    "examples",
    "$schema",
    "$id",
];

/// The keywords `src/schema/validate.rs` implements.
const KEYWORDS: &[&str] = &[
    "type",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "if",
    "then",
    "else",
    "not",
    "enum",
    "const",
    "maxLength",
    "minLength",
    "maxItems",
    "minItems",
    "minimum",
    "maximum",
    "minProperties",
    "dependentRequired",
    "$ref",
    "$defs",
];

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR");
    let out_dir = std::env::var("OUT_DIR").expect("OUT_DIR");
    let schemas = Path::new(&manifest).join("../../schemas");
    for name in SCHEMAS {
        let path = schemas.join(format!("{name}.schema.json"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
        let schema: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
        let compact = strip(&schema, &format!("{name}.schema.json#"));
        check_references(&compact, &compact, &format!("{name}.schema.json"));
        let out = Path::new(&out_dir).join(format!("{name}.schema.json"));
        std::fs::write(&out, compact.to_string()).unwrap_or_else(|e| panic!("write {}: {e}", out.display()));
        let out = Path::new(&out_dir).join(format!("{name}_verdict.rs"));
        std::fs::write(&out, verdict::generate(&compact))
            .unwrap_or_else(|e| panic!("write {}: {e}", out.display()));
        // The one schema whose vocabulary a rule reads (W090: unknown webhook fields).
        if name == "webhook" {
            let out = Path::new(&out_dir).join(format!("{name}_vocabulary.rs"));
            std::fs::write(
                &out,
                vocabulary::generate(&schema, &format!("schemas/{name}.schema.json")),
            )
            .unwrap_or_else(|e| panic!("write {}: {e}", out.display()));
        }
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/verdict.rs");
    println!("cargo:rerun-if-changed=build/vocabulary.rs");
    println!("cargo:rerun-if-changed=src/schema/types.rs");
}

/// Every `$ref` must be `#/$defs/<name>` of a definition that exists.
fn check_references(value: &Value, root: &Value, file: &str) {
    match value {
        Value::Object(members) => {
            if let Some(reference) = members.get("$ref") {
                let name = reference
                    .as_str()
                    .and_then(|r| r.strip_prefix("#/$defs/"))
                    .unwrap_or_else(|| panic!("{file}: `$ref` {reference} must be `#/$defs/<name>`"));
                assert!(
                    root.get("$defs").and_then(|defs| defs.get(name)).is_some(),
                    "{file}: `$ref` to a missing definition `{name}`"
                );
            }
            members.values().for_each(|v| check_references(v, root, file));
        }
        Value::Array(items) => items.iter().for_each(|v| check_references(v, root, file)),
        _ => {}
    }
}

/// The schema at `at` without annotations; panics on an unsupported keyword.
fn strip(schema: &Value, at: &str) -> Value {
    let Value::Object(members) = schema else {
        return schema.clone();
    };
    let mut kept = Map::new();
    for (key, value) in members {
        if ANNOTATIONS.contains(&key.as_str()) {
            continue;
        }
        assert!(
            KEYWORDS.contains(&key.as_str()),
            "{at}: the keyword `{key}` is not implemented by walint's schema validator (src/schema/validate.rs)"
        );
        let here = format!("{at}/{key}");
        let value = match key.as_str() {
            // Maps of names to subschemas.
            "properties" | "$defs" => Value::Object(
                value
                    .as_object()
                    .unwrap_or_else(|| panic!("{here}: must be an object"))
                    .iter()
                    .map(|(name, sub)| (name.clone(), strip(sub, &format!("{here}/{name}"))))
                    .collect(),
            ),
            "allOf" => Value::Array(
                value
                    .as_array()
                    .unwrap_or_else(|| panic!("{here}: must be an array"))
                    .iter()
                    .enumerate()
                    .map(|(i, sub)| strip(sub, &format!("{here}/{i}")))
                    .collect(),
            ),
            "additionalProperties" | "items" | "if" | "then" | "else" | "not" => strip(value, &here),
            _ => value.clone(),
        };
        kept.insert(key.clone(), value);
    }
    Value::Object(kept)
}
