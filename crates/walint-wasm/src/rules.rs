//! The rule list as editors need it (the core's `Rule` is a static table, not serialized).

use serde::Serialize;
use walint::{MetaError, Severity};

/// One rule of `rules()`.
#[derive(Serialize, tsify::Tsify)]
pub struct RuleInfo {
    /// Stable code, e.g. `M012`.
    pub code: &'static str,
    /// Kebab-case name, usable wherever a code is.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// First sentence of the docs. The full docs are left out of the WASM build (size):
    /// they are at `url`.
    pub summary: &'static str,
    /// Where the constraint comes from.
    pub source: &'static str,
    /// Link to the rule's documentation.
    pub url: String,
    /// The Meta error the rule prevents.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta_error: Option<MetaError>,
    /// The Graph API version (`v25.0`) or date (`2025-04-09`) from which the rule holds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<&'static str>,
    /// The version or date until which it holds (exclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<&'static str>,
}

/// Every rule, in code order.
pub fn all() -> Vec<RuleInfo> {
    walint::rules()
        .into_iter()
        .map(|rule| RuleInfo {
            code: rule.code,
            name: rule.name,
            severity: rule.severity,
            summary: rule.summary(),
            source: rule.source,
            url: rule.url().to_owned(),
            meta_error: rule.meta_error,
            since: rule.since,
            until: rule.until,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn lists_every_rule_with_its_docs_link() {
        let rules = super::all();
        assert_eq!(rules.len(), walint::rules().len());
        assert!(rules
            .iter()
            .all(|rule| rule.url.ends_with(&rule.code.to_ascii_lowercase())));
    }
}
