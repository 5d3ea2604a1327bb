//! Helpers of the crate's unit tests.

use std::path::{Path, PathBuf};

/// Every JSON file of the project's corpus (`tests/`, `examples/`) and of Meta's, beside the
/// checkout, when it is there: each path with its text.
pub fn corpus_files() -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut dirs = vec![
        root.join("tests"),
        root.join("examples"),
        root.join("../shared/corpus"),
    ];
    let mut files = Vec::new();
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "json") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    files.push((path, text));
                }
            }
        }
    }
    files
}
