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
    // Walked in directory order, then sorted once (`sort_paths`): the walker's own sort
    // parsed both entries' paths again at every comparison.
    for entry in ignore::WalkBuilder::new(dir).build() {
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
    sort_paths(&mut found);
    debug_assert!(found.windows(2).all(|pair| pair[0] <= pair[1]));
    inputs.extend(found.into_iter().map(Input::Walked));
}

/// Sorts paths in `Path` order, component by component. On Unix, a path's bytes with every
/// `/` read as the lowest byte compare the same way (a name holds neither `/` nor NUL), so each
/// comparison is one byte comparison instead of two walks over the components.
fn sort_paths(paths: &mut Vec<PathBuf>) {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut keyed: Vec<(Vec<u8>, PathBuf)> = paths
            .drain(..)
            .map(|path| {
                let key = path
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
    paths.sort();
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
        let mut ours: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
        sort_paths(&mut ours);
        let mut reference: Vec<PathBuf> = names.iter().map(PathBuf::from).collect();
        reference.sort();
        assert_eq!(ours, reference);
    }
}
