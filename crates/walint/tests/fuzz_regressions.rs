//! Inputs the fuzzers (fuzz/, cargo-fuzz) and the property tests found, replayed on stable in
//! `cargo test` through the very functions the fuzz targets run (`fuzz/checks.rs`).
//!
//! Each file under `tests/fuzz-regressions/<target>/` is fed to the function of fuzz target
//! `<target>` (`lint_str`, `format`, `placeholder`, `check_send`, `timeline`); inputs that
//! read better inline are tests below. See fuzz/README.md for how the targets are run.

use std::path::Path;

use walint::{lint_str, Kind, Options};

#[path = "../../../fuzz/checks.rs"]
mod checks;

/// A fuzz target's name (its folder of saved inputs) and the function that replays one input.
type Target = (&'static str, fn(&[u8]));

#[test]
fn replay_saved_inputs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let targets: [Target; 5] = [
        ("lint_str", checks::lint_str),
        ("format", checks::format),
        ("placeholder", checks::placeholder),
        ("check_send", checks::check_send),
        ("timeline", checks::timeline),
    ];
    let mut replayed = 0;
    for (target, run) in targets {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in entries.flatten() {
            let data = std::fs::read(entry.path()).expect("read regression input");
            run(&data);
            replayed += 1;
        }
    }
    println!("replayed {replayed} saved fuzz inputs");
}

/// Applies the first safe fix of `source`'s report (one edit), as `walint lint --fix` would.
fn apply_first_safe_fix(source: &str) -> Option<String> {
    let report = lint_str(source, Kind::Auto, &Options::default());
    let edit = report
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .find(|fix| fix.applicability == walint::Applicability::Safe)?
        .edits
        .first()?
        .clone();
    let mut fixed = source.to_owned();
    fixed.replace_range(edit.start?..edit.end?, &serde_json::to_string(&edit.value).ok()?);
    Some(fixed)
}

fn codes(source: &str) -> Vec<&'static str> {
    let report = lint_str(source, Kind::Auto, &Options::default());
    report.diagnostics.iter().map(|d| d.code).collect()
}

/// Property `safe_fixes_reach_a_fixed_point_without_new_errors`: trimming a reply button id
/// made it equal to the next button's id (a new M101 error). Now no fix is offered.
#[test]
fn trimming_a_button_id_never_duplicates_another() {
    let source = r#"{"messaging_product":"whatsapp","to":"+15551234567","type":"interactive","interactive":{"type":"button","body":{"text":"Pick"},"action":{"buttons":[{"type":"reply","reply":{"id":" world ","title":"A"}},{"type":"reply","reply":{"id":"world","title":"B"}}]}}}"#;
    assert!(codes(source).contains(&"M102"));
    assert_eq!(apply_first_safe_fix(source), None);
}

/// Same property: seven `**x**` in one string needed two `--fix` runs (whole-string fixes
/// share a range, one applies per pass, five passes at most). Now one fix settles them all.
#[test]
fn one_safe_fix_settles_every_double_marker_of_a_string() {
    let source = r#"{"messaging_product":"whatsapp","to":"+15551234567","type":"text","text":{"body":"**a** **b** **c** **d** **e** **f** **g**"}}"#;
    assert_eq!(codes(source).iter().filter(|&&c| c == "F003").count(), 7);
    let fixed = apply_first_safe_fix(source).expect("a safe fix");
    assert!(
        fixed.contains(r#""body":"*a* *b* *c* *d* *e* *f* *g*""#),
        "{fixed}"
    );
    assert!(!codes(&fixed).contains(&"F003"));
}

/// benches/scale.rs: a long text with thousands of findings took minutes (each finding
/// re-scanned the text for its location, its UTF-16 offsets and a copy for its fix). The
/// locations must still be exact after the linear rewrite.
#[test]
fn thousands_of_findings_in_one_string_are_placed_exactly() {
    let body = "Olá **João** 😀\\n> ok\\n".repeat(3_000);
    let source = format!(
        r#"{{"messaging_product":"whatsapp","to":"+15551234567","type":"text","text":{{"body":"{body}"}}}}"#
    );
    let report = lint_str(&source, Kind::Auto, &Options::default());
    let doubles: Vec<_> = report.diagnostics.iter().filter(|d| d.code == "F003").collect();
    assert_eq!(doubles.len(), 3_000);
    for d in doubles {
        let l = d.location.expect("location");
        assert_eq!(&source[l.start..l.end], "**");
        assert!(source[l.start..].starts_with("**João**"));
        assert_eq!(l.utf16_start, source[..l.start].encode_utf16().count());
        assert_eq!(l.column, source[..l.start].chars().count() + 1);
    }
}
