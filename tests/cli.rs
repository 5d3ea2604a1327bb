//! `walint lint`, `walint rules` and `walint explain` as a user runs them: every output
//! format and every exit code, snapshot-tested.

mod common;

use common::{walint, walint_in, Run};

const BAD: &str = "tests/data/cli/bad-message.json";
const GOOD: &str = "tests/data/cli/good-message.json";
const WARNING: &str = "tests/data/cli/warning-message.json";
const BROKEN: &str = "tests/data/cli/broken.json";
const MISSING: &str = "tests/data/cli/missing.json";

fn snapshot(name: &str, run: &Run) {
    insta::with_settings!({ filters => vec![(env!("CARGO_PKG_VERSION"), "[VERSION]")] }, {
        insta::assert_snapshot!(name, run.to_string());
    });
}

// ---- formats ----

#[test]
fn human_format() {
    snapshot("human", &walint(&["lint", BAD, WARNING, BROKEN, GOOD]));
}

#[test]
fn human_colours_only_when_asked_or_on_a_terminal() {
    let piped = walint(&["lint", BAD]);
    assert!(!piped.stdout.contains('\x1b'), "no colour when piped");
    let always = walint(&["lint", "--color", "always", BAD]);
    assert!(always.stdout.contains("\x1b[1;31merror\x1b[0m"));
    assert!(always.stdout.contains("\x1b[31m^^^"));
    let never = walint(&["lint", "--color", "never", BAD]);
    assert_eq!(never.stdout, piped.stdout);
}

#[test]
fn concise_format() {
    snapshot(
        "concise",
        &walint(&["lint", "--format", "concise", BAD, WARNING, BROKEN, GOOD]),
    );
}

#[test]
fn json_format() {
    snapshot(
        "json",
        &walint(&["lint", "--format", "json", WARNING, BROKEN, GOOD, MISSING]),
    );
}

#[test]
fn github_format() {
    snapshot(
        "github",
        &walint(&["lint", "--format", "github", BAD, WARNING, MISSING]),
    );
}

#[test]
fn github_format_escapes_messages_and_properties() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A file name with `,` and `:` and a message quoting `%` and a line break.
    let name = "a,b:c.json";
    std::fs::write(
        dir.path().join(name),
        r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "100%\n", "oops": 1}}"#,
    )
    .expect("write");
    let run = walint_in(dir.path(), &["lint", "--format", "github", name], None);
    let line = run
        .stdout
        .lines()
        .find(|l| l.contains("S008"))
        .expect("S008 annotation");
    assert!(
        line.starts_with("::error file=a%2Cb%3Ac.json,line=1,col="),
        "{line}"
    );
    assert!(line.contains(",title=walint S008 (unknown-field)::"), "{line}");
    assert!(!run.stdout.contains("a,b:c.json"));
}

/// SARIF is validated against the schema in tests/sarif.rs; the snapshot leaves out the
/// rule descriptors, which change with every new rule.
#[test]
fn sarif_format() {
    let run = walint(&["lint", "--format", "sarif", BAD, MISSING]);
    let mut log: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let rules = &mut log["runs"][0]["tool"]["driver"]["rules"];
    let count = rules.as_array().map_or(0, Vec::len);
    assert_eq!(count, walint::rules().len());
    *rules = serde_json::json!("[every rule]");
    for result in log["runs"][0]["results"].as_array_mut().expect("results") {
        result["ruleIndex"] = serde_json::json!("[index]");
    }
    let trimmed = Run {
        code: run.code,
        stdout: serde_json::to_string_pretty(&log).expect("json") + "\n",
        stderr: run.stderr,
    };
    snapshot("sarif", &trimmed);
}

// ---- exit codes ----

#[test]
fn exit_0_when_clean() {
    let run = walint(&["lint", GOOD]);
    assert_eq!(run.code, 0, "{run}");
    snapshot("exit-0-clean", &run);
}

#[test]
fn exit_0_with_warnings_only() {
    assert_eq!(walint(&["lint", WARNING]).code, 0);
}

#[test]
fn exit_1_on_errors_and_on_syntax_errors() {
    assert_eq!(walint(&["lint", BAD]).code, 1);
    assert_eq!(walint(&["lint", "--format", "concise", BROKEN]).code, 1);
}

#[test]
fn max_warnings() {
    let over = walint(&["lint", "--format", "concise", "--max-warnings", "0", WARNING]);
    assert_eq!(over.code, 1, "{over}");
    snapshot("exit-1-max-warnings", &over);
    assert_eq!(walint(&["lint", "--max-warnings", "1", WARNING]).code, 0);
}

#[test]
fn exit_zero() {
    let run = walint(&["lint", "--format", "concise", "--exit-zero", BAD]);
    assert_eq!(run.code, 0, "{run}");
    // Still 2 for what walint could not do.
    assert_eq!(walint(&["lint", "--exit-zero", BAD, MISSING]).code, 2);
}

#[test]
fn exit_2_on_unreadable_input() {
    let run = walint(&["lint", "--format", "concise", MISSING, GOOD]);
    assert_eq!(run.code, 2, "{run}");
    snapshot("exit-2-missing-file", &run);
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("latin1.json"), b"{\"a\": \"\xe9\"}").expect("write");
    assert_eq!(walint_in(dir.path(), &["lint", "latin1.json"], None).code, 2);
}

#[test]
fn exit_2_on_usage_errors() {
    let run = walint(&["lint", "--format", "xml", GOOD]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("invalid value 'xml'"), "{run}");
    assert_eq!(walint(&["lint"]).code, 2);
    assert_eq!(walint(&["lint", "--max-warnings", "-1", GOOD]).code, 2);
}

#[test]
fn stdin_is_linted() {
    let text = std::fs::read_to_string(common::manifest_dir().join(BAD)).expect("read");
    let run = walint_in(
        common::manifest_dir(),
        &["lint", "--format", "concise", "-"],
        Some(&text),
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.starts_with("<stdin>:"), "{run}");
}

/// A pipe named as a file (`/dev/stdin`, `<(…)`) is read to its end: 100 KB arrive in chunks.
#[cfg(unix)]
#[test]
fn a_pipe_named_as_a_file_is_read_whole() {
    let text = std::fs::read_to_string(common::manifest_dir().join(GOOD)).expect("read");
    let padded = format!("{}{text}", " ".repeat(100_000));
    let run = walint_in(
        common::manifest_dir(),
        &["lint", "--format", "json", "/dev/stdin"],
        Some(&padded),
    );
    assert_eq!(run.code, 0, "{run}");
    assert!(run.stdout.contains(r#""diagnostics": []"#), "{run}");
}

// ---- fixes (see tests/fix.rs for writing) ----

#[test]
fn diff_shows_fixes_and_exits_1() {
    let run = walint(&["lint", "--diff", BAD]);
    assert_eq!(run.code, 1, "{run}");
    snapshot("diff", &run);
    let clean = walint(&["lint", "--diff", GOOD]);
    assert_eq!((clean.code, clean.stdout.as_str()), (0, ""), "{clean}");
}

// ---- rules and explain ----

#[test]
fn rules_table_lists_every_rule() {
    let run = walint(&["rules"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("code   name"));
    assert_eq!(run.stdout.lines().count(), walint::rules().len() + 1);
    assert!(run.stdout.lines().any(|l| l.starts_with("S004   text-too-long")));
}

#[test]
fn rules_as_json() {
    let run = walint(&["rules", "--format", "json"]);
    assert_eq!(run.code, 0);
    let rules: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("json");
    assert_eq!(rules.len(), walint::rules().len());
    let s004 = rules.iter().find(|r| r["code"] == "S004").expect("S004");
    assert_eq!(s004["name"], "text-too-long");
    assert_eq!(s004["severity"], "error");
    assert_eq!(s004["meta_error"]["code"], 131009);
    assert!(s004["url"].as_str().is_some_and(|u| u.ends_with("#s004")));
    assert!(s004["summary"]
        .as_str()
        .is_some_and(|s| s.starts_with("Reports text longer")));
    for rule in &rules {
        for field in ["code", "name", "severity", "summary", "url", "source"] {
            assert!(rule[field].is_string(), "{field} of {rule}");
        }
        for field in ["since", "until"] {
            assert!(
                rule[field].is_null() || rule[field].is_string(),
                "{field} of {rule}"
            );
        }
    }
    // Rules that hold from or until a version or a date say so.
    let w012 = rules.iter().find(|r| r["code"] == "W012").expect("W012");
    assert_eq!(w012["since"], "v25.0");
    let t071 = rules.iter().find(|r| r["code"] == "T071").expect("T071");
    assert_eq!(t071["since"], "2025-04-09");
    let w014 = rules.iter().find(|r| r["code"] == "W014").expect("W014");
    assert_eq!(w014["until"], "2026-02");
}

#[test]
fn explain_known_and_unknown_rules() {
    let run = walint(&["explain", "S004"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("S004 text-too-long (error by default)"));
    assert!(run.stdout.contains("## What it does"));
    let by_name = walint(&["explain", "text-too-long"]);
    assert_eq!(by_name.stdout, run.stdout);
    let unknown = walint(&["explain", "Z999"]);
    assert_eq!(unknown.code, 2);
    snapshot("explain-unknown", &unknown);
}

// ---- directories ----

#[test]
fn directories_honour_gitignore_and_skip_hidden_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir_all(root.join(".git")).expect("git dir");
    std::fs::create_dir_all(root.join("build")).expect("build dir");
    std::fs::write(root.join(".gitignore"), "build/\n").expect("gitignore");
    // Broken, and a WhatsApp document by its members: a walk reports it (J001) where it lints.
    let broken = "{\"messaging_product\": ";
    std::fs::write(root.join("build/out.json"), broken).expect("write");
    std::fs::write(root.join(".hidden.json"), broken).expect("write");
    std::fs::write(root.join("notes.txt"), broken).expect("write");
    std::fs::write(root.join("a.json"), broken).expect("write");
    let run = walint_in(root, &["lint", "--format", "concise", "."], None);
    assert_eq!(run.code, 1, "{run}");
    assert!(
        run.stdout.ends_with("1 file checked: 1 error, 0 warnings\n"),
        "{run}"
    );
    assert!(run.stdout.starts_with("./a.json:1:22: error J001"), "{run}");
    // A file named explicitly is always linted.
    let named = walint_in(root, &["lint", "--format", "concise", "build/out.json"], None);
    assert!(named.stdout.starts_with("build/out.json:"), "{named}");
}

/// A reader that stops early (`walint rules | head -1`) closes the pipe: walint ends quietly,
/// without a panic message, for every command that prints.
#[test]
fn a_closed_pipe_ends_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let corpus = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/message");
    for args in [
        vec!["rules"],
        vec!["rules", "--format", "json"],
        vec!["explain", "T072"],
        vec!["lint", "--format", "json", "--exit-zero", corpus],
        vec!["lint", corpus],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_walint"))
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn walint");
        let mut first = String::new();
        BufReader::new(child.stdout.take().expect("stdout"))
            .read_line(&mut first)
            .expect("read a line");
        // The reader is dropped here: the pipe is closed while walint may still be writing.
        let output = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!first.is_empty(), "{args:?}: nothing printed");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.contains("Broken pipe"), "{args:?}: {stderr}");
    }
}

/// Directory walks skip JSON files that are no WhatsApp documents and count them; a file
/// named on the command line is still linted (G002).
#[test]
fn directory_walks_skip_other_json_and_count_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let root = dir.path();
    std::fs::create_dir(root.join("web")).expect("mkdir");
    std::fs::write(
        root.join("web/package.json"),
        r#"{"name": "web", "version": "1.0.0"}"#,
    )
    .expect("write");
    std::fs::write(
        root.join("web/tsconfig.json"),
        r#"{"compilerOptions": {"strict": true}}"#,
    )
    .expect("write");
    // JSON with comments, as `tsc --init` writes it: no WhatsApp document, skipped.
    std::fs::write(
        root.join("web/jsconfig.json"),
        "{\n  // Visit https://aka.ms/tsconfig\n  \"compilerOptions\": {\"strict\": true,},\n}\n",
    )
    .expect("write");
    std::fs::write(root.join("broken.json"), "{\"messaging_product\": ").expect("write");
    std::fs::write(
        root.join("message.json"),
        r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hi"}}"#,
    )
    .expect("write");
    let run = walint_in(root, &["lint", "."], None);
    assert!(
        run.stdout
            .contains("2 files checked: 1 error, 0 warnings (3 JSON files skipped: not WhatsApp documents)"),
        "{run}"
    );
    assert!(!run.stdout.contains("package.json"), "{run}");
    let json = walint_in(root, &["lint", "--format", "json", "."], None);
    let report: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(report["summary"]["skipped"], 3, "{json}");
    assert_eq!(report["summary"]["files"], 2, "{json}");
    let named = walint_in(root, &["lint", "web/package.json"], None);
    assert_eq!(named.code, 1, "{named}");
    assert!(named.stdout.contains("G002"), "{named}");
    // Named, a file with comments is reported: it is not JSON.
    let named = walint_in(root, &["lint", "web/jsconfig.json"], None);
    assert!(named.stdout.contains("J001"), "{named}");
    // Unless named files are skipped like walked ones (pre-commit names every *.json file).
    let hook = walint_in(
        root,
        &[
            "lint",
            "--skip-other-json",
            "web/package.json",
            "web/jsconfig.json",
            "message.json",
        ],
        None,
    );
    assert_eq!(hook.code, 0, "{hook}");
    assert!(
        hook.stdout
            .contains("1 file checked: 0 errors, 0 warnings (2 JSON files skipped: not WhatsApp documents)"),
        "{hook}"
    );
}

/// Files are linted in parallel, and the output keeps the command-line and walk order,
/// identical from run to run.
#[test]
fn parallel_lint_keeps_a_stable_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut expected = Vec::new();
    for i in 0..60 {
        let name = format!("m{i:02}.json");
        let body = if i % 3 == 0 { "" } else { "Hi" };
        std::fs::write(
            dir.path().join(&name),
            format!(r#"{{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {{"body": "{body}"}}}}"#),
        )
        .expect("write");
        expected.push(format!("./{name}"));
    }
    let first = walint_in(
        dir.path(),
        &["lint", "--format", "json", "--exit-zero", "."],
        None,
    );
    let report: serde_json::Value = serde_json::from_str(&first.stdout).expect("json");
    let paths: Vec<&str> = report["files"]
        .as_array()
        .expect("files")
        .iter()
        .filter_map(|f| f["path"].as_str())
        .collect();
    assert_eq!(paths, expected);
    for _ in 0..3 {
        let again = walint_in(
            dir.path(),
            &["lint", "--format", "json", "--exit-zero", "."],
            None,
        );
        assert_eq!(again.stdout, first.stdout);
    }
}
