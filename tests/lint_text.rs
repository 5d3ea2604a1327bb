//! Plain-text linting: `walint::lint_text` and `walint lint --kind text FILE.txt`.

use walint::format::TextContext;
use walint::{lint_text, Applicability, Options};

#[test]
fn locates_findings_in_the_text_itself() {
    let report = lint_text(
        "Your order is *ready *",
        TextContext::Rendered,
        &Options::default(),
    );
    assert_eq!(report.kind.as_str(), "text");
    let [d] = report.diagnostics.as_slice() else {
        panic!("expected one diagnostic: {:?}", report.diagnostics)
    };
    assert_eq!((d.code, d.pointer.as_str()), ("F001", ""));
    let location = d.location.expect("location");
    assert_eq!(
        (location.line, location.column, location.start, location.end),
        (1, 22, 21, 22)
    );
    let fix = d.fix.as_ref().expect("fix");
    assert_eq!(fix.applicability, Applicability::Unsafe);
    assert_eq!(fix.edits[0].value, "Your order is *ready*");
    assert_eq!((fix.edits[0].start, fix.edits[0].end), (Some(0), Some(22)));
}

#[test]
fn counts_lines_code_points_and_utf16() {
    let report = lint_text("👋 hi\n**bold** x", TextContext::Rendered, &Options::default());
    let d = report
        .diagnostics
        .iter()
        .find(|d| d.code == "F003")
        .expect("F003");
    let location = d.location.expect("location");
    assert_eq!((location.line, location.column), (2, 1));
    assert_eq!((location.start, location.end), (8, 10));
    assert_eq!((location.utf16_start, location.utf16_end), (6, 8));
    let fix = d.fix.as_ref().expect("fix");
    assert_eq!(fix.applicability, Applicability::Safe);
    assert_eq!(fix.edits[0].value, "👋 hi\n*bold* x");
}

#[test]
fn context_decides_what_is_reported() {
    let options = Options::default();
    let codes = |text: &str, context| -> Vec<&'static str> {
        lint_text(text, context, &options)
            .diagnostics
            .iter()
            .map(|d| d.code)
            .collect()
    };
    assert_eq!(codes("*Sale* today", TextContext::Rendered), Vec::<&str>::new());
    assert_eq!(codes("*Sale* today", TextContext::Plain), ["F010", "F010"]);
    assert_eq!(codes("*VIP", TextContext::Parameter), ["F011"]);
}

#[test]
fn options_select_and_ignore_apply() {
    let options = Options {
        selection: walint::Selection {
            ignore: vec!["F003".into()],
            ..walint::Selection::default()
        },
        ..Options::default()
    };
    let report = lint_text("**bold**", TextContext::Rendered, &options);
    assert!(
        report.diagnostics.iter().all(|d| d.code != "F003"),
        "{:?}",
        report.diagnostics
    );
}

#[test]
fn cli_lints_a_text_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("body.txt");
    std::fs::write(&path, "# Update\nYour code is **123456**\n").expect("write");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_walint"))
        .args(["lint", "--kind", "text", "--format", "json"])
        .arg(&path)
        .output()
        .expect("run walint lint");
    // Formatting findings are warnings: exit 0.
    assert_eq!(output.status.code(), Some(0), "{output:?}");
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    let json: serde_json::Value = serde_json::from_str(&stdout).expect("JSON output");
    let codes: Vec<&str> = json
        .pointer("/files/0/diagnostics")
        .and_then(|d| d.as_array())
        .expect("diagnostics")
        .iter()
        .filter_map(|d| d.get("code").and_then(|c| c.as_str()))
        .collect();
    assert_eq!(codes, ["F004", "F003"]);
}
