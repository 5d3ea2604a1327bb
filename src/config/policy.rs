//! Which findings a file reports, and at which severity: the configuration's
//! `select`/`ignore`/`severity`, then each matching `[[overrides]]` entry in order.

use std::collections::BTreeMap;
use std::path::{Component, Path, PathBuf};

use globset::{GlobBuilder, GlobMatcher};
use walint::{Diagnostic, Severity};

/// `pattern` names this rule: its exact name, or a prefix of its code (`S`, `S00`, `S004`).
/// The same matching as `walint::Options`.
pub fn matches(pattern: &str, code: &str, name: &str) -> bool {
    pattern == name || (!pattern.is_empty() && code.starts_with(&pattern.to_ascii_uppercase()))
}

/// One level of settings: the top of the file, or one override.
#[derive(Debug, Default, Clone)]
pub struct Layer {
    /// Findings at or under one of these pointers (empty: every finding).
    pub pointers: Vec<String>,
    /// When not empty, exactly these rules are reported (from this layer on).
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub severity: BTreeMap<String, Severity>,
}

impl Layer {
    fn covers(&self, pointer: &str) -> bool {
        self.pointers.is_empty()
            || self.pointers.iter().any(|prefix| {
                pointer == prefix
                    || prefix.is_empty()
                    || pointer
                        .strip_prefix(prefix.as_str())
                        .is_some_and(|rest| rest.starts_with('/'))
            })
    }
}

/// The layers that apply to one file, in order.
#[derive(Debug, Default, Clone)]
pub struct Policy {
    pub layers: Vec<Layer>,
}

impl Policy {
    /// Drops the findings the configuration turns off and sets the chosen severities.
    pub fn apply(&self, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
        diagnostics
            .into_iter()
            .filter_map(|mut diagnostic| {
                let mut enabled = true;
                for layer in self
                    .layers
                    .iter()
                    .filter(|layer| layer.covers(&diagnostic.pointer))
                {
                    let (code, name) = (diagnostic.code, diagnostic.name);
                    if !layer.select.is_empty() {
                        enabled = layer.select.iter().any(|p| matches(p, code, name));
                    }
                    if layer.ignore.iter().any(|p| matches(p, code, name)) {
                        enabled = false;
                    }
                    if let Some(severity) = layer.severity.get(code).or_else(|| layer.severity.get(name)) {
                        diagnostic.severity = *severity;
                    }
                }
                enabled.then_some(diagnostic)
            })
            .collect()
    }
}

/// Compiles an override glob. `*` does not cross `/`; a glob without `/` matches the file
/// name at any depth (as in `.gitignore`).
pub fn compile_glob(pattern: &str) -> Result<GlobMatcher, globset::Error> {
    let pattern = pattern.trim_start_matches("./");
    let full = if pattern.contains('/') {
        pattern.to_owned()
    } else {
        format!("**/{pattern}")
    };
    Ok(GlobBuilder::new(&full)
        .literal_separator(true)
        .build()?
        .compile_matcher())
}

/// An absolute path without `.` and `..` components, without touching the file system.
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in cwd.join(path).components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(code: &'static str, name: &'static str, pointer: &str) -> Diagnostic {
        let rule = walint::registry::find(code).expect("rule");
        let mut d = Diagnostic::new(rule, pointer, "m");
        d.name = name;
        d
    }

    fn codes(policy: &Policy, diagnostics: Vec<Diagnostic>) -> Vec<(String, Severity)> {
        policy
            .apply(diagnostics)
            .into_iter()
            .map(|d| (format!("{}{}", d.code, d.pointer), d.severity))
            .collect()
    }

    #[test]
    fn layers_apply_in_order_and_pointers_limit_them() {
        let policy = Policy {
            layers: vec![
                Layer {
                    ignore: vec!["S".into()],
                    severity: [("J002".to_owned(), Severity::Error)].into(),
                    ..Layer::default()
                },
                Layer {
                    pointers: vec!["/text".into()],
                    select: vec!["S004".into()],
                    severity: [("text-too-long".to_owned(), Severity::Warning)].into(),
                    ..Layer::default()
                },
            ],
        };
        let found = codes(
            &policy,
            vec![
                finding("S004", "text-too-long", "/text/body"),
                finding("S004", "text-too-long", "/textual"),
                finding("S001", "missing-required-field", "/text"),
                finding("J002", "duplicate-key", "/a"),
            ],
        );
        assert_eq!(
            found,
            vec![
                ("S004/text/body".to_owned(), Severity::Warning),
                ("J002/a".to_owned(), Severity::Error),
            ]
        );
    }

    #[test]
    fn globs_without_slash_match_at_any_depth() {
        let glob = compile_glob("*.json").expect("glob");
        assert!(glob.is_match("a/b/c.json"));
        let glob = compile_glob("fixtures/*.json").expect("glob");
        assert!(glob.is_match("fixtures/c.json"));
        assert!(!glob.is_match("fixtures/deep/c.json"));
        assert!(compile_glob("fixtures/**/*.json")
            .expect("glob")
            .is_match("fixtures/deep/c.json"));
    }

    #[test]
    fn absolute_paths_are_normalised() {
        assert_eq!(
            absolute(Path::new("./a/../b.json"), Path::new("/w")),
            PathBuf::from("/w/b.json")
        );
        assert_eq!(
            absolute(Path::new("/x/y"), Path::new("/w")),
            PathBuf::from("/x/y")
        );
    }
}
