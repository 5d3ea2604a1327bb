//! Which files to lint: named files as given, directories walked for `*.json` while
//! honouring `.gitignore` and skipping hidden files (as ripgrep does). Walked files that turn
//! out not to be WhatsApp documents (`package.json`, `tsconfig.json`, …) are skipped by the
//! caller and counted.

use std::path::{Path, PathBuf};

use crate::read::FileKind;

/// A path to lint, or why it cannot be.
pub enum Input {
    /// A file named on the command line.
    File(PathBuf, FileKind),
    /// A `*.json` file found by walking a directory: skipped when it is no WhatsApp document.
    Walked(PathBuf, FileKind),
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
            continue;
        }
        // One `stat` (symlinks followed) says what the path is.
        match std::fs::metadata(path) {
            Ok(metadata) if metadata.is_dir() => walk(path, &mut inputs),
            Ok(metadata) => {
                let kind = if metadata.is_file() {
                    FileKind::Regular
                } else {
                    FileKind::Other
                };
                inputs.push(Input::File(path.clone(), kind));
            }
            Err(_) => inputs.push(Input::Unreadable {
                path: path.clone(),
                reason: "no such file or directory".into(),
            }),
        }
    }
    inputs
}

fn walk(dir: &Path, inputs: &mut Vec<Input>) {
    let mut found = Vec::new();
    // Walked in directory order, then sorted once (`sort_paths`): the walker's own sort
    // parsed both entries' paths again at every comparison.
    for entry in ignore::WalkBuilder::new(dir).build() {
        match entry {
            Ok(entry) => {
                let path = entry.path();
                // A symlink is listed too: reading it follows it, and a dangling one is
                // reported as unreadable instead of being skipped silently.
                // (Only a symlink costs a `stat`: it may name a directory.)
                let kind = match entry.file_type() {
                    Some(t) if t.is_file() => Some(FileKind::Regular),
                    Some(t) if t.is_symlink() && !path.is_dir() => Some(FileKind::Other),
                    _ => None,
                };
                if let Some(kind) = kind.filter(|_| path.extension().is_some_and(|ext| ext == "json")) {
                    found.push((path.to_path_buf(), kind));
                }
            }
            Err(error) => inputs.push(Input::Unreadable {
                path: dir.to_path_buf(),
                reason: error.to_string(),
            }),
        }
    }
    sort_paths(&mut found);
    debug_assert!(found.windows(2).all(|pair| pair[0].0 <= pair[1].0));
    inputs.extend(found.into_iter().map(|(path, kind)| Input::Walked(path, kind)));
}

/// Sorts paths (each with its data) in `Path` order, component by component. On Unix, a path's bytes with every
/// `/` read as the lowest byte compare the same way (a name holds neither `/` nor NUL), so each
/// comparison is one byte comparison instead of two walks over the components.
fn sort_paths<T>(paths: &mut Vec<(PathBuf, T)>) {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut keyed: Vec<(Vec<u8>, (PathBuf, T))> = paths
            .drain(..)
            .map(|path| {
                let key = path
                    .0
                    .as_os_str()
                    .as_bytes()
                    .iter()
                    .map(|&b| if b == b'/' { 0 } else { b })
                    .collect();
                (key, path)
            })
            .collect();
        keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        paths.extend(keyed.into_iter().map(|(_, path)| path));
    }
    #[cfg(not(unix))]
    paths.sort_by(|a, b| a.0.cmp(&b.0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_sort_component_by_component() {
        let names = [
            "d/a-b/x.json",
            "d/a/x.json",
            "d/a/b/y.json",
            "d/a.json",
            "d/a0.json",
            "d/A.json",
            "d/é.json",
            "d/a b.json",
            "d/ab/c.json",
            "d/a/b.json",
            "d/a/b/c/d.json",
            "d/z.json",
        ];
        let mut ours: Vec<(PathBuf, ())> = names.iter().map(|name| (PathBuf::from(name), ())).collect();
        sort_paths(&mut ours);
        let mut reference: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
        reference.sort();
        assert_eq!(
            ours.into_iter().map(|(path, ())| path).collect::<Vec<_>>(),
            reference
        );
    }
}
