//! `docs/rules.md` is generated from the rule registry; this test fails when it is stale.

use std::path::Path;

#[test]
fn rules_docs_are_fresh() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules.md");
    let expected = walint::registry::render_docs();
    if std::env::var_os("WALINT_UPDATE_DOCS").is_some() {
        std::fs::write(&path, &expected).expect("write docs/rules.md");
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "docs/rules.md is stale: run `WALINT_UPDATE_DOCS=1 cargo test --test docs`"
    );
}

#[test]
fn every_rule_is_documented() {
    for rule in walint::rules() {
        let summary = rule.summary();
        assert!(
            !summary.is_empty() && !summary.starts_with('#'),
            "{}: first doc lines must be `## What it does` and a summary",
            rule.code
        );
        assert!(
            rule.docs.trim_start().starts_with("## What it does"),
            "{}",
            rule.code
        );
        for section in [
            "## What it does",
            "## Why is this bad",
            "## Example",
            "## References",
        ] {
            assert!(rule.docs.contains(section), "{} lacks `{section}`", rule.code);
        }
    }
    let mut codes: Vec<_> = walint::rules().iter().map(|r| r.code).collect();
    let total = codes.len();
    codes.dedup();
    assert_eq!(codes.len(), total, "rule codes must be unique");
}
