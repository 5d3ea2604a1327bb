//! The JSON format: a versioned, documented contract (README, "JSON output"). Serialized
//! straight from the results, in the README's order (no intermediate JSON tree).

use serde::Serialize;

use super::{FileResult, Summary};

/// Bumped when a field changes meaning or disappears (adding fields is not a change).
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: &'a Summary,
}

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    kind: walint::DetectedKind,
    diagnostics: &'a [walint::Diagnostic],
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

pub fn render(results: &[FileResult], summary: &Summary) -> String {
    let document = Document {
        version: FORMAT_VERSION,
        files: results
            .iter()
            .map(|result| File {
                path: &result.path,
                kind: result.report.kind,
                diagnostics: &result.report.diagnostics,
                error: result.error.as_deref(),
            })
            .collect(),
        summary,
    };
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
