//! The JSON format: a versioned, documented contract (README, "JSON output"). Serialized
//! straight from the results, in the README's order (no intermediate JSON tree).

use serde::Serialize;

use super::{FileResult, Summary};
use crate::parallel::{self, in_parallel};

/// Bumped when a field changes meaning or disappears (adding fields is not a change).
pub const FORMAT_VERSION: u32 = 1;

#[derive(Serialize)]
struct File<'a> {
    path: &'a str,
    kind: walint::DetectedKind,
    diagnostics: &'a [walint::Diagnostic],
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    files: Vec<File<'a>>,
    summary: &'a Summary,
}

impl<'a> File<'a> {
    fn of(result: &'a FileResult) -> Self {
        File {
            path: &result.path,
            kind: result.report.kind,
            diagnostics: &result.report.diagnostics,
            error: result.error.as_deref(),
        }
    }
}

/// Writes the JSON document of `results` to `out`, streamed: the document of 8 000 files is
/// megabytes, and building it in memory first cost more (fresh pages) than serializing it.
pub fn write(
    results: &[FileResult],
    summary: &Summary,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    if parallel::threads() > 1 {
        write_in_parallel(results, summary, out)
    } else {
        write_at_once(results, summary, out)
    }
}

/// The document serialized in one go (the fastest way on one core).
fn write_at_once(
    results: &[FileResult],
    summary: &Summary,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let document = Document {
        version: FORMAT_VERSION,
        files: results.iter().map(File::of).collect(),
        summary,
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    out.write_all(b"\n")
}

/// Each file serialized on its own, on every core, indented to its depth in the document as
/// it is written: the same bytes as [`write_at_once`] (on two cores, -10% for the whole run
/// of `walint lint` over 8 000 files).
fn write_in_parallel(
    results: &[FileResult],
    summary: &Summary,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    let files = in_parallel(results.iter().collect(), |result| {
        let file = File::of(result);
        let mut text = Vec::with_capacity(256 + 640 * result.report.diagnostics.len());
        text.extend_from_slice(b"    ");
        pretty(&file, &mut text, b"    ");
        text
    });
    write!(out, "{{\n  \"version\": {FORMAT_VERSION},\n  \"files\": [")?;
    for (index, file) in files.iter().enumerate() {
        out.write_all(if index == 0 { b"\n" } else { b",\n" })?;
        out.write_all(file)?;
    }
    if !files.is_empty() {
        out.write_all(b"\n  ")?;
    }
    out.write_all(b"],\n  \"summary\": ")?;
    let mut text = Vec::new();
    pretty(summary, &mut text, b"  ");
    out.write_all(&text)?;
    out.write_all(b"\n}\n")
}

/// Writes `value` as pretty-printed JSON (two spaces per level) with every line after the
/// first indented by `indent` more.
fn pretty(value: &impl Serialize, out: &mut Vec<u8>, indent: &'static [u8]) {
    let writer = Indented { out, indent };
    let mut serializer =
        serde_json::Serializer::with_formatter(writer, serde_json::ser::PrettyFormatter::with_indent(b"  "));
    // Writing to memory cannot fail, and every value here serializes.
    let _ = value.serialize(&mut serializer);
}

/// A writer that indents every new line: JSON strings hold no raw line breaks, so every `\n`
/// the serializer writes is between tokens.
struct Indented<'a> {
    out: &'a mut Vec<u8>,
    indent: &'static [u8],
}

impl std::io::Write for Indented<'_> {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        // The serializer writes a line break alone, and tokens and string pieces without one.
        if bytes == b"\n" {
            self.out.push(b'\n');
            self.out.extend_from_slice(self.indent);
            return Ok(1);
        }
        if !bytes.contains(&b'\n') {
            self.out.extend_from_slice(bytes);
            return Ok(bytes.len());
        }
        for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
            if index > 0 {
                self.out.push(b'\n');
                self.out.extend_from_slice(self.indent);
            }
            self.out.extend_from_slice(line);
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn result(path: &str, text: &str) -> FileResult {
        FileResult {
            path: path.to_owned(),
            source: Some(text.to_owned()),
            report: walint::lint_str(text, walint::Kind::Auto, &walint::Options::default()),
            error: None,
        }
    }

    #[test]
    fn in_parallel_and_at_once_write_the_same_bytes() {
        let mut results = vec![
            result(
                "a.json",
                r#"{"messaging_product": "whatsapp", "to": "+1 555", "type": "text", "text": {"body": "**hi**\n- a"}}"#,
            ),
            result("b.json", "{"),
            result(
                "c.json",
                r#"{"name": "x", "language": "en_US", "category": "UTILITY", "components": []}"#,
            ),
        ];
        results.push(FileResult::unreadable("d.json".into(), "cannot read: denied"));
        let summary = Summary::of(&results);
        for count in [0, 1, 4] {
            let some = &results[..count];
            let (mut parallel, mut at_once) = (Vec::new(), Vec::new());
            write_in_parallel(some, &summary, &mut parallel).expect("writes to memory");
            write_at_once(some, &summary, &mut at_once).expect("writes to memory");
            assert_eq!(
                String::from_utf8_lossy(&parallel),
                String::from_utf8_lossy(&at_once)
            );
        }
        assert!(results.iter().any(|r| r.report.diagnostics.len() > 1));
    }
}
