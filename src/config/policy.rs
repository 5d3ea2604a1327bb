//! Paths and globs of the configuration: `[[overrides]]` file globs and absolute paths.
//! (Which findings are reported is `walint::Selection`, applied by the core.)

use std::path::{Component, Path, PathBuf};

use globset::{GlobBuilder, GlobMatcher};

/// Compiles an override glob. `*` does not cross `/`; a glob without `/` matches the file
/// name at any depth (as in `.gitignore`).
pub fn compile_glob(pattern: &str) -> Result<GlobMatcher, globset::Error> {
    let pattern = pattern.trim_start_matches("./");
    let full = if pattern.contains('/') {
        pattern.to_owned()
    } else {
        format!("**/{pattern}")
    };
    Ok(GlobBuilder::new(&full)
        .literal_separator(true)
        .build()?
        .compile_matcher())
}

/// An absolute path without `.` and `..` components, without touching the file system.
pub fn absolute(path: &Path, cwd: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in cwd.join(path).components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs_without_slash_match_at_any_depth() {
        let glob = compile_glob("*.json").expect("glob");
        assert!(glob.is_match("a/b/c.json"));
        let glob = compile_glob("fixtures/*.json").expect("glob");
        assert!(glob.is_match("fixtures/c.json"));
        assert!(!glob.is_match("fixtures/deep/c.json"));
        assert!(compile_glob("fixtures/**/*.json")
            .expect("glob")
            .is_match("fixtures/deep/c.json"));
    }

    #[test]
    fn absolute_paths_are_normalised() {
        assert_eq!(
            absolute(Path::new("./a/../b.json"), Path::new("/w")),
            PathBuf::from("/w/b.json")
        );
        assert_eq!(
            absolute(Path::new("/x/y"), Path::new("/w")),
            PathBuf::from("/x/y")
        );
    }
}
