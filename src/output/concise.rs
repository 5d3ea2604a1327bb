//! The concise format: one line per finding, `file:line:col: severity code message`,
//! for editors' problem matchers and grep.

use std::fmt::Write;

use super::{FileResult, Summary};

pub fn render(results: &[FileResult], summary: &Summary) -> String {
    let mut out = String::new();
    for result in results {
        if let Some(error) = &result.error {
            let _ = writeln!(out, "{}:1:1: error - {error}", result.path);
            continue;
        }
        for diagnostic in &result.report.diagnostics {
            let (line, column) = diagnostic.location.map_or((1, 1), |l| (l.line, l.column));
            let _ = writeln!(
                out,
                "{}:{line}:{column}: {} {} {}",
                result.path,
                diagnostic.severity.as_str(),
                diagnostic.code,
                one_line(&diagnostic.message)
            );
        }
    }
    let _ = writeln!(out, "{}", summary.sentence());
    out
}

/// Messages may quote user text: keep each finding on one line.
pub fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}
