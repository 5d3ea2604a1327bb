//! The human format: one block per finding with a code frame under the exact value.

use std::fmt::Write;

use walint::{Diagnostic, Severity};

use super::{FileResult, Summary};
use crate::parallel::in_parallel;

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
    // Files are rendered on every core (each with its code frames), then joined in order.
    let files = in_parallel(results.iter().collect(), |result| render_file(&style, result));
    let mut out = String::with_capacity(files.iter().map(String::len).sum::<usize>() + 128);
    for file in &files {
        out.push_str(file);
    }
    let _ = writeln!(out, "{}", summary.sentence());
    out
}

fn render_file(style: &Style, result: &FileResult) -> String {
    let mut out = String::new();
    if let Some(error) = &result.error {
        let _ = writeln!(
            out,
            "{}: {}: {error}\n",
            style.paint("1", &result.path),
            style.severity(Severity::Error)
        );
        return out;
    }
    for diagnostic in &result.report.diagnostics {
        render_one(
            &mut out,
            style,
            &result.path,
            result.source.as_deref().unwrap_or(""),
            diagnostic,
        );
    }
    out
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
        // An info prevents nothing: it explains (a webhook's error code, a template Meta returned).
        let label = if diagnostic.severity == walint::Severity::Info {
            "about:"
        } else {
            "prevents:"
        };
        let _ = writeln!(
            out,
            "  {} Meta error {} ({})",
            style.paint("36", label),
            meta.code,
            meta.title
        );
    }
    out.push('\n');
}

/// The source lines of the finding with carets under its exact span.
fn frame(out: &mut String, style: &Style, source: &str, location: walint::Location) {
    let lines = super::frame::frame_lines(source, location.start, location.end);
    let width = lines
        .iter()
        .flatten()
        .map(|line| line.number.to_string().len())
        .max()
        .unwrap_or(1);
    let pad = " ".repeat(width);
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "  {pad} {}", style.paint("34", "|"));
    for line in &lines {
        let Some(line) = line else {
            let _ = writeln!(out, "  {}", style.paint("34", &format!("{:>width$}", "...")));
            continue;
        };
        let _ = writeln!(
            out,
            "  {} {} {}",
            style.paint("34", &format!("{:>width$}", line.number)),
            style.paint("34", "|"),
            line.text
        );
        let _ = writeln!(
            out,
            "  {pad} {} {}{}",
            style.paint("34", "|"),
            " ".repeat(line.pad),
            style.paint("31", &"^".repeat(line.carets))
        );
    }
}
