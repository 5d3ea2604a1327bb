//! Output formats of `walint lint`.

pub mod concise;
pub mod frame;
pub mod github;
pub mod human;
pub mod json;
pub mod rules;
pub mod sarif;

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

#[derive(serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub unreadable: usize,
    /// JSON files found in directories that are no WhatsApp documents (not linted).
    pub skipped: usize,
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
            skipped: 0,
        }
    }
}

impl Summary {
    /// `3 files checked: 1 error, 2 warnings, 4 infos`, the closing line of the text formats.
    pub fn sentence(&self) -> String {
        let mut sentence = format!(
            "{} file{} checked: {} error{}, {} warning{}",
            self.files,
            plural(self.files),
            self.errors,
            plural(self.errors),
            self.warnings,
            plural(self.warnings),
        );
        // Infos are named only when there are some: most runs have none to count.
        if self.infos > 0 {
            sentence.push_str(&format!(", {} info{}", self.infos, plural(self.infos)));
        }
        if self.unreadable > 0 {
            sentence.push_str(&format!(", {} unreadable", self.unreadable));
        }
        if self.skipped > 0 {
            sentence.push_str(&format!(
                " ({} JSON file{} skipped: not WhatsApp documents)",
                self.skipped,
                plural(self.skipped)
            ));
        }
        sentence
    }
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}
