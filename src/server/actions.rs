//! Code actions: each fix as a quick fix (safe ones preferred, unsafe ones marked), "fix all
//! safe" on the document, and "ignore this rule for this file" in walint.toml.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CreateFile, DocumentChangeOperation,
    DocumentChanges, OneOf, OptionalVersionedTextDocumentIdentifier, Position, Range, ResourceOp,
    TextDocumentEdit, TextEdit, WorkspaceEdit,
};
use walint::Applicability;

use super::text::LineIndex;
use super::{path_to_uri, Server};
use crate::config;

/// Documents up to this size are fixed to a stable text for "fix all" (see [`fix_all`]).
const RELINT_LIMIT: usize = 256 * 1024;

pub fn fix_all_kind() -> CodeActionKind {
    CodeActionKind::new("source.fixAll.walint")
}

pub fn code_actions(server: &Server, params: &CodeActionParams) -> Vec<CodeActionOrCommand> {
    let uri = &params.text_document.uri;
    let Some(linted) = server.current(uri.as_str()) else {
        return Vec::new();
    };
    let text = linted.text.as_str();
    let index = LineIndex::new(text);
    let (from, to) = (index.offset(params.range.start), index.offset(params.range.end));
    let mut actions = Vec::new();
    let mut ignored = Vec::new();
    for diagnostic in &linted.report.diagnostics {
        let Some(location) = diagnostic.location else {
            continue;
        };
        // The diagnostic overlaps the requested range (an empty range touches it).
        if location.end < from || location.start > to {
            continue;
        }
        if let Some(fix) = &diagnostic.fix {
            let title = match fix.applicability {
                Applicability::Safe => fix.message.clone(),
                Applicability::Unsafe => format!("{} (unsafe)", fix.message),
                Applicability::DisplayOnly => String::new(),
            };
            let edits: Vec<TextEdit> = fix
                .edits
                .iter()
                .filter_map(|edit| {
                    let (start, end) = (edit.start?, edit.end?);
                    Some(TextEdit::new(
                        index.range(start, end),
                        serde_json::to_string(&edit.value).ok()?,
                    ))
                })
                .collect();
            if !title.is_empty() && !edits.is_empty() {
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title,
                    kind: Some(CodeActionKind::QUICKFIX),
                    is_preferred: Some(fix.applicability == Applicability::Safe),
                    edit: Some(WorkspaceEdit {
                        changes: Some(HashMap::from([(uri.clone(), edits)])),
                        ..WorkspaceEdit::default()
                    }),
                    ..CodeAction::default()
                }));
            }
        }
        if !ignored.contains(&diagnostic.code) {
            ignored.push(diagnostic.code);
            if let Some(action) = ignore_action(server, uri, diagnostic.code) {
                actions.push(CodeActionOrCommand::CodeAction(action));
            }
        }
    }
    if let Some(action) = fix_all(uri, &linted, &index) {
        actions.push(CodeActionOrCommand::CodeAction(action));
    }
    actions
}

/// Every safe fix applied at once, as one edit of the whole document: fixed and linted again
/// until stable (a fix may enable another, and two fixes of one string apply in turn), as
/// `walint lint --fix` does. Code actions are asked for on every cursor move, so a document
/// larger than [`RELINT_LIMIT`] gets one pass over the last results instead (no new lint on
/// the main thread); the rest follows on the next request.
fn fix_all(
    uri: &lsp_types::Uri,
    linted: &super::worker::Linted,
    index: &LineIndex<'_>,
) -> Option<CodeAction> {
    let text = linted.text.as_str();
    let fixed = if text.len() <= RELINT_LIMIT {
        let options = linted.options.as_ref();
        let outcome = walint::fix::fix_text(text, false, &|source| {
            walint::lint_str(source, walint::Kind::Auto, options)
        });
        (outcome.applied > 0).then_some(outcome.text)
    } else {
        let safe: Vec<&walint::Fix> = linted
            .report
            .diagnostics
            .iter()
            .filter_map(|d| d.fix.as_ref())
            .filter(|fix| fix.applicability == Applicability::Safe)
            .collect();
        let (fixed, applied) = walint::fix::apply(text, &safe);
        (applied > 0 && serde_json::from_str::<serde_json::Value>(&fixed).is_ok()).then_some(fixed)
    };
    let fixed = fixed.filter(|fixed| fixed != text)?;
    let edit = TextEdit::new(index.range(0, text.len()), fixed);
    Some(CodeAction {
        title: "Fix all safe walint findings".into(),
        kind: Some(fix_all_kind()),
        edit: Some(WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), vec![edit])])),
            ..WorkspaceEdit::default()
        }),
        ..CodeAction::default()
    })
}

/// "Ignore CODE for this file in walint.toml": an `[[overrides]]` entry appended to the nearest
/// walint.toml, or a new walint.toml next to the document.
fn ignore_action(server: &Server, uri: &lsp_types::Uri, code: &str) -> Option<CodeAction> {
    let document = server.documents.get(uri.as_str())?;
    let path = document.path.as_deref()?;
    let dir = path.parent()?;
    let (config_path, existing) = match nearest_config(dir) {
        Some(found) => {
            let text = open_text(server, &found).or_else(|| std::fs::read_to_string(&found).ok())?;
            (found, Some(text))
        }
        None => (dir.join("walint.toml"), None),
    };
    let relative = path
        .strip_prefix(config_path.parent()?)
        .ok()?
        .to_str()?
        .replace('\\', "/");
    let entry = format!(
        "[[overrides]]\nfiles = [{}]\nignore = [\"{code}\"]\n",
        toml_string(&relative)
    );
    let config_uri = path_to_uri(&config_path)?;
    let edit = match existing {
        Some(text) => {
            let index = LineIndex::new(&text);
            let end = index.position(text.len());
            let separator = if text.is_empty() || text.ends_with("\n\n") {
                ""
            } else if text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            WorkspaceEdit {
                changes: Some(HashMap::from([(
                    config_uri,
                    vec![TextEdit::new(Range::new(end, end), format!("{separator}{entry}"))],
                )])),
                ..WorkspaceEdit::default()
            }
        }
        None => WorkspaceEdit {
            document_changes: Some(DocumentChanges::Operations(vec![
                DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                    uri: config_uri.clone(),
                    options: None,
                    annotation_id: None,
                })),
                DocumentChangeOperation::Edit(TextDocumentEdit {
                    text_document: OptionalVersionedTextDocumentIdentifier {
                        uri: config_uri,
                        version: None,
                    },
                    edits: vec![OneOf::Left(TextEdit::new(
                        Range::new(Position::new(0, 0), Position::new(0, 0)),
                        entry,
                    ))],
                }),
            ])),
            ..WorkspaceEdit::default()
        },
    };
    Some(CodeAction {
        title: format!("Ignore {code} for this file in walint.toml"),
        kind: Some(CodeActionKind::QUICKFIX),
        edit: Some(edit),
        ..CodeAction::default()
    })
}

/// The nearest walint.toml or .walint.toml in `dir` or above.
pub fn nearest_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors().find_map(|ancestor| {
        config::FILE_NAMES
            .iter()
            .map(|name| ancestor.join(name))
            .find(|path| path.is_file())
    })
}

/// The text of `path` when it is open in the editor (it may differ from the disk).
fn open_text(server: &Server, path: &Path) -> Option<String> {
    server
        .documents
        .values()
        .find(|document| document.path.as_deref() == Some(path))
        .map(|document| document.text.as_str().to_owned())
}

/// A TOML basic string.
fn toml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}
