//! `walint statuses`: the built binary run on NDJSON and JSON files of webhook bodies.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/statuses")
}

/// Runs `walint <args>` in the data directory (so file names in messages are short).
fn walint(args: &[&str]) -> Output {
    walint_in(&data_dir(), args, None)
}

fn walint_in(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_walint"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run walint");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        input.write_all(bytes).expect("write stdin");
    }
    drop(input);
    child.wait_with_output().expect("walint output")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("utf-8 stdout")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("utf-8 stderr")
}

#[test]
fn human_output_shows_each_timeline() {
    let output = walint(&["statuses", "mixed.ndjson"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    insta::assert_snapshot!("statuses_human", stdout(&output));
}

#[test]
fn json_output_is_the_serialized_timeline() {
    let output = walint(&["statuses", "--format", "json", "mixed.ndjson"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
    let messages = value["messages"].as_array().expect("messages");
    let current: Vec<(&str, &str)> = messages
        .iter()
        .map(|m| (m["id"].as_str().unwrap(), m["current"].as_str().unwrap()))
        .collect();
    assert_eq!(
        current,
        [
            ("wamid.A1", "read"),
            ("wamid.B2", "delivered"),
            ("wamid.C3", "deleted")
        ]
    );
    insta::assert_snapshot!("statuses_json", stdout(&output));
}

#[test]
fn invalid_lines_are_reported_and_the_rest_is_processed() {
    let output = walint(&["statuses", "with-errors.ndjson"]);
    assert_eq!(output.status.code(), Some(2));
    let errors = stderr(&output);
    assert!(errors.contains("with-errors.ndjson:2: invalid JSON"), "{errors}");
    assert!(
        errors.contains("with-errors.ndjson:4: not a webhook body"),
        "{errors}"
    );
    assert!(
        errors.contains("with-errors.ndjson:5: /entry/0/changes/0/value/statuses/0"),
        "{errors}"
    );
    assert!(
        errors.contains("with-errors.ndjson:5: /entry/0/changes/0/value/statuses/1"),
        "{errors}"
    );
    assert!(
        !errors.contains("with-errors.ndjson:3"),
        "blank lines are skipped: {errors}"
    );
    insta::assert_snapshot!("statuses_with_errors_stderr", errors);
    // Lines 1 and 6 still made it in.
    insta::assert_snapshot!("statuses_with_errors_stdout", stdout(&output));
}

#[test]
fn reads_stdin_and_whole_json_files() {
    let ndjson = std::fs::read(data_dir().join("mixed.ndjson")).unwrap();
    let from_stdin = walint_in(&data_dir(), &["statuses", "--format", "json", "-"], Some(&ndjson));
    let from_file = walint(&["statuses", "--format", "json", "mixed.ndjson"]);
    assert_eq!(from_stdin.status.code(), Some(0), "{}", stderr(&from_stdin));
    assert_eq!(stdout(&from_stdin), stdout(&from_file));

    let single = walint(&["statuses", "single.json"]);
    assert_eq!(single.status.code(), Some(0), "{}", stderr(&single));
    assert!(
        stdout(&single).starts_with("wamid.A1 to 16505551234: delivered\n"),
        "{}",
        stdout(&single)
    );
}

#[test]
fn a_json_array_of_bodies_is_read_as_many_bodies() {
    let dir = tempfile::tempdir().unwrap();
    let bodies: Vec<serde_json::Value> = std::fs::read_to_string(data_dir().join("mixed.ndjson"))
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    std::fs::write(
        dir.path().join("bodies.json"),
        serde_json::to_string_pretty(&bodies).unwrap(),
    )
    .unwrap();
    let from_array = walint_in(dir.path(), &["statuses", "--format", "json", "bodies.json"], None);
    let from_lines = walint(&["statuses", "--format", "json", "mixed.ndjson"]);
    assert_eq!(from_array.status.code(), Some(0), "{}", stderr(&from_array));
    assert_eq!(stdout(&from_array), stdout(&from_lines));
}

#[test]
fn ndjson_extension_means_lines_even_for_one_line() {
    let dir = tempfile::tempdir().unwrap();
    // A pretty-printed body in a .jsonl file: every line is a (broken) body of its own.
    let pretty = std::fs::read_to_string(data_dir().join("single.json")).unwrap();
    std::fs::write(dir.path().join("pretty.jsonl"), &pretty).unwrap();
    let output = walint_in(dir.path(), &["statuses", "pretty.jsonl"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("pretty.jsonl:1: invalid JSON"),
        "{}",
        stderr(&output)
    );

    // The same text in a .json file is one document; broken, it is reported once.
    std::fs::write(
        dir.path().join("broken.json"),
        pretty.replace("\"entry\"", "entry"),
    )
    .unwrap();
    let output = walint_in(dir.path(), &["statuses", "broken.json"], None);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(stderr(&output).lines().count(), 1, "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("walint: broken.json: invalid JSON"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn missing_files_exit_2_and_others_are_still_read() {
    let output = walint(&["statuses", "no-such-file.ndjson", "single.json"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr(&output).contains("no-such-file.ndjson"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).contains("wamid.A1"), "{}", stdout(&output));
}

#[test]
fn the_order_of_lines_does_not_change_the_result() {
    let text = std::fs::read_to_string(data_dir().join("mixed.ndjson")).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let n = lines.len();
    let mut orders: Vec<Vec<usize>> = vec![
        (0..n).collect(),
        (0..n).rev().collect(),
        (0..n).map(|i| (i + 3) % n).collect(),
        // Evens then odds, and the reverse interleaving.
        (0..n)
            .filter(|i| i % 2 == 0)
            .chain((0..n).filter(|i| i % 2 == 1))
            .collect(),
        (0..n)
            .filter(|i| i % 2 == 1)
            .rev()
            .chain((0..n).filter(|i| i % 2 == 0))
            .collect(),
    ];
    // And every line twice (webhook retries), in a scrambled order.
    orders.push((0..2 * n).map(|i| (i * 5 + 1) % n).collect());
    let dir = tempfile::tempdir().unwrap();
    let mut outputs = Vec::new();
    for (index, order) in orders.iter().enumerate() {
        let name = format!("order{index}.ndjson");
        let body: String = order.iter().map(|&i| format!("{}\n", lines[i])).collect();
        std::fs::write(dir.path().join(&name), body).unwrap();
        let output = walint_in(dir.path(), &["statuses", "--format", "json", &name], None);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        outputs.push(stdout(&output));
    }
    for (index, output) in outputs.iter().enumerate() {
        assert_eq!(output, &outputs[0], "order {:?} differs", orders[index]);
    }
}

#[test]
fn lint_last_inbound_flags_free_form_messages_outside_the_window() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("reply.json"),
        r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "Bonjour 👋"}}"#,
    )
    .unwrap();
    std::fs::write(
        dir.path().join("template.json"),
        r#"{"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
            "template": {"name": "hello_world", "language": {"code": "en_US"}}}"#,
    )
    .unwrap();
    let late = [
        "lint",
        "--format",
        "json",
        "--last-inbound",
        "2026-05-01T11:00:00+02:00",
        "--now",
        "2026-05-02T10:00:00Z",
    ];
    let codes = |file: &str, args: &[&str]| {
        let mut all = args.to_vec();
        all.push(file);
        let output = walint_in(dir.path(), &all, None);
        let value: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON output");
        let codes: Vec<String> = value
            .pointer("/files/0/diagnostics")
            .and_then(|d| d.as_array())
            .into_iter()
            .flatten()
            .filter_map(|d| d["code"].as_str().map(str::to_owned))
            .collect();
        (output.status.code(), codes)
    };
    let (status, found) = codes("reply.json", &late);
    assert!(found.contains(&"M090".to_owned()), "{found:?}");
    assert_eq!(status, Some(1));
    let (_, found) = codes("template.json", &late);
    assert!(!found.contains(&"M090".to_owned()), "{found:?}");
    let early = [
        "lint",
        "--format",
        "json",
        "--last-inbound",
        "2026-05-01T09:00:00Z",
        "--now",
        "1777690000",
    ];
    let (_, found) = codes("reply.json", &early);
    assert!(!found.contains(&"M090".to_owned()), "{found:?}");

    let bad = walint_in(
        dir.path(),
        &["lint", "--last-inbound", "yesterday", "reply.json"],
        None,
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("RFC 3339"), "{}", stderr(&bad));
}

#[test]
fn log_lines_are_read_from_their_json() {
    let dir = tempfile::tempdir().unwrap();
    // Application logs write each webhook after a timestamp and a label.
    let log: String = std::fs::read_to_string(data_dir().join("mixed.ndjson"))
        .unwrap()
        .lines()
        .enumerate()
        .map(|(index, body)| format!("2025-11-10 06:45:{index:02} INFO webhook payload: {body}\n"))
        .collect();
    std::fs::write(dir.path().join("webhooks.log"), log).unwrap();
    let from_log = walint_in(
        dir.path(),
        &["statuses", "--format", "json", "webhooks.log"],
        None,
    );
    let from_lines = walint(&["statuses", "--format", "json", "mixed.ndjson"]);
    assert_eq!(from_log.status.code(), Some(0), "{}", stderr(&from_log));
    assert_eq!(stdout(&from_log), stdout(&from_lines));
    assert!(
        stderr(&from_log).contains("8 lines had text before the JSON (a log prefix?)"),
        "{}",
        stderr(&from_log)
    );
}
