//! Every rule's docs stand alone and cannot rot:
//! - the summary (the line after `## What it does`) is one whole sentence;
//! - `## Example` holds a payload that triggers the rule and, after `Use instead`, one that
//!   does not, and both are linted here (with the options of a ```` ```json options ```` block
//!   when the rule needs some: template definitions, an API version, the service window);
//! - references and the source are full `https://` URLs, never shorthands of files outside
//!   the repository.

use walint::{Kind, Options, Rule};

/// The code blocks of a section: `(info string, text)`.
fn blocks(section: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut current: Option<(String, String)> = None;
    for line in section.lines() {
        match (&mut current, line.trim_start().strip_prefix("```")) {
            (None, Some(info)) => current = Some((info.trim().to_owned(), String::new())),
            (Some(_), Some(_)) => found.extend(current.take()),
            (Some((_, text)), None) => {
                text.push_str(line);
                text.push('\n');
            }
            (None, None) => {}
        }
    }
    found
}

/// The `## name` section of the docs.
fn section<'d>(docs: &'d str, name: &str) -> Option<&'d str> {
    let start = docs.find(&format!("## {name}\n"))?;
    let rest = &docs[start + name.len() + 4..];
    Some(rest.find("\n## ").map_or(rest, |end| &rest[..end]))
}

/// The example that triggers the rule, the one that does not, and the options for both.
fn examples(rule: &Rule) -> Result<(String, String, Options), String> {
    let docs = rule.markdown();
    let example = section(&docs, "Example").ok_or("no `## Example` section")?;
    let (before, after) = example
        .split_once("Use instead")
        .ok_or("no `Use instead` in `## Example`")?;
    let document = |part: &str| {
        blocks(part)
            .into_iter()
            .find(|(info, _)| info == "json")
            .map(|(_, text)| text)
    };
    let bad = document(before).ok_or("no ```json example before `Use instead`")?;
    let good = document(after).ok_or("no ```json example after `Use instead`")?;
    let options = match blocks(example)
        .into_iter()
        .find(|(info, _)| info == "json options")
    {
        Some((_, text)) => Options::from_json(&text).map_err(|e| format!("options block: {e}"))?,
        None => Options::default(),
    };
    Ok((bad, good, options))
}

#[test]
fn every_summary_is_one_whole_sentence() {
    let mut cut = Vec::new();
    for rule in walint::rules() {
        let summary = rule.summary();
        let docs = rule.markdown();
        let next = docs
            .split_once(summary)
            .and_then(|(_, rest)| rest.lines().nth(1))
            .unwrap_or("");
        let whole = summary.ends_with('.')
            && summary.starts_with(|c: char| c.is_uppercase() || c == '`')
            && next.trim().is_empty();
        if !whole {
            cut.push(format!("{}: {summary:?} (next line {next:?})", rule.code));
        }
    }
    assert!(
        cut.is_empty(),
        "summaries that are not one whole sentence:\n{}",
        cut.join("\n")
    );
}

#[test]
fn every_example_triggers_its_rule_and_its_fix_does_not() {
    let mut wrong = Vec::new();
    for rule in walint::rules() {
        let (bad, good, options) = match examples(rule) {
            Ok(found) => found,
            Err(problem) => {
                wrong.push(format!("{}: {problem}", rule.code));
                continue;
            }
        };
        let reports = |text: &str| {
            walint::lint_str(text, Kind::Auto, &options)
                .diagnostics
                .iter()
                .any(|d| d.code == rule.code)
        };
        if !reports(&bad) {
            wrong.push(format!("{}: the example does not trigger it:\n{bad}", rule.code));
        }
        if reports(&good) {
            wrong.push(format!(
                "{}: the `Use instead` example triggers it:\n{good}",
                rule.code
            ));
        }
    }
    assert!(wrong.is_empty(), "{} rules:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn references_are_full_urls() {
    let mut wrong = Vec::new();
    for rule in walint::rules() {
        let docs = rule.markdown();
        let references = section(&docs, "References").unwrap_or("");
        if !references.contains("https://") {
            wrong.push(format!("{}: no https:// URL under `## References`", rule.code));
        }
        for shorthand in [
            "DOC:",
            "rules.md",
            "ONPREM",
            "OAS#",
            "ERRTABLE",
            "formatting.md",
            "../shared",
        ] {
            if docs.contains(shorthand) {
                wrong.push(format!("{}: the docs cite `{shorthand}`", rule.code));
            }
        }
        if !rule.source.starts_with("https://") {
            wrong.push(format!(
                "{}: source `{}` is not an https:// URL",
                rule.code, rule.source
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} problems:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
