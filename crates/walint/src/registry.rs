//! The rule registry: every rule's stable code, name, default severity, docs and source.
//!
//! Codes never change meaning once released. The first letter says where a rule applies:
//! `J` JSON text, `S` structure (from `schemas/`), `G` general, `M` outgoing messages,
//! `T` template definitions, `P` template sends (parameters), `X` sends checked against
//! their definition, `F` formatting, `W` webhooks.

use crate::diagnostic::{MetaError, Severity};

/// Where rule docs are published (generated from this registry into `docs/rules.md`).
pub const DOCS_URL: &str = "https://github.com/walint/walint/blob/main/docs/rules.md";

#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// Markdown docs: What it does / Why is this bad / Example / References.
    pub docs: &'static str,
    /// The first line of "What it does" (kept in every build).
    pub summary: &'static str,
    /// Where the constraint comes from (Meta doc path, rules.md id).
    pub source: &'static str,
    pub meta_error: Option<MetaError>,
    /// The Graph API version (`v25.0`) or date (`2025-04-09`) from which the rule holds, when
    /// Meta introduced the constraint at a known point.
    pub since: Option<&'static str>,
    /// The version or date until which it holds (exclusive), when Meta changed it since.
    pub until: Option<&'static str>,
}

impl Rule {
    /// The first sentence of "What it does".
    pub fn summary(&self) -> &'static str {
        self.summary.trim()
    }

    /// Anchor of this rule in the generated docs.
    pub fn url(&self) -> String {
        format!("{DOCS_URL}#{}", self.code.to_ascii_lowercase())
    }
}

/// Declares a rule: its doc comment becomes its published docs.
#[macro_export]
macro_rules! declare_rule {
    (@optional) => { None };
    (@optional $value:literal) => { Some($value) };
    (
        #[doc = $heading:literal]
        #[doc = $summary:literal]
        $(#[doc = $doc:literal])*
        pub static $id:ident = {
            code: $code:literal,
            name: $name:literal,
            severity: $severity:ident,
            source: $source:literal,
            meta_error: $meta:expr
            $(, since: $since:literal)?
            $(, until: $until:literal)? $(,)?
        }
    ) => {
        #[doc = $heading]
        #[doc = $summary]
        $(#[doc = $doc])*
        pub static $id: $crate::registry::Rule = $crate::registry::Rule {
            code: $code,
            name: $name,
            severity: $crate::diagnostic::Severity::$severity,
            summary: $summary,
            // The WASM build leaves the long docs out (`rule-docs` feature): size matters there.
            docs: if cfg!(feature = "rule-docs") { concat!($heading, "\n", $summary, "\n", $($doc, "\n"),*) } else { "" },
            source: $source,
            meta_error: $meta,
            since: $crate::declare_rule!(@optional $($since)?),
            until: $crate::declare_rule!(@optional $($until)?),
        };
    };
}

/// Every rule, in code order.
pub fn all() -> Vec<&'static Rule> {
    let mut rules: Vec<&'static Rule> = Vec::new();
    rules.extend(crate::source::RULES);
    rules.extend(crate::schema::RULES);
    rules.extend(crate::rules::general::RULES);
    rules.extend(crate::rules::message::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::rules::template::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::rules::send::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::check_send::RULES);
    rules.extend(crate::rules::webhook::CHECKS.iter().map(|(rule, _)| *rule));
    rules.extend(crate::rules::format::RULES.iter().map(|(rule, _)| *rule));
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
        for line in rule.docs.lines() {
            let line = line.strip_prefix(' ').unwrap_or(line);
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
