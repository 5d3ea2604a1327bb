//! Which files to lint: named files as given, directories walked for `*.json` while
//! honouring `.gitignore` and skipping hidden files (as ripgrep does). Walked files that turn
//! out not to be WhatsApp documents (`package.json`, `tsconfig.json`, …) are skipped by the
//! caller and counted.

use std::path::{Path, PathBuf};

/// A path to lint, or why it cannot be.
pub enum Input {
    /// A file named on the command line.
    File(PathBuf),
    /// A `*.json` file found by walking a directory: skipped when it is no WhatsApp document.
    Walked(PathBuf),
    Stdin,
    Unreadable {
        path: PathBuf,
        reason: String,
    },
}

pub fn inputs(paths: &[PathBuf]) -> Vec<Input> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin);
        } else if path.is_dir() {
            walk(path, &mut inputs);
        } else if path.exists() {
            inputs.push(Input::File(path.clone()));
        } else {
            inputs.push(Input::Unreadable {
                path: path.clone(),
                reason: "no such file or directory".into(),
            });
        }
    }
    inputs
}

fn walk(dir: &Path, inputs: &mut Vec<Input>) {
    let mut found = Vec::new();
    // Each directory's entries sorted by name: the walk then yields paths in `Path` order
    // (component by component), without sorting thousands of paths afterwards.
    for entry in ignore::WalkBuilder::new(dir)
        .sort_by_file_name(|a, b| a.cmp(b))
        .build()
    {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                // A symlink is listed too: reading it follows it, and a dangling one is
                // reported as unreadable instead of being skipped silently.
                // (Only a symlink costs a `stat`: it may name a directory.)
                let is_file = entry
                    .file_type()
                    .is_some_and(|t| t.is_file() || (t.is_symlink() && !path.is_dir()));
                if is_file && path.extension().is_some_and(|ext| ext == "json") {
                    found.push(path.to_path_buf());
                }
            }
            Err(error) => inputs.push(Input::Unreadable {
                path: dir.to_path_buf(),
                reason: error.to_string(),
            }),
        }
    }
    debug_assert!(found.windows(2).all(|pair| pair[0] <= pair[1]));
    inputs.extend(found.into_iter().map(Input::Walked));
}
