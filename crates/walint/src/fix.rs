//! Applying fixes to a text, as `walint lint --fix` and the npm package's `fix` do.
//!
//! Each edit replaces the byte range of one JSON value with the new value serialised
//! compactly; every other byte of the text is kept. After each pass the text is linted
//! again (a fix may enable another) until nothing changes, at most [`MAX_PASSES`] times.
//! A result that is not valid JSON is never kept.

use crate::diagnostic::{Applicability, Fix};
use crate::engine::Report;

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

/// The fixes a pass may apply: safe ones, and unsafe ones when asked.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{DetectedKind, Diagnostic, Edit};
    use serde_json::{json, Value};

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
        let rule = crate::registry::find("J002").expect("rule");
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
}
