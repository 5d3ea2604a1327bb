//! `--fix`, `--unsafe-fixes` and `--diff`: apply the core's fixes to the original text.
//!
//! Each edit replaces the byte range of one JSON value with the new value serialised
//! compactly; every other byte of the file is kept. After each pass the text is linted
//! again (a fix may enable another) until nothing changes, at most [`MAX_PASSES`] times.
//! A result that is not valid JSON is never kept.

use std::io::Write;
use std::path::Path;

use walint::{Applicability, Fix, Report};

/// Passes of fix-and-relint before giving up on reaching a stable text.
pub const MAX_PASSES: usize = 5;

/// What fixing one text did.
pub struct Outcome {
    /// The fixed text (the original when nothing was applied or the result was refused).
    pub text: String,
    /// The findings of `text`.
    pub report: Report,
    /// How many fixes were applied.
    pub applied: usize,
    /// Why the fixes were thrown away, if they were.
    pub refused: Option<String>,
}

/// Applies fixes to `original` until stable. `lint` is the caller's configured linter.
pub fn fix_text(original: &str, unsafe_fixes: bool, lint: &dyn Fn(&str) -> Report) -> Outcome {
    let first = lint(original);
    let mut text = original.to_owned();
    let mut report = first.clone();
    let mut applied = 0;
    let mut seen = vec![text.clone()];
    for _ in 0..MAX_PASSES {
        let fixes = applicable(&report, unsafe_fixes);
        let (next, count) = apply(&text, &fixes);
        if count == 0 || seen.contains(&next) {
            break;
        }
        if let Err(error) = serde_json::from_str::<serde_json::Value>(&next) {
            return Outcome {
                text: original.to_owned(),
                report: first,
                applied: 0,
                refused: Some(format!(
                    "fixes not applied: the result would not be valid JSON ({error})"
                )),
            };
        }
        applied += count;
        report = lint(&next);
        seen.push(next.clone());
        text = next;
    }
    Outcome {
        text,
        report,
        applied,
        refused: None,
    }
}

/// The fixes `--fix` may apply: safe ones, and unsafe ones when asked.
fn applicable(report: &Report, unsafe_fixes: bool) -> Vec<&Fix> {
    report
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|fix| match fix.applicability {
            Applicability::Safe => true,
            Applicability::Unsafe => unsafe_fixes,
            Applicability::DisplayOnly => false,
        })
        .collect()
}

/// Applies whole fixes whose edits all have ranges and overlap nothing already taken;
/// the others wait for the next pass. Returns the new text and the number applied.
pub fn apply(text: &str, fixes: &[&Fix]) -> (String, usize) {
    let mut taken: Vec<(usize, usize, String)> = Vec::new();
    let mut count = 0;
    let mut ordered: Vec<&&Fix> = fixes.iter().collect();
    ordered.sort_by_key(|fix| {
        fix.edits
            .iter()
            .filter_map(|e| e.start)
            .min()
            .unwrap_or(usize::MAX)
    });
    for fix in ordered {
        let mut edits = Vec::new();
        for edit in &fix.edits {
            let (Some(start), Some(end)) = (edit.start, edit.end) else {
                edits.clear();
                break;
            };
            let valid = start <= end && text.is_char_boundary(start) && text.is_char_boundary(end);
            let Ok(value) = serde_json::to_string(&edit.value) else {
                edits.clear();
                break;
            };
            if !valid {
                edits.clear();
                break;
            }
            edits.push((start, end, value));
        }
        let overlaps =
            |a: &(usize, usize, String), b: &(usize, usize, String)| (a.0 < b.1 && b.0 < a.1) || a.0 == b.0;
        let clash = edits
            .iter()
            .enumerate()
            .any(|(i, e)| taken.iter().any(|t| overlaps(e, t)) || edits[..i].iter().any(|o| overlaps(e, o)));
        if edits.is_empty() || clash {
            continue;
        }
        taken.extend(edits);
        count += 1;
    }
    taken.sort_by_key(|(start, _, _)| std::cmp::Reverse(*start));
    let mut out = text.to_owned();
    for (start, end, value) in taken {
        out.replace_range(start..end, &value);
    }
    (out, count)
}

/// Replaces `path`'s content: a temporary file in the same directory, flushed to disk,
/// given the original's permissions, then renamed over it, so a reader or an interrupted
/// run sees either the old file or the new one, never a mix. Symlinks are followed.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    write_atomically_with(path, &mut |file| file.write_all(text.as_bytes()))
}

/// [`write_atomically`] with the content written by `write`: when it fails part-way (a full
/// disk), the temporary file is removed and the original is untouched.
fn write_atomically_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let permissions = std::fs::metadata(&target)?.permissions();
    let mut temporary = tempfile::Builder::new().prefix(".walint-fix-").tempfile_in(dir)?;
    write(temporary.as_file_mut())?;
    temporary.as_file_mut().flush()?;
    temporary.as_file().sync_all()?;
    std::fs::set_permissions(temporary.path(), permissions)?;
    temporary.persist(&target).map_err(|error| error.error)?;
    Ok(())
}

/// A unified diff of the fix, for `--diff`.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", path.trim_start_matches('/')),
            &format!("b/{}", path.trim_start_matches('/')),
        )
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{json, Value};
    use walint::{DetectedKind, Diagnostic, Edit};

    fn fix(applicability: Applicability, edits: Vec<(usize, usize, Value)>) -> Fix {
        Fix {
            applicability,
            message: "fix".into(),
            edits: edits
                .into_iter()
                .map(|(start, end, value)| Edit {
                    pointer: String::new(),
                    value,
                    start: Some(start),
                    end: Some(end),
                })
                .collect(),
        }
    }

    fn report_with(fixes: Vec<Fix>) -> Report {
        let rule = walint::registry::find("J002").expect("rule");
        Report {
            kind: DetectedKind::Message,
            diagnostics: fixes
                .into_iter()
                .map(|f| {
                    let mut d = Diagnostic::new(rule, "", "m");
                    d.fix = Some(f);
                    d
                })
                .collect(),
        }
    }

    fn range(text: &str, needle: &str) -> (usize, usize) {
        let start = text.find(needle).expect("needle");
        (start, start + needle.len())
    }

    #[test]
    fn edits_replace_only_their_ranges() {
        let text = "{\n    \"a\" : \"x \",\t\"b\": [1,2]\n}\n";
        let (a0, a1) = range(text, "\"x \"");
        let (b0, b1) = range(text, "[1,2]");
        let fixes = [
            fix(Applicability::Safe, vec![(b0, b1, json!([1, {"k": "v"}]))]),
            fix(Applicability::Safe, vec![(a0, a1, json!("x"))]),
        ];
        let (out, count) = apply(text, &fixes.iter().collect::<Vec<_>>());
        assert_eq!(count, 2);
        assert_eq!(out, "{\n    \"a\" : \"x\",\t\"b\": [1,{\"k\":\"v\"}]\n}\n");
    }

    #[test]
    fn overlapping_and_rangeless_fixes_wait() {
        let text = r#"{"a": {"b": 1}}"#;
        let (o0, o1) = range(text, r#"{"b": 1}"#);
        let (i0, i1) = range(text, "1");
        let mut rangeless = fix(Applicability::Safe, vec![(0, 0, json!(0))]);
        rangeless.edits[0].start = None;
        let bad_boundary = fix(Applicability::Safe, vec![(100, 200, json!(0))]);
        let fixes = [
            fix(Applicability::Safe, vec![(o0, o1, json!({"b": 2}))]),
            fix(Applicability::Safe, vec![(i0, i1, json!(3))]),
            rangeless,
            bad_boundary,
        ];
        let (out, count) = apply(text, &fixes.iter().collect::<Vec<_>>());
        assert_eq!((out.as_str(), count), (r#"{"a": {"b":2}}"#, 1));
    }

    #[test]
    fn loop_relints_until_stable_and_respects_applicability() {
        // A fake linter: while "a" is not 3, it offers an unsafe +1 fix and a safe one
        // that is display-only after the first pass.
        let lint = |text: &str| -> Report {
            let value: Value = serde_json::from_str(text).expect("json");
            let a = value["a"].as_i64().expect("a");
            if a >= 3 {
                return report_with(vec![]);
            }
            let (s, e) = range(text, &a.to_string());
            report_with(vec![fix(Applicability::Unsafe, vec![(s, e, json!(a + 1))])])
        };
        let safe_only = fix_text("{ \"a\": 1 }", false, &lint);
        assert_eq!((safe_only.text.as_str(), safe_only.applied), ("{ \"a\": 1 }", 0));
        let with_unsafe = fix_text("{ \"a\": 1 }", true, &lint);
        assert_eq!(
            (with_unsafe.text.as_str(), with_unsafe.applied),
            ("{ \"a\": 3 }", 2)
        );
        assert!(with_unsafe.report.diagnostics.is_empty());
    }

    #[test]
    fn a_result_that_is_not_json_is_refused() {
        let original = r#"{"a": "x", "b": 1}"#;
        // A wrong range (half a key) produces invalid JSON.
        let lint = |_: &str| report_with(vec![fix(Applicability::Safe, vec![(1, 3, json!(1))])]);
        let outcome = fix_text(original, false, &lint);
        assert_eq!(outcome.text, original);
        assert_eq!(outcome.applied, 0);
        assert!(outcome.refused.expect("refused").contains("not be valid JSON"));
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_keeps_permissions_and_follows_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.json");
        std::fs::write(&real, "{}").expect("write");
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        write_atomically(&link, "{\"a\":1}").expect("write");
        assert_eq!(std::fs::read_to_string(&real).expect("read"), "{\"a\":1}");
        assert!(std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink());
        let mode = std::fs::metadata(&real).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 2);
    }

    #[test]
    fn a_full_disk_leaves_the_file_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a.json");
        let original = "{\"a\": \"x \"}";
        std::fs::write(&file, original).expect("write");
        // Half the text gets written, then the disk is full (ENOSPC).
        let text = "{\"a\": \"x\", \"b\": \"a longer replacement text\"}";
        let mut half_then_full = |out: &mut dyn Write| {
            out.write_all(&text.as_bytes()[..text.len() / 2])?;
            Err(std::io::Error::from_raw_os_error(28))
        };
        let error = write_atomically_with(&file, &mut half_then_full).expect_err("disk full");
        assert_eq!(error.raw_os_error(), Some(28));
        assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["a.json"], "the temporary file is removed");
    }

    #[test]
    fn diff_has_headers_and_hunks() {
        let diff = unified_diff("x.json", "{\n\"a\": 1\n}\n", "{\n\"a\": 2\n}\n");
        assert!(diff.starts_with("--- a/x.json\n+++ b/x.json\n@@"));
        assert!(diff.contains("-\"a\": 1\n+\"a\": 2\n"));
    }
}
