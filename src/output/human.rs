//! The human format: one block per finding with a code frame under the exact value.

use std::fmt::Write;

use walint::{Diagnostic, Severity};

use super::{FileResult, Summary};

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_owned()
        }
    }

    fn severity(&self, severity: Severity) -> String {
        match severity {
            Severity::Error => self.paint("1;31", "error"),
            Severity::Warning => self.paint("1;33", "warning"),
            Severity::Info => self.paint("1;36", "info"),
        }
    }
}

pub fn render(results: &[FileResult], summary: &Summary, color: bool) -> String {
    let style = Style { color };
    let mut out = String::new();
    for result in results {
        if let Some(error) = &result.error {
            let _ = writeln!(
                out,
                "{}: {}: {error}\n",
                style.paint("1", &result.path),
                style.severity(Severity::Error)
            );
            continue;
        }
        for diagnostic in &result.report.diagnostics {
            render_one(
                &mut out,
                &style,
                &result.path,
                result.source.as_deref().unwrap_or(""),
                diagnostic,
            );
        }
    }
    let _ = writeln!(
        out,
        "{} file{} checked: {} error{}, {} warning{}{}",
        summary.files,
        plural(summary.files),
        summary.errors,
        plural(summary.errors),
        summary.warnings,
        plural(summary.warnings),
        if summary.unreadable > 0 {
            format!(", {} unreadable", summary.unreadable)
        } else {
            String::new()
        },
    );
    out
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

fn render_one(out: &mut String, style: &Style, path: &str, source: &str, diagnostic: &Diagnostic) {
    let (line, column) = diagnostic.location.map_or((1, 1), |l| (l.line, l.column));
    let _ = writeln!(
        out,
        "{}:{line}:{column}: {}[{}] {}: {}",
        style.paint("1", path),
        style.severity(diagnostic.severity),
        diagnostic.code,
        diagnostic.name,
        diagnostic.message
    );
    let pointer = if diagnostic.pointer.is_empty() {
        "(document)"
    } else {
        &diagnostic.pointer
    };
    let _ = writeln!(out, "  {} {pointer}", style.paint("34", "-->"));
    if let Some(location) = diagnostic.location {
        frame(out, style, source, location);
    }
    if let Some(help) = &diagnostic.help {
        let _ = writeln!(out, "  {} {help}", style.paint("36", "help:"));
    }
    if let Some(meta) = diagnostic.meta_error {
        let _ = writeln!(
            out,
            "  {} Meta error {} ({})",
            style.paint("36", "prevents:"),
            meta.code,
            meta.title
        );
    }
    out.push('\n');
}

/// The source line with a caret underline below the finding's columns.
fn frame(out: &mut String, style: &Style, source: &str, location: walint::Location) {
    let Some(text) = source.lines().nth(location.line.saturating_sub(1)) else {
        return;
    };
    let width = location.line.to_string().len();
    let shown: String = text.chars().take(200).collect();
    let underline_end = if location.end_line == location.line {
        location.end_column.max(location.column + 1)
    } else {
        shown.chars().count() + 1
    };
    let carets = "^".repeat(underline_end.saturating_sub(location.column).clamp(1, 200));
    let pad = " ".repeat(width);
    let _ = writeln!(out, "  {pad} {}", style.paint("34", "|"));
    let _ = writeln!(
        out,
        "  {} {} {shown}",
        style.paint("34", &location.line.to_string()),
        style.paint("34", "|")
    );
    let _ = writeln!(
        out,
        "  {pad} {} {}{}",
        style.paint("34", "|"),
        " ".repeat(location.column.saturating_sub(1)),
        style.paint("31", &carets)
    );
}
