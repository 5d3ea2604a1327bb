//! The sarif format: SARIF 2.1.0, with every field GitHub code scanning reads.
//! <https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning>

use std::collections::HashMap;
use std::path::Path;

use serde_json::{json, Value};
use walint::{Diagnostic, Rule, Severity};

use super::FileResult;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";
const INFORMATION_URI: &str = "https://github.com/walint/walint";
/// Relative artifact URIs are resolved against this base (the checkout root in CI).
const SRCROOT: &str = "%SRCROOT%";

pub fn render(results: &[FileResult], cwd: &Path) -> String {
    let rules = walint::rules();
    let index: HashMap<&str, usize> = rules.iter().enumerate().map(|(i, r)| (r.code, i)).collect();
    let mut sarif_results = Vec::new();
    let mut notifications = Vec::new();
    for result in results {
        let location = artifact_location(&result.path, cwd);
        if let Some(error) = &result.error {
            notifications.push(json!({
                "level": "error",
                "message": { "text": format!("{}: {error}", result.path) },
                "locations": [{ "physicalLocation": { "artifactLocation": location } }],
            }));
            continue;
        }
        for diagnostic in &result.report.diagnostics {
            sarif_results.push(sarif_result(
                diagnostic,
                &location,
                index.get(diagnostic.code).copied(),
            ));
        }
    }
    let log = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "walint",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": INFORMATION_URI,
                    "rules": rules.iter().map(|rule| descriptor(rule)).collect::<Vec<_>>(),
                }
            },
            // walint counts columns in code points, as Meta counts characters.
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": notifications.is_empty(),
                "toolExecutionNotifications": notifications,
            }],
            "results": sarif_results,
        }],
    });
    let mut text = serde_json::to_string_pretty(&log).unwrap_or_default();
    text.push('\n');
    text
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn descriptor(rule: &'static Rule) -> Value {
    let description = what_it_does(rule.docs);
    json!({
        "id": rule.code,
        "name": rule.name,
        "shortDescription": { "text": first_sentence(&description) },
        "fullDescription": { "text": description },
        "help": {
            "text": format!("{}\n\n{}", rule.docs.trim(), rule.url()),
            "markdown": format!("{}\n\n[{} documentation]({})", rule.docs.trim(), rule.code, rule.url()),
        },
        "helpUri": rule.url(),
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": {
            "tags": ["whatsapp", area(rule.code)],
            "precision": "very-high",
        },
    })
}

fn sarif_result(diagnostic: &Diagnostic, artifact: &Value, rule_index: Option<usize>) -> Value {
    let region = match diagnostic.location {
        Some(l) => json!({
            "startLine": l.line.max(1),
            "startColumn": l.column.max(1),
            "endLine": l.end_line.max(l.line).max(1),
            "endColumn": l.end_column.max(1),
        }),
        None => json!({ "startLine": 1, "startColumn": 1 }),
    };
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let mut properties = json!({ "pointer": diagnostic.pointer });
    if let (Some(meta), Some(object)) = (diagnostic.meta_error, properties.as_object_mut()) {
        object.insert(
            "metaError".into(),
            json!({ "code": meta.code, "title": meta.title }),
        );
    }
    let mut result = json!({
        "ruleId": diagnostic.code,
        "level": level(diagnostic.severity),
        "message": { "text": text },
        "locations": [{
            "physicalLocation": { "artifactLocation": artifact, "region": region },
            "logicalLocations": [{
                "fullyQualifiedName": if diagnostic.pointer.is_empty() { "/" } else { &diagnostic.pointer },
                "kind": "member",
            }],
        }],
        "properties": properties,
    });
    if let (Some(index), Some(object)) = (rule_index, result.as_object_mut()) {
        object.insert("ruleIndex".into(), json!(index));
    }
    result
}

/// `uri` relative to the working directory (with `uriBaseId`), or an absolute `file:` URI
/// for files outside it.
fn artifact_location(path: &str, cwd: &Path) -> Value {
    let as_path = Path::new(path);
    let relative = if as_path.is_absolute() {
        as_path.strip_prefix(cwd).ok()
    } else {
        Some(as_path)
    };
    match relative {
        Some(relative) => {
            let text = relative.to_string_lossy().replace('\\', "/");
            let text = text.trim_start_matches("./");
            json!({ "uri": encode_uri_path(text), "uriBaseId": SRCROOT })
        }
        None => json!({ "uri": format!("file://{}", encode_uri_path(&path.replace('\\', "/"))) }),
    }
}

/// Percent-encodes what may not appear in a URI path (RFC 3986), byte by byte.
pub fn encode_uri_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        let keep = byte.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&byte);
        if keep {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The paragraph under the docs' "What it does" heading, on one line.
pub fn what_it_does(docs: &str) -> String {
    let mut lines = docs
        .lines()
        .map(str::trim)
        .skip_while(|line| !line.starts_with('#'));
    let _heading = lines.next();
    let paragraph: Vec<&str> = lines
        .skip_while(|line| line.is_empty())
        .take_while(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    if paragraph.is_empty() {
        docs.lines()
            .map(str::trim)
            .find(|l| !l.is_empty())
            .unwrap_or("")
            .to_owned()
    } else {
        paragraph.join(" ")
    }
}

fn first_sentence(text: &str) -> String {
    match text.find(". ") {
        Some(end) => text.get(..=end).unwrap_or(text).to_owned(),
        None => text.to_owned(),
    }
}

fn area(code: &str) -> &'static str {
    match code.chars().next() {
        Some('J') => "json",
        Some('S') => "schema",
        Some('G') => "general",
        Some('M') => "message",
        Some('T') => "template",
        Some('P') => "template-send",
        Some('X') => "template-send",
        Some('F') => "formatting",
        Some('W') => "webhook",
        _ => "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_relative_and_encoded() {
        let cwd = Path::new("/repo");
        assert_eq!(
            artifact_location("/repo/a b/é.json", cwd),
            json!({ "uri": "a%20b/%C3%A9.json", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact_location("./x/y.json", cwd),
            json!({ "uri": "x/y.json", "uriBaseId": "%SRCROOT%" })
        );
        assert_eq!(
            artifact_location("/elsewhere/%.json", cwd),
            json!({ "uri": "file:///elsewhere/%25.json" })
        );
    }

    #[test]
    fn description_is_the_first_paragraph() {
        let docs = "## What it does\nReports a thing\nthat is bad. Really.\n\n## Why\nBecause.";
        assert_eq!(what_it_does(docs), "Reports a thing that is bad. Really.");
        assert_eq!(
            first_sentence(&what_it_does(docs)),
            "Reports a thing that is bad."
        );
    }
}
