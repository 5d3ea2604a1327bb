//! `--fix`, `--unsafe-fixes` and `--diff`: the core applies the fixes ([`walint::fix`]);
//! this module writes the result safely and shows it as a diff.

use std::io::Write;
use std::path::Path;

pub use walint::fix::fix_text;

/// Replaces `path`'s content: a temporary file in the same directory, flushed to disk,
/// given the original's permissions, then renamed over it, so a reader or an interrupted
/// run sees either the old file or the new one, never a mix. Symlinks are followed.
pub fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    write_atomically_with(path, &mut |file| file.write_all(text.as_bytes()))
}

/// [`write_atomically`] with the content written by `write`: when it fails part-way (a full
/// disk), the temporary file is removed and the original is untouched.
fn write_atomically_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let dir = target.parent().unwrap_or_else(|| Path::new("."));
    let permissions = std::fs::metadata(&target)?.permissions();
    let mut temporary = tempfile::Builder::new().prefix(".walint-fix-").tempfile_in(dir)?;
    write(temporary.as_file_mut())?;
    temporary.as_file_mut().flush()?;
    temporary.as_file().sync_all()?;
    std::fs::set_permissions(temporary.path(), permissions)?;
    temporary.persist(&target).map_err(|error| error.error)?;
    Ok(())
}

/// A unified diff of the fix, for `--diff`.
pub fn unified_diff(path: &str, old: &str, new: &str) -> String {
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(
            &format!("a/{}", path.trim_start_matches('/')),
            &format!("b/{}", path.trim_start_matches('/')),
        )
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn atomic_write_keeps_permissions_and_follows_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let real = dir.path().join("real.json");
        std::fs::write(&real, "{}").expect("write");
        std::fs::set_permissions(&real, std::fs::Permissions::from_mode(0o640)).expect("chmod");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).expect("symlink");
        write_atomically(&link, "{\"a\":1}").expect("write");
        assert_eq!(std::fs::read_to_string(&real).expect("read"), "{\"a\":1}");
        assert!(std::fs::symlink_metadata(&link)
            .expect("meta")
            .file_type()
            .is_symlink());
        let mode = std::fs::metadata(&real).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        let leftovers = std::fs::read_dir(dir.path()).expect("dir").count();
        assert_eq!(leftovers, 2);
    }

    #[test]
    fn a_full_disk_leaves_the_file_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("a.json");
        let original = "{\"a\": \"x \"}";
        std::fs::write(&file, original).expect("write");
        // Half the text gets written, then the disk is full (ENOSPC).
        let text = "{\"a\": \"x\", \"b\": \"a longer replacement text\"}";
        let mut half_then_full = |out: &mut dyn Write| {
            out.write_all(&text.as_bytes()[..text.len() / 2])?;
            Err(std::io::Error::from_raw_os_error(28))
        };
        let error = write_atomically_with(&file, &mut half_then_full).expect_err("disk full");
        assert_eq!(error.raw_os_error(), Some(28));
        assert_eq!(std::fs::read_to_string(&file).expect("read"), original);
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["a.json"], "the temporary file is removed");
    }

    #[test]
    fn diff_has_headers_and_hunks() {
        let diff = unified_diff("x.json", "{\n\"a\": 1\n}\n", "{\n\"a\": 2\n}\n");
        assert!(diff.starts_with("--- a/x.json\n+++ b/x.json\n@@"));
        assert!(diff.contains("-\"a\": 1\n+\"a\": 2\n"));
    }
}
