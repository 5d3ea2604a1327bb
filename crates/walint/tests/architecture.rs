//! The shape of the core, checked on its sources: the leaf module `rule.rs` and the
//! diagnostics import nothing from the registry or the rules (no import cycle), rules never
//! call back into the engine or the registry, the engine alone runs the rule families, and
//! every rule file is named after its rule and starts with `//! CODE name`.

use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// A source file without its `#[cfg(test)]` module (tests may use anything).
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    match text.find("#[cfg(test)]") {
        Some(at) => text[..at].to_owned(),
        None => text,
    }
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The `use crate::…` and `crate::…::` paths a file names, outside comments.
fn crate_paths(code: &str) -> Vec<String> {
    code.lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .flat_map(|line| {
            line.match_indices("crate::")
                .filter(|(at, _)| !line[..*at].ends_with('$'))
                .map(|(at, _)| {
                    line[at..]
                        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                        .next()
                        .unwrap_or("")
                        .to_owned()
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_leaf_and_the_diagnostics_import_no_rule_or_registry() {
    let rule = code_of(&src().join("rule.rs"));
    assert_eq!(
        crate_paths(&rule),
        Vec::<String>::new(),
        "rule.rs must import nothing of the crate"
    );
    for path in crate_paths(&code_of(&src().join("diagnostic.rs"))) {
        assert!(
            path.starts_with("crate::rule::") || path.starts_with("crate::pointer"),
            "diagnostic.rs names {path}"
        );
    }
}

#[test]
fn rules_never_call_the_engine_or_the_registry() {
    for file in rust_files(&src().join("rules")) {
        for path in crate_paths(&code_of(&file)) {
            assert!(
                !path.starts_with("crate::engine") && !path.starts_with("crate::registry"),
                "{} names {path}",
                file.display()
            );
        }
    }
}

#[test]
fn the_engine_alone_runs_the_rule_families() {
    let runners = [
        "message::run(",
        "send::run(",
        "send_definition::against_options(",
        "template::run(",
        "webhook::run(",
        "format::run_message(",
        "format::run_template(",
        "content::run(",
        "schema::check_message(",
        "schema::check_template(",
        "schema::check_webhook(",
    ];
    let engine = src().join("engine.rs");
    for file in rust_files(&src()).into_iter().filter(|file| *file != engine) {
        let code = code_of(&file);
        for runner in runners {
            assert!(!code.contains(runner), "{} calls {runner}", file.display());
        }
    }
    let code = code_of(&engine);
    for runner in runners {
        assert!(code.contains(runner), "the engine does not call {runner}");
    }
}

#[test]
fn every_rule_file_is_named_after_its_rule_and_says_so_first() {
    let mut checked = 0;
    for file in rust_files(&src().join("rules")) {
        let code = std::fs::read_to_string(&file).expect("read");
        let declared: Vec<(&str, &str)> = code
            .match_indices("code: \"")
            .filter_map(|(at, _)| {
                let rest = &code[at + 7..];
                let rule_code = rest.get(..4)?;
                let name = rest.split("name: \"").nth(1)?.split('"').next()?;
                Some((rule_code, name))
            })
            .collect();
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if declared.len() != 1 || stem == "mod" {
            continue;
        }
        let (rule_code, name) = declared[0];
        let expected = ["template-", "send-"]
            .iter()
            .find_map(|prefix| {
                name.strip_prefix(prefix)
                    .filter(|_| "TPX".contains(&rule_code[..1]))
            })
            .unwrap_or(name)
            .replace('-', "_");
        assert_eq!(stem, expected, "{}: rule {rule_code} {name}", file.display());
        let first = code.lines().next().unwrap_or("");
        assert_eq!(first, format!("//! {rule_code} {name}"), "{}", file.display());
        checked += 1;
    }
    assert!(checked >= 140, "only {checked} rule files");
}
