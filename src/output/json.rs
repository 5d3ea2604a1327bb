//! The JSON format: a versioned, documented contract (README, "JSON output").

use serde_json::{json, Value};

use super::{FileResult, Summary};

/// Bumped when a field changes meaning or disappears (adding fields is not a change).
pub const FORMAT_VERSION: u32 = 1;

pub fn render(results: &[FileResult], summary: &Summary) -> String {
    let files: Vec<Value> = results
        .iter()
        .map(|result| {
            let mut file = json!({
                "path": result.path,
                "kind": result.report.kind,
                "diagnostics": result.report.diagnostics,
            });
            if let (Some(error), Some(object)) = (&result.error, file.as_object_mut()) {
                object.insert("error".into(), json!(error));
            }
            file
        })
        .collect();
    let document = json!({
        "version": FORMAT_VERSION,
        "files": files,
        "summary": {
            "files": summary.files,
            "errors": summary.errors,
            "warnings": summary.warnings,
            "infos": summary.infos,
            "unreadable": summary.unreadable,
            "skipped": summary.skipped,
        },
    });
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}
