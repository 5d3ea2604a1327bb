//! Output formats of `walint lint`.

pub mod human;
pub mod json;
pub mod rules;

use walint::{DetectedKind, Report, Severity};

/// One linted (or unreadable) input.
pub struct FileResult {
    pub path: String,
    pub source: Option<String>,
    pub report: Report,
    pub error: Option<String>,
}

impl FileResult {
    pub fn unreadable(path: String, reason: &str) -> Self {
        FileResult {
            path,
            source: None,
            report: Report {
                kind: DetectedKind::Unknown,
                diagnostics: Vec::new(),
            },
            error: Some(reason.to_owned()),
        }
    }
}

pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub unreadable: usize,
}

impl Summary {
    pub fn of(results: &[FileResult]) -> Self {
        let count = |severity| {
            results
                .iter()
                .flat_map(|r| &r.report.diagnostics)
                .filter(|d| d.severity == severity)
                .count()
        };
        Summary {
            files: results.len(),
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
            infos: count(Severity::Info),
            unreadable: results.iter().filter(|r| r.error.is_some()).count(),
        }
    }
}
