//! The rule registry: every rule's stable code, name, default severity, docs and source.
//!
//! Codes never change meaning once released. The first letter says where a rule applies:
//! `J` JSON text, `S` structure (from `schemas/`), `G` general, `M` outgoing messages,
//! `T` template definitions, `P` template sends (parameters), `X` sends checked against
//! their definition, `F` formatting, `W` webhooks.

pub use crate::rule::{Rule, DOCS_URL};

/// Every rule, in code order.
pub fn all() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = Vec::new();
    rules.extend(crate::source::RULES);
    rules.extend(crate::schema::RULES);
    rules.extend(crate::rules::general::RULES);
    rules.extend(crate::rules::message::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::rules::template::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::rules::send::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::rules::send_definition::RULES);
    rules.extend(
        crate::rules::send_definition::CHECKS
            .iter()
            .map(|(rule, _)| *rule),
    );
    rules.extend(crate::rules::webhook::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::rules::format::RULES.iter().map(|rule| rule.rule));
    rules.sort_by_key(|rule| rule.code);
    rules
}

/// Looks a rule up by code (case-insensitive) or by name.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    all()
        .into_iter()
        .find(|rule| rule.code.eq_ignore_ascii_case(code_or_name) || rule.name == code_or_name)
}

/// The rules reference (`docs/rules.md`), generated from the registry.
pub fn render_docs() -> String {
    let mut out = String::from(
        "# walint rules\n\n<!-- Generated from the rule registry (crates/walint/src/registry.rs); do not edit. \
         Regenerate with `WALINT_UPDATE_DOCS=1 cargo test --test docs`. -->\n\n\
         Lengths are counted in Unicode code points, as Meta counts characters.\n\n\
         | code | name | default severity | prevents | summary |\n| --- | --- | --- | --- | --- |\n",
    );
    let rules = all();
    for rule in &rules {
        let prevents = rule.meta_error.map_or(String::new(), |m| m.code.to_string());
        out.push_str(&format!(
            "| [{code}](#{anchor}) | `{name}` | {severity} | {prevents} | {summary} |\n",
            code = rule.code,
            anchor = rule.code.to_ascii_lowercase(),
            name = rule.name,
            severity = rule.severity.as_str(),
            summary = rule.summary().replace('|', "\\|"),
        ));
    }
    for rule in &rules {
        out.push_str(&format!(
            "\n## {code}\n\n`{name}` · default severity **{severity}** · source: {source}",
            code = rule.code,
            name = rule.name,
            severity = rule.severity.as_str(),
            source = rule.source,
        ));
        if let Some(meta) = rule.meta_error {
            out.push_str(&format!(" · prevents Meta error {} ({})", meta.code, meta.title));
        }
        if let Some(since) = rule.since {
            out.push_str(&format!(" · since {since}"));
        }
        if let Some(until) = rule.until {
            out.push_str(&format!(" · until {until}"));
        }
        out.push_str("\n\n");
        // Rule docs use `##` headings; nest them under the rule's own heading.
        for line in rule.markdown().lines() {
            if let Some(heading) = line.strip_prefix("## ") {
                out.push_str(&format!("### {heading}\n"));
            } else {
                out.push_str(line);
                out.push('\n');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_url_is_the_docs_anchor_of_its_code() {
        for rule in all() {
            assert_eq!(
                rule.url(),
                format!("{DOCS_URL}#{}", rule.code.to_ascii_lowercase())
            );
        }
    }
}
