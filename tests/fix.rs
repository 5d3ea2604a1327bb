//! `walint lint --fix`: only the fixed values change, byte for byte; unsafe fixes need
//! `--unsafe-fixes`; `--diff` never writes; a file that is not valid JSON is never written.
//! (The refusal of fixes that would produce invalid JSON, and the atomic write, are unit-
//! tested in src/fix.rs with a linter that returns a broken edit.)

mod common;

use std::path::Path;

use common::walint_in;

/// Two safe fixes (a Markdown double marker, a padded button id), one unsafe fix (a
/// Markdown link), one finding without a fix (a 22-character title); tabs, odd spacing,
/// CRLF line ends and emoji that must all survive.
const ORIGINAL: &str = "{\r\n  \"messaging_product\" :   \"whatsapp\",\r\n\t\"to\": \"+15551234567\",\r\n  \
\"type\": \"interactive\",\r\n  \"interactive\": {\"type\": \"button\",\r\n    \"body\": {\"text\": \
\"🎉 **Big** sale, see [site](https://example.com)\"},\r\n    \"action\": {\"buttons\": [\r\n      \
{\"type\": \"reply\", \"reply\": {\"id\": \"  yes\", \"title\": \"Yes, absolutely, 100%!\"}}\r\n    ]}\r\n  }\r\n}\r\n";

fn setup(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("m.json");
    std::fs::write(&path, text).expect("write");
    (dir, path)
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).expect("read")
}

#[test]
fn fix_changes_only_the_fixed_values() {
    let (dir, path) = setup(ORIGINAL);
    let run = walint_in(
        dir.path(),
        &["lint", "--fix", "--format", "concise", "m.json"],
        None,
    );
    let expected = ORIGINAL
        .replace("\"🎉 **Big** sale", "\"🎉 *Big* sale")
        .replace("\"  yes\"", "\"yes\"");
    assert_eq!(read(&path), expected);
    // What is left: the unsafe fix's finding and the title, which has no fix.
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains(" warning F005 "), "{run}");
    assert!(run.stdout.contains(" error S004 "), "{run}");
    assert!(
        !run.stdout.contains("F003") && !run.stdout.contains("M102"),
        "{run}"
    );
    assert_eq!(run.stderr, "walint: fixed 2 findings in 1 file\n");
    // Fixing again changes nothing.
    let again = walint_in(dir.path(), &["lint", "--fix", "m.json"], None);
    assert_eq!(read(&path), expected);
    assert_eq!(again.stderr, "walint: fixed 0 findings in 0 files\n");
}

#[test]
fn unsafe_fixes_only_when_asked() {
    let (dir, path) = setup(ORIGINAL);
    let run = walint_in(
        dir.path(),
        &["lint", "--unsafe-fixes", "--format", "concise", "m.json"],
        None,
    );
    let expected = ORIGINAL
        .replace(
            "\"🎉 **Big** sale, see [site](https://example.com)\"",
            "\"🎉 *Big* sale, see site: https://example.com\"",
        )
        .replace("\"  yes\"", "\"yes\"");
    assert_eq!(read(&path), expected, "{run}");
    assert!(!run.stdout.contains("F005"), "{run}");
}

#[test]
fn diff_does_not_write() {
    let (dir, path) = setup(ORIGINAL);
    let run = walint_in(dir.path(), &["lint", "--diff", "m.json"], None);
    assert_eq!(run.code, 1);
    assert_eq!(read(&path), ORIGINAL);
    assert!(run.stdout.starts_with("--- a/m.json\n+++ b/m.json\n"), "{run}");
    assert!(
        run.stdout.contains("+    \"body\": {\"text\": \"🎉 *Big* sale"),
        "{run}"
    );
}

#[test]
fn a_file_with_syntax_errors_is_never_written() {
    let broken = ORIGINAL.replace("\"to\": \"+15551234567\",", "\"to\": \"+15551234567\"");
    let (dir, path) = setup(&broken);
    let before = std::fs::metadata(&path).expect("meta").modified().expect("mtime");
    let run = walint_in(dir.path(), &["lint", "--fix", "--unsafe-fixes", "m.json"], None);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("J001"), "{run}");
    assert_eq!(read(&path), broken);
    assert_eq!(
        std::fs::metadata(&path).expect("meta").modified().expect("mtime"),
        before
    );
    // Nothing but the file itself in the directory: no temporary file left behind.
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names, ["m.json"]);
}

#[cfg(unix)]
#[test]
fn fix_keeps_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = setup(ORIGINAL);
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    walint_in(dir.path(), &["lint", "--fix", "m.json"], None);
    assert_ne!(read(&path), ORIGINAL);
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn standard_input_is_not_written() {
    let dir = tempfile::tempdir().expect("tempdir");
    let run = walint_in(
        dir.path(),
        &["lint", "--fix", "--format", "concise", "-"],
        Some(ORIGINAL),
    );
    assert!(
        run.stderr.contains("fixes are not written to standard input"),
        "{run}"
    );
    assert!(run.stdout.contains("F003"), "{run}");
}
