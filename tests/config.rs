//! Configuration files: discovery (nearest wins), `--config`, select/ignore/severity,
//! overrides by file glob and JSON pointer, strict/placeholders/templates/last_inbound,
//! clear errors, and the published JSON schema.

mod common;

use std::path::Path;

use common::{manifest_dir, walint_in};

/// A message with a 22-character button title (S004), a duplicate key (J002, warning),
/// and a placeholder recipient (G001, warning).
const MESSAGE: &str = r#"{
  "messaging_product": "whatsapp",
  "to": "<PHONE_NUMBER>",
  "type": "interactive",
  "interactive": {
    "type": "button",
    "body": {"text": "Pick one"},
    "body": {"text": "Pick one"},
    "action": {"buttons": [{"type": "reply", "reply": {"id": "yes", "title": "Yes, absolutely, 100%!"}}]}
  }
}
"#;

fn write(dir: &Path, path: &str, text: &str) {
    let path = dir.join(path);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// `code severity` of each finding, from the concise output.
fn findings(dir: &Path, args: &[&str]) -> (i32, Vec<String>) {
    let mut all = vec!["lint", "--format", "concise"];
    all.extend_from_slice(args);
    let run = walint_in(dir, &all, None);
    let found = run
        .stdout
        .lines()
        .filter(|line| line.contains(".json:"))
        .filter_map(|line| {
            let rest = line.split(": ").nth(1)?;
            let mut words = rest.split(' ');
            let severity = words.next()?;
            let code = words.next()?;
            Some(format!("{code} {severity}"))
        })
        .collect();
    (run.code, found)
}

#[test]
fn without_configuration_every_rule_reports() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "m.json", MESSAGE);
    let (code, found) = findings(dir.path(), &["m.json"]);
    assert_eq!(code, 1);
    assert_eq!(found, ["G001 warning", "J002 warning", "S004 error"]);
}

#[test]
fn nearest_configuration_wins() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "walint.toml", "ignore = [\"S\"]\n");
    write(dir.path(), "top.json", MESSAGE);
    write(dir.path(), "sub/deeper/m.json", MESSAGE);
    write(
        dir.path(),
        "sub/.walint.toml",
        "ignore = [\"duplicate-key\", \"G\"]\n",
    );
    let (code, found) = findings(dir.path(), &["top.json", "sub"]);
    assert_eq!(code, 1);
    // top.json: S ignored; sub/deeper/m.json: the nearer file applies alone.
    assert_eq!(found, ["G001 warning", "J002 warning", "S004 error"]);
    let (code, found) = findings(&dir.path().join("sub/deeper"), &["m.json"]);
    assert_eq!((code, found), (1, vec!["S004 error".to_owned()]));
}

#[test]
fn explicit_config_replaces_discovery() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "walint.toml", "ignore = [\"S\"]\n");
    write(
        dir.path(),
        "other.toml",
        "select = [\"J\"]\n[severity]\nJ002 = \"error\"\n",
    );
    write(dir.path(), "m.json", MESSAGE);
    let (code, found) = findings(dir.path(), &["--config", "other.toml", "m.json"]);
    assert_eq!((code, found), (1, vec!["J002 error".to_owned()]));
}

#[test]
fn severity_changes_the_exit_code() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "walint.toml", "[severity]\nS004 = \"warning\"\n");
    write(dir.path(), "m.json", MESSAGE);
    let (code, found) = findings(dir.path(), &["m.json"]);
    assert_eq!(code, 0);
    assert_eq!(found, ["G001 warning", "J002 warning", "S004 warning"]);
}

#[test]
fn overrides_by_file_glob_and_pointer() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(
        dir.path(),
        "walint.toml",
        r#"
ignore = ["G001"]

[[overrides]]
files = ["fixtures/*.json"]
ignore = ["J"]

[[overrides]]
files = ["*.json"]
pointers = ["/interactive/action"]
severity = { text-too-long = "info" }

[[overrides]]
files = ["fixtures/loud.json"]
select = ["G001", "S"]
"#,
    );
    write(dir.path(), "m.json", MESSAGE);
    write(dir.path(), "fixtures/quiet.json", MESSAGE);
    write(dir.path(), "fixtures/loud.json", MESSAGE);
    let (code, found) = findings(dir.path(), &["m.json"]);
    assert_eq!(
        (code, found),
        (0, vec!["J002 warning".to_owned(), "S004 info".to_owned()])
    );
    let (_, found) = findings(dir.path(), &["fixtures/quiet.json"]);
    assert_eq!(found, ["S004 info"]);
    // A later override's `select` turns G001 back on for this file.
    let (_, found) = findings(dir.path(), &["fixtures/loud.json"]);
    assert_eq!(found, ["G001 warning", "S004 info"]);
    // In one run (one resolver, options shared per set of matching overrides): the same.
    let (_, found) = findings(
        dir.path(),
        &["m.json", "fixtures/quiet.json", "fixtures/loud.json", "m.json"],
    );
    let expected = [
        "J002 warning",
        "S004 info",
        "S004 info",
        "G001 warning",
        "S004 info",
    ];
    assert_eq!(found, [&expected[..], &expected[..2]].concat());
}

#[test]
fn placeholders_and_strict_reach_the_core() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "allow/walint.toml", "placeholders = \"allow\"\n");
    write(dir.path(), "allow/m.json", MESSAGE);
    write(dir.path(), "error/walint.toml", "placeholders = \"error\"\n");
    write(dir.path(), "error/m.json", MESSAGE);
    let (_, found) = findings(dir.path(), &["allow/m.json"]);
    assert!(!found.iter().any(|f| f.starts_with("G001")), "{found:?}");
    let (_, found) = findings(dir.path(), &["error/m.json"]);
    assert!(found.contains(&"G001 error".to_owned()), "{found:?}");

    // The same contested limit is a warning by default and an error with strict = true.
    let text = manifest_dir().join("tests/data/cli/contested.json");
    let text = std::fs::read_to_string(text).expect("contested fixture");
    write(dir.path(), "lenient/m.json", &text);
    write(dir.path(), "strict/walint.toml", "strict = true\n");
    write(dir.path(), "strict/m.json", &text);
    let (lenient_code, lenient) = findings(dir.path(), &["lenient/m.json"]);
    let (strict_code, strict) = findings(dir.path(), &["strict/m.json"]);
    assert_eq!(lenient_code, 0, "{lenient:?}");
    assert_eq!(strict_code, 1, "{strict:?}");
    assert!(lenient.iter().all(|f| !f.ends_with(" error")), "{lenient:?}");
}

#[test]
fn templates_from_configuration_and_flag() {
    let dir = tempfile::tempdir().expect("tempdir");
    let send = r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
  "template": {"name": "order_update", "language": {"code": "en_US"},
    "components": [{"type": "body", "parameters": [{"type": "text", "text": "4711"}]}]}}"#;
    let definition = r#"{"data": [{"name": "order_update", "language": "en_US", "category": "UTILITY",
  "status": "APPROVED",
  "components": [{"type": "BODY", "text": "Order {{1}} ships on {{2}}.",
    "example": {"body_text": [["4711", "Monday"]]}}]}]}"#;
    write(dir.path(), "defs/order_update.json", definition);
    // Other JSON in the folder (a Template Library creation body) is passed over.
    write(
        dir.path(),
        "defs/library.json",
        r#"{"name": "order_update_lib", "language": "en_US", "category": "UTILITY", "library_template_name": "order_update"}"#,
    );
    write(dir.path(), "sends/send.json", send);
    let (_, without) = findings(dir.path(), &["sends/send.json"]);
    assert!(!without.iter().any(|f| f.starts_with("X002")), "{without:?}");
    let (code, with_flag) = findings(dir.path(), &["--templates", "defs", "sends/send.json"]);
    assert!(with_flag.iter().any(|f| f.starts_with("X002")), "{with_flag:?}");
    assert_eq!(code, 1);
    write(
        dir.path(),
        "sends/walint.toml",
        "templates = [\"../defs/order_update.json\"]\n",
    );
    let (_, with_config) = findings(dir.path(), &["sends/send.json"]);
    assert_eq!(with_config, with_flag);
    // Named on its own, a file without definitions is an error; so is a folder without any.
    let (code, _) = findings(
        dir.path(),
        &["--templates", "defs/library.json", "sends/send.json"],
    );
    assert_eq!(code, 2);
    let (code, _) = findings(dir.path(), &["--templates", "sends", "sends/send.json"]);
    assert_eq!(code, 2);
    // Two definitions of one name and language: the first is used, and the second is named.
    write(dir.path(), "defs/z_copy.json", definition);
    let run = walint_in(
        dir.path(),
        &["lint", "--templates", "defs", "sends/send.json"],
        None,
    );
    assert!(
        run.stderr.contains("`order_update` (en_US) is defined in") && run.stderr.contains("z_copy.json"),
        "{}",
        run.stderr
    );
}

#[test]
fn last_inbound_from_configuration() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text =
        r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hi"}}"#;
    write(dir.path(), "m.json", text);
    let now = ["--now", "2026-05-03T09:00:00Z", "m.json"];
    let (_, found) = findings(dir.path(), &now);
    assert!(!found.iter().any(|f| f.starts_with("M090")), "{found:?}");
    write(dir.path(), "walint.toml", "last_inbound = 2026-05-01T09:00:00Z\n");
    let (code, found) = findings(dir.path(), &now);
    assert_eq!((code, found), (1, vec!["M090 error".to_owned()]));
    // The flag wins over the file.
    let mut recent = vec!["--last-inbound", "2026-05-03T08:00:00Z"];
    recent.extend_from_slice(&now);
    let (code, found) = findings(dir.path(), &recent);
    assert_eq!((code, found), (0, Vec::<String>::new()));
}

/// A legacy inbound `type: "unknown"` message: W012 notes it from v25.0 on.
const UNKNOWN_INBOUND: &str = r#"{"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages", "value": {
  "messaging_product": "whatsapp", "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
  "messages": [{"from": "16505551234", "id": "wamid.A", "timestamp": "1750000000", "type": "unknown",
    "errors": [{"code": 131051, "title": "Message type unknown"}]}]}}]}]}"#;

#[test]
fn api_version_from_flag_and_configuration() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "w.json", UNKNOWN_INBOUND);
    let has_w012 = |found: &[String]| found.iter().any(|f| f == "W012 info");
    // Default: the newest version walint knows (v25.0).
    let (code, found) = findings(dir.path(), &["w.json"]);
    assert_eq!(code, 0);
    assert!(has_w012(&found), "{found:?}");
    // From the configuration.
    write(dir.path(), "walint.toml", "api_version = \"v24.0\"\n");
    let (_, found) = findings(dir.path(), &["w.json"]);
    assert!(!has_w012(&found), "{found:?}");
    // The flag wins over the file.
    let (_, found) = findings(dir.path(), &["--api-version", "v25.0", "w.json"]);
    assert!(has_w012(&found), "{found:?}");
    // A version that is not one is a usage error.
    let run = walint_in(dir.path(), &["lint", "--api-version", "latest", "w.json"], None);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains("`latest` is not a Graph API version"),
        "{run}"
    );
}

#[test]
fn errors_name_the_file_and_line_and_exit_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "m.json", MESSAGE);
    let cases = [
        (
            "strict = true\nselct = [\"S\"]\n",
            "walint.toml:2:1: unknown field `selct`, expected one of",
        ),
        (
            "placeholders = \"sometimes\"\n",
            "walint.toml:1:16: unknown variant `sometimes`",
        ),
        (
            "ignore = [\"S004\", \"Z9\"]\n",
            "walint.toml:1:19: `ignore`: `Z9` is no rule code, code prefix or rule name",
        ),
        (
            "[severity]\nS004 = \"fatal\"\n",
            "walint.toml:2:8: unknown variant `fatal`",
        ),
        (
            "[[overrides]]\nfiles = [\"*.json\"]\npointers = [\"body\"]\n",
            "walint.toml:3:13: `pointers`: `body` is not a JSON pointer",
        ),
        ("templates = [\"nowhere\"]\n", "`templates`: templates"),
        ("strict = \n", "walint.toml:1:10:"),
        (
            "api_version = \"v25.x\"\n",
            "walint.toml:1:15: `v25.x` is not a Graph API version",
        ),
    ];
    for (config, expected) in cases {
        write(dir.path(), "walint.toml", config);
        let run = walint_in(dir.path(), &["lint", "m.json"], None);
        assert_eq!(run.code, 2, "{config}: {run}");
        assert!(run.stdout.is_empty(), "{run}");
        assert!(
            run.stderr.starts_with("walint: invalid configuration "),
            "{config}: {run}"
        );
        assert!(
            run.stderr.contains(expected),
            "{config}: expected {expected:?} in {run}"
        );
    }
    let missing = walint_in(dir.path(), &["lint", "--config", "none.toml", "m.json"], None);
    assert_eq!(missing.code, 2);
    assert!(missing.stderr.contains("cannot read configuration"), "{missing}");
}

// ---- the published schema ----

fn schema() -> jsonschema::Validator {
    let text =
        std::fs::read_to_string(manifest_dir().join("schemas/walint-config.schema.json")).expect("schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn toml_as_json(text: &str) -> serde_json::Value {
    let value: toml::Value = toml::from_str(text).expect("TOML");
    serde_json::to_value(value).expect("as JSON")
}

const EXAMPLE: &str = "examples/walint.example.toml";

#[test]
fn example_configuration_validates_against_the_schema() {
    let text = std::fs::read_to_string(manifest_dir().join(EXAMPLE)).expect("example");
    let example = toml_as_json(&text);
    let errors: Vec<String> = schema().iter_errors(&example).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // And walint itself accepts it.
    let run = walint_in(
        manifest_dir(),
        &["lint", "--config", EXAMPLE, "tests/data/cli/good-message.json"],
        None,
    );
    assert_eq!(run.code, 0, "{run}");
}

#[test]
fn schema_refuses_what_walint_refuses() {
    let validator = schema();
    for bad in [
        "selct = []",
        "placeholders = \"sometimes\"",
        "strict = \"yes\"",
        "[severity]\nS004 = \"fatal\"",
        "[[overrides]]\npointers = [\"/a\"]",
        "[[overrides]]\nfiles = [\"*\"]\npointers = [\"a\"]",
        "[[overrides]]\nfiles = [\"*\"]\ncolour = 1",
        "api_version = \"latest\"",
    ] {
        assert!(!validator.is_valid(&toml_as_json(bad)), "schema accepts {bad:?}");
    }
}

#[test]
fn schema_and_parser_know_the_same_keys() {
    let text =
        std::fs::read_to_string(manifest_dir().join("schemas/walint-config.schema.json")).expect("schema");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("json");
    let mut in_schema: Vec<String> = schema["properties"]
        .as_object()
        .expect("properties")
        .keys()
        .cloned()
        .collect();
    in_schema.sort();
    // The parser lists the keys it knows when it meets an unknown one.
    let dir = tempfile::tempdir().expect("tempdir");
    write(dir.path(), "walint.toml", "zzz = 1\n");
    write(dir.path(), "m.json", "{}");
    let run = walint_in(dir.path(), &["lint", "m.json"], None);
    let listed = run.stderr.split("expected one of ").nth(1).expect("key list");
    let mut in_parser: Vec<String> = listed
        .trim()
        .split(", ")
        .map(|k| k.trim_matches('`').to_owned())
        .collect();
    in_parser.sort();
    assert_eq!(in_schema, in_parser);
}

/// A finding another rule supersedes comes back when that rule is ignored in walint.toml:
/// M040 replaces the schema's S001 for media without `id` or `link`; with M040 off, S001
/// stays, so Meta's rejection is still reported (exit 1). Also through an override.
#[test]
fn ignoring_a_rule_brings_back_the_finding_it_supersedes() {
    let message = r#"{"messaging_product":"whatsapp","to":"+15551234567","type":"image","image":{}}"#;
    for config in [
        "ignore = [\"media-id-or-link\"]\n",
        "ignore = [\"M040\"]\n",
        "[[overrides]]\nfiles = [\"*.json\"]\npointers = [\"/image\"]\nignore = [\"M04\"]\n",
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        write(dir.path(), "walint.toml", config);
        write(dir.path(), "m.json", message);
        let run = walint_in(dir.path(), &["lint", "--format", "concise", "m.json"], None);
        assert_eq!(run.code, 1, "{config}\n{run}");
        assert!(run.stdout.contains("S001"), "{config}\n{run}");
        assert!(!run.stdout.contains("M040"), "{config}\n{run}");
    }
}
