//! Which findings are reported, and at which severity. One type for the core options (and so
//! the npm options), the top level of walint.toml and each of its `[[overrides]]`: the layers
//! apply in order, later ones win, and each may be limited to findings under JSON pointers.
//!
//! The engine is the one place that applies a selection, after every rule has run, so a
//! finding one rule supersedes comes back whenever that rule is off, whatever the surface.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Severity;

/// One layer of selection.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Selection {
    /// Only findings at or under one of these JSON pointers (empty: every finding).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub pointers: Vec<String>,
    /// When not empty, exactly these codes, code prefixes (`S`, `M10`) or rule names are
    /// reported (from this layer on).
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub select: Vec<String>,
    /// Never report these codes, code prefixes or rule names.
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub ignore: Vec<String>,
    /// Severity per rule code or name.
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub severity: BTreeMap<String, Severity>,
}

/// What the layers decided for one finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    pub enabled: bool,
    /// The severity a layer chose, if any.
    pub severity: Option<Severity>,
}

impl Selection {
    /// `pattern` names this rule: its exact name, or a prefix of its code (`S`, `S00`, `S004`).
    pub fn matches(pattern: &str, code: &str, name: &str) -> bool {
        pattern == name || (!pattern.is_empty() && code.starts_with(&pattern.to_ascii_uppercase()))
    }

    /// Whether this layer applies to a finding at `pointer`.
    pub fn covers(&self, pointer: &str) -> bool {
        self.pointers.is_empty()
            || self.pointers.iter().any(|prefix| {
                pointer == prefix
                    || prefix.is_empty()
                    || pointer
                        .strip_prefix(prefix.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            })
    }

    /// Whether this layer changes nothing.
    pub fn is_empty(&self) -> bool {
        self.select.is_empty() && self.ignore.is_empty() && self.severity.is_empty()
    }

    fn apply(&self, code: &str, name: &str, verdict: &mut Verdict) {
        if !self.select.is_empty() {
            verdict.enabled = self.select.iter().any(|p| Self::matches(p, code, name));
        }
        if self.ignore.iter().any(|p| Self::matches(p, code, name)) {
            verdict.enabled = false;
        }
        if let Some(severity) = self.severity.get(code).or_else(|| self.severity.get(name)) {
            verdict.severity = Some(*severity);
        }
    }
}

/// The verdict of `layers`, in order, for a finding of rule `code`/`name` at `pointer`.
pub fn verdict<'a>(
    layers: impl IntoIterator<Item = &'a Selection>,
    code: &str,
    name: &str,
    pointer: &str,
) -> Verdict {
    let mut verdict = Verdict {
        enabled: true,
        severity: None,
    };
    for layer in layers.into_iter().filter(|layer| layer.covers(pointer)) {
        layer.apply(code, name, &mut verdict);
    }
    verdict
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layers_apply_in_order_and_pointers_limit_them() {
        let layers = [
            Selection {
                ignore: vec!["S".into()],
                severity: [("J002".to_owned(), Severity::Error)].into(),
                ..Selection::default()
            },
            Selection {
                pointers: vec!["/text".into()],
                select: vec!["S004".into()],
                severity: [("text-too-long".to_owned(), Severity::Warning)].into(),
                ..Selection::default()
            },
        ];
        let on = |code, name, pointer| verdict(&layers, code, name, pointer);
        assert_eq!(
            on("S004", "text-too-long", "/text/body"),
            Verdict {
                enabled: true,
                severity: Some(Severity::Warning)
            }
        );
        assert!(!on("S004", "text-too-long", "/textual").enabled);
        assert!(!on("S001", "missing-required-field", "/text").enabled);
        assert_eq!(
            on("J002", "duplicate-key", "/a"),
            Verdict {
                enabled: true,
                severity: Some(Severity::Error)
            }
        );
    }
}
