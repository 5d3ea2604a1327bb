//! The project's own corpus: every `tests/corpus/**/*.json` case is linted and its
//! diagnostics are snapshot-tested. Case names say which rule they exercise:
//! `<code>-fail-*.json` must report that rule, `<code>-pass-*.json` must not, and every
//! registered rule has at least one of each.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn cases() -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut dirs = vec![corpus_dir()];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("read corpus dir").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") && !is_options_sidecar(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// `<case>.options.json` beside a case holds its `walint::Options`, `<case>.definition.json`
/// the template definition a send case is checked against: inputs, not cases.
fn is_options_sidecar(path: &Path) -> bool {
    path.to_str()
        .is_some_and(|p| p.ends_with(".options.json") || p.ends_with(".definition.json"))
}

fn options_for(case: &Path) -> walint::Options {
    let mut options: walint::Options = match std::fs::read_to_string(case.with_extension("options.json")) {
        Ok(text) => walint::Options::from_json(&text).expect("valid <case>.options.json"),
        Err(_) => walint::Options::default(),
    };
    if let Ok(text) = std::fs::read_to_string(case.with_extension("definition.json")) {
        options
            .templates
            .push(serde_json::from_str(&text).expect("valid <case>.definition.json"));
    }
    options
}

fn lint(path: &Path) -> walint::Report {
    let text = std::fs::read_to_string(path).expect("read case");
    walint::lint_str(&text, walint::Kind::Auto, &options_for(path))
}

/// One line per diagnostic, then its help and its fix: what the snapshot records.
fn render(report: &walint::Report) -> String {
    let mut out = format!("kind: {}\n", report.kind.as_str());
    for d in &report.diagnostics {
        let (line, column) = d.location.map_or((0, 0), |l| (l.line, l.column));
        out.push_str(&format!(
            "{}:{} {} {} {} {}\n",
            line,
            column,
            d.severity.as_str(),
            d.code,
            if d.pointer.is_empty() { "\"\"" } else { &d.pointer },
            d.message
        ));
        if let Some(help) = &d.help {
            out.push_str(&format!("  help: {help}\n"));
        }
        if let Some(fix) = &d.fix {
            let applicability = serde_json::to_value(fix.applicability).unwrap_or_default();
            out.push_str(&format!(
                "  fix ({}): {}\n",
                applicability.as_str().unwrap_or_default(),
                fix.message
            ));
            for edit in &fix.edits {
                out.push_str(&format!("    {} = {}\n", edit.pointer, edit.value));
            }
        }
    }
    out
}

/// Each case's snapshot sits next to it: `tests/corpus/<area>/snapshots/<case>.snap`.
#[test]
fn corpus_snapshots() {
    for case in cases() {
        let (Some(area), Some(name)) = (case.parent(), case.file_stem().and_then(|s| s.to_str())) else {
            continue;
        };
        let mut settings = insta::Settings::clone_current();
        settings.set_snapshot_path(area.join("snapshots"));
        settings.set_prepend_module_to_snapshot(false);
        settings.set_input_file(&case);
        settings.bind(|| insta::assert_snapshot!(name.to_owned(), render(&lint(&case))));
    }
}

/// `tests/corpus/accepted/`: realistic payloads in shapes Meta documents as accepted (sent)
/// or produces (webhooks, GET responses), written from the documentation (sources in its
/// SOURCES.md). None may get an error-severity finding.
#[test]
fn accepted_payloads_lint_without_errors() {
    let dir = corpus_dir().join("accepted");
    let mut checked = 0;
    let mut problems = Vec::new();
    for path in cases().into_iter().filter(|p| p.starts_with(&dir)) {
        let report = lint(&path);
        assert_ne!(
            report.kind,
            walint::DetectedKind::Unknown,
            "{} is not recognised",
            path.display()
        );
        for d in report
            .diagnostics
            .iter()
            .filter(|d| d.severity == walint::Severity::Error)
        {
            problems.push(format!(
                "{}: {} {} {}",
                path.display(),
                d.code,
                d.pointer,
                d.message
            ));
        }
        checked += 1;
    }
    assert!(checked >= 150, "only {checked} accepted payloads");
    assert!(
        problems.is_empty(),
        "errors on accepted payloads:\n{}",
        problems.join("\n")
    );
}

#[test]
fn every_rule_has_failing_and_passing_cases() {
    let mut fails: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    let mut passes: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for path in cases() {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut parts = name.splitn(3, '-');
        let (Some(code), Some(verdict)) = (parts.next(), parts.next()) else {
            continue;
        };
        let code = code.to_ascii_uppercase();
        match verdict {
            "fail" => fails.entry(code).or_default().push(path),
            "pass" => passes.entry(code).or_default().push(path),
            _ => {}
        }
    }
    let mut problems = Vec::new();
    for rule in walint::rules() {
        let reports = |paths: Option<&Vec<PathBuf>>| {
            paths
                .map(|p| {
                    p.iter()
                        .map(|path| (path.clone(), lint(path)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        };
        let failing = reports(fails.get(rule.code));
        let passing = reports(passes.get(rule.code));
        if failing.is_empty() {
            problems.push(format!(
                "{}: no `{}-fail-*.json` case",
                rule.code,
                rule.code.to_lowercase()
            ));
        }
        if passing.is_empty() {
            problems.push(format!(
                "{}: no `{}-pass-*.json` case",
                rule.code,
                rule.code.to_lowercase()
            ));
        }
        for (path, report) in failing {
            if !report.diagnostics.iter().any(|d| d.code == rule.code) {
                problems.push(format!("{} does not report {}", path.display(), rule.code));
            }
        }
        for (path, report) in passing {
            if report.diagnostics.iter().any(|d| d.code == rule.code) {
                problems.push(format!("{} reports {}", path.display(), rule.code));
            }
        }
    }
    assert!(problems.is_empty(), "corpus coverage:\n{}", problems.join("\n"));
}
