//! `walint lint --format sarif` against the official SARIF 2.1.0 JSON schema
//! (tests/data/sarif-2.1.0.json, see tests/data/README.md), plus the fields GitHub code
//! scanning needs that the schema leaves optional.

use std::process::Command;

use serde_json::Value;

fn sarif_of(args: &[&str]) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_walint"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["lint", "--format", "sarif"])
        .args(args)
        .output()
        .expect("run walint");
    serde_json::from_slice(&output.stdout).expect("SARIF is JSON")
}

/// The schema's `language` pattern has an unescaped `]` (`...[a-zA-Z]{2}]?$`), which
/// ECMA-262 reads as a literal `]` but the Rust regex engines refuse; escaping it keeps
/// the meaning. The vendored file itself is unchanged.
const LANGUAGE_PATTERN: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$""#;
const LANGUAGE_PATTERN_ESCAPED: &str = r#""^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}\\]?$""#;

fn validator() -> jsonschema::Validator {
    let text = include_str!("data/sarif-2.1.0.json");
    assert_eq!(
        text.matches(LANGUAGE_PATTERN).count(),
        2,
        "the schema changed: revisit the patch"
    );
    let text = text.replace(LANGUAGE_PATTERN, LANGUAGE_PATTERN_ESCAPED);
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid(log: &Value) {
    let validator = validator();
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "SARIF schema errors:\n{}", errors.join("\n"));
}

#[test]
fn sarif_output_is_valid_against_the_schema() {
    let log = sarif_of(&[
        "tests/data/cli/bad-message.json",
        "tests/data/cli/warning-message.json",
        "tests/data/cli/broken.json",
        "tests/data/cli/good-message.json",
        "tests/data/cli/missing.json",
    ]);
    assert_valid(&log);
    // The validator really checks: a broken log is refused.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!validator().is_valid(&broken));
}

#[test]
fn sarif_has_what_github_code_scanning_reads() {
    let log = sarif_of(&["tests/data/cli/bad-message.json"]);
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "walint");
    assert!(driver["version"].is_string());
    assert!(driver["informationUri"]
        .as_str()
        .is_some_and(|u| u.starts_with("https://")));
    let rules = driver["rules"].as_array().expect("rules");
    assert_eq!(rules.len(), walint::rules().len());
    for rule in rules {
        for field in ["id", "name", "helpUri"] {
            assert!(rule[field].is_string(), "{field} of {rule}");
        }
        for field in ["shortDescription", "fullDescription"] {
            assert!(
                rule[field]["text"].as_str().is_some_and(|t| !t.is_empty()),
                "{field} of {rule}"
            );
        }
        assert!(rule["help"]["text"].is_string() && rule["help"]["markdown"].is_string());
        assert!(["error", "warning", "note"]
            .contains(&rule["defaultConfiguration"]["level"].as_str().unwrap_or("")));
    }
    let results = run["results"].as_array().expect("results");
    assert!(results.len() >= 3);
    for result in results {
        let id = result["ruleId"].as_str().expect("ruleId");
        let index = result["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[index]["id"], id);
        assert!(["error", "warning", "note"].contains(&result["level"].as_str().unwrap_or("")));
        assert!(result["message"]["text"].is_string());
        let physical = &result["locations"][0]["physicalLocation"];
        assert_eq!(
            physical["artifactLocation"]["uri"],
            "tests/data/cli/bad-message.json"
        );
        assert_eq!(physical["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        for field in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(
                physical["region"][field].as_u64().is_some_and(|n| n >= 1),
                "{field}"
            );
        }
    }
    let s004 = results.iter().find(|r| r["ruleId"] == "S004").expect("S004");
    let region = &s004["locations"][0]["physicalLocation"]["region"];
    assert_eq!(
        (region["startLine"].as_u64(), region["startColumn"].as_u64()),
        (Some(10), Some(61))
    );
    assert_eq!(region["endColumn"].as_u64(), Some(85));
    assert_eq!(run["invocations"][0]["executionSuccessful"], true);
}

#[test]
fn unreadable_files_are_tool_notifications() {
    let log = sarif_of(&["tests/data/cli/missing.json"]);
    assert_valid(&log);
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notification = &invocation["toolExecutionNotifications"][0];
    assert_eq!(notification["level"], "error");
    assert!(notification["message"]["text"]
        .as_str()
        .unwrap_or("")
        .contains("missing.json"));
}
