//! The github format: GitHub Actions workflow commands, which become annotations on the
//! pull request's diff.
//! <https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands>

use std::fmt::Write;

use walint::Severity;

use super::FileResult;

pub fn render(results: &[FileResult]) -> String {
    let mut out = String::new();
    for result in results {
        let file = escape_property(&result.path);
        if let Some(error) = &result.error {
            let _ = writeln!(out, "::error file={file},title=walint::{}", escape_data(error));
            continue;
        }
        for diagnostic in &result.report.diagnostics {
            let command = match diagnostic.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let mut properties = format!("file={file}");
            if let Some(l) = diagnostic.location {
                let _ = write!(
                    properties,
                    ",line={},col={},endLine={},endColumn={}",
                    l.line, l.column, l.end_line, l.end_column
                );
            }
            let title = format!("walint {} ({})", diagnostic.code, diagnostic.name);
            let mut message = diagnostic.message.clone();
            if let Some(help) = &diagnostic.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            let _ = writeln!(
                out,
                "::{command} {properties},title={}::{}",
                escape_property(&title),
                escape_data(&message)
            );
        }
    }
    out
}

/// The message part of a workflow command: `%`, CR and LF are encoded.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// A property value: as data, plus `:` and `,`, which separate properties.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_data_and_properties() {
        assert_eq!(escape_data("50% off\r\nnow: a,b"), "50%25 off%0D%0Anow: a,b");
        assert_eq!(escape_property("C:\\x,y%\n"), "C%3A\\x%2Cy%25%0A");
        // `%` first: an already-escaped-looking text is escaped again, not kept.
        assert_eq!(escape_data("%0A"), "%250A");
    }
}
