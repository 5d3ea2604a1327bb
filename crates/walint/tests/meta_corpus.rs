//! External conformance suite: Meta's published example payloads
//! (`../shared/corpus/meta-openapi/`, indexed by its INDEX.md). Payloads INDEX.md marks
//! valid must lint without error-severity findings (placeholders are warnings, see
//! README); those marked invalid must be flagged. When the corpus is absent (a plain
//! clone) the test says so and checks nothing.

use std::path::Path;

#[test]
fn meta_openapi_examples_lint_as_index_says() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/meta-openapi");
    let Ok(index) = std::fs::read_to_string(dir.join("INDEX.md")) else {
        println!(
            "SKIPPED: external conformance corpus not found at {} (it exists beside the checkout in CI)",
            dir.display()
        );
        return;
    };
    let mut checked = 0;
    let mut problems = Vec::new();
    for line in index.lines().filter(|l| l.contains(".json |")) {
        let columns: Vec<&str> = line.split(" | ").collect();
        let (Some(file), Some(verdict)) = (columns.first(), columns.last()) else {
            continue;
        };
        let text = std::fs::read_to_string(dir.join(file)).expect("corpus file listed in INDEX.md");
        let report = walint::lint_str(&text, walint::Kind::Auto, &walint::Options::default());
        let errors: Vec<String> = report
            .diagnostics
            .iter()
            .filter(|d| d.severity == walint::Severity::Error)
            .map(|d| format!("{} {} {}", d.code, d.pointer, d.message))
            .collect();
        let expected_invalid = verdict.contains("INVALID") || verdict.contains("MISLABELLED");
        let uncertain = verdict.starts_with("uncertain");
        if expected_invalid && errors.is_empty() {
            problems.push(format!("{file}: INDEX.md says invalid, walint found no error"));
        } else if !expected_invalid && !uncertain && !errors.is_empty() {
            problems.push(format!("{file}: INDEX.md says valid, walint found: {errors:?}"));
        }
        checked += 1;
    }
    println!("checked {checked} Meta example payloads");
    assert!(checked >= 80, "INDEX.md lists {checked} payloads");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
