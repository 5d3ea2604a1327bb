//! `walint lint` under faults: unreadable files and directories, binary files, invalid UTF-8,
//! files gone between listing and reading, and a full or read-only disk during `--fix`. Each
//! fault is reported with the file's path, the other files are still linted, the exit code
//! is 2, and no file is left half-written.
//!
//! Permission bits do not stop root (CI runs as root): the permission tests detect that by
//! trying the read themselves and then assert what root gets (the file is linted); the
//! read-error path is exercised for root too through a file whose read fails with EIO.

#![cfg(unix)]

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::{walint_in, Run};

/// A message with one error (M030: empty text body).
const BAD: &str =
    r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": ""}}"#;
const GOOD: &str =
    r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hi"}}"#;
/// A reply button id with spaces around it: a safe fix trims them.
const FIXABLE: &str = r#"{
  "messaging_product": "whatsapp",
  "to": "+15551234567",
  "type": "interactive",
  "interactive": {
    "type": "button",
    "body": {"text": "Pick one"},
    "action": {"buttons": [{"type": "reply", "reply": {"id": " yes ", "title": "Yes"}}]}
  }
}
"#;

fn lint(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["lint", "--format", "concise"];
    all.extend_from_slice(args);
    walint_in(dir, &all, None)
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("bad.json"), BAD).expect("write");
    std::fs::write(dir.path().join("good.json"), GOOD).expect("write");
    dir
}

/// The other files were linted: bad.json's finding is printed.
fn assert_others_linted(run: &Run) {
    assert!(run.stdout.contains("bad.json:1:"), "bad.json not linted:\n{run}");
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
}

/// Whether permission bits stop this process (false for root).
fn permissions_apply(dir: &Path) -> bool {
    let probe = dir.join("probe");
    std::fs::write(&probe, "x").expect("write");
    chmod(&probe, 0o000);
    let denied = std::fs::read(&probe).is_err();
    chmod(&probe, 0o600);
    std::fs::remove_file(&probe).expect("remove");
    denied
}

#[test]
fn a_file_without_read_permission() {
    let dir = setup();
    let locked = dir.path().join("locked.json");
    std::fs::write(&locked, BAD).expect("write");
    chmod(&locked, 0o000);
    let run = lint(dir.path(), &["locked.json", "bad.json", "good.json"]);
    if permissions_apply(dir.path()) {
        assert_eq!(run.code, 2, "{run}");
        assert!(
            run.stdout.contains("locked.json") && run.stdout.contains("ermission denied"),
            "{run}"
        );
    } else {
        // Root reads it anyway: it is linted like any other file.
        assert_eq!(run.code, 1, "{run}");
        assert!(run.stdout.contains("locked.json:1:"), "{run}");
    }
    assert_others_linted(&run);
    chmod(&locked, 0o600);
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_whose_read_fails() {
    // Reading /proc/self/mem from offset 0 fails with EIO, whoever runs it.
    let dir = setup();
    let run = lint(dir.path(), &["/proc/self/mem", "bad.json", "good.json"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stdout.contains("/proc/self/mem") && run.stdout.contains("cannot read"),
        "{run}"
    );
    assert_others_linted(&run);
}

#[test]
fn a_directory_without_permission() {
    let dir = setup();
    let sealed = dir.path().join("sealed");
    std::fs::create_dir(&sealed).expect("mkdir");
    std::fs::write(sealed.join("inside.json"), BAD).expect("write");
    chmod(&sealed, 0o000);
    let run = lint(dir.path(), &["."]);
    if permissions_apply(dir.path()) {
        assert_eq!(run.code, 2, "{run}");
        assert!(run.stdout.contains("ermission denied"), "{run}");
    } else {
        // Root walks into it: its file is linted.
        assert_eq!(run.code, 1, "{run}");
        assert!(run.stdout.contains("inside.json:1:"), "{run}");
    }
    assert_others_linted(&run);
    chmod(&sealed, 0o700);
}

#[test]
fn binary_files() {
    let dir = setup();
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    std::fs::write(dir.path().join("image.json"), png).expect("write");
    // Valid UTF-8 but binary all the same.
    std::fs::write(dir.path().join("zeros.json"), [0u8; 64]).expect("write");
    let run = lint(dir.path(), &["."]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stdout
            .contains("image.json:1:1: error - binary file (NUL byte at offset 8): not linted"),
        "{run}"
    );
    assert!(
        run.stdout.contains("zeros.json:1:1: error - binary file"),
        "{run}"
    );
    assert!(run.stdout.contains("2 unreadable"), "{run}");
    assert_others_linted(&run);
}

#[test]
fn utf16_files_are_named() {
    let dir = setup();
    let text =
        r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "hi"}}"#;
    let utf16 = |bom: &[u8], encode: fn(u16) -> [u8; 2]| {
        let mut bytes = bom.to_vec();
        bytes.extend(text.encode_utf16().flat_map(encode));
        bytes
    };
    std::fs::write(
        dir.path().join("powershell.json"),
        utf16(&[0xFF, 0xFE], u16::to_le_bytes),
    )
    .expect("write");
    std::fs::write(dir.path().join("big.json"), utf16(&[], u16::to_be_bytes)).expect("write");
    let run = lint(dir.path(), &["."]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stdout
            .contains("powershell.json:1:1: error - UTF-16 text (little-endian, with a byte order mark): JSON sent to Meta is UTF-8"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("big.json:1:1: error - UTF-16 text (big-endian)"),
        "{run}"
    );
    assert_others_linted(&run);
}

#[test]
fn invalid_utf8() {
    let dir = setup();
    std::fs::write(dir.path().join("latin1.json"), b"{\"body\": \"caf\xe9\"}").expect("write");
    std::fs::write(dir.path().join("truncated.json"), b"{\"body\": \"\xf0\x9f\x98\"}").expect("write");
    let run = lint(
        dir.path(),
        &["latin1.json", "truncated.json", "bad.json", "good.json"],
    );
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stdout
            .contains("latin1.json:1:1: error - not valid UTF-8 text (invalid byte at offset 13)"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("truncated.json:1:1: error - not valid UTF-8 text (invalid byte at offset 10)"),
        "{run}"
    );
    assert_others_linted(&run);
}

#[test]
fn a_file_gone_before_it_is_read() {
    // A dangling symlink is what a file deleted between listing and reading leaves: the
    // directory lists the entry, the read finds nothing.
    let dir = setup();
    let listed = dir.path().join("listed");
    std::fs::create_dir(&listed).expect("mkdir");
    std::fs::write(listed.join("bad.json"), BAD).expect("write");
    std::os::unix::fs::symlink(dir.path().join("deleted.json"), listed.join("gone.json")).expect("symlink");
    std::os::unix::fs::symlink(dir.path().join("deleted.json"), dir.path().join("named.json"))
        .expect("symlink");
    let run = lint(dir.path(), &["listed", "named.json", "good.json"]);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stdout
            .contains("gone.json:1:1: error - cannot read: No such file or directory"),
        "{run}"
    );
    assert!(
        run.stdout
            .contains("named.json:1:1: error - no such file or directory"),
        "{run}"
    );
    assert!(run.stdout.contains("listed/bad.json:1:"), "{run}");
    // A symlink to a real file is followed and linted.
    std::fs::write(dir.path().join("deleted.json"), BAD).expect("write");
    let run = lint(dir.path(), &["listed"]);
    assert_eq!(run.code, 1, "{run}");
    assert!(run.stdout.contains("gone.json:1:"), "{run}");
}

/// A tiny tmpfs mounted for one test, unmounted on drop; `None` where mounting is not
/// allowed (not root, or no CAP_SYS_ADMIN in a container).
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().ok()?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::null())
            .status()
            .ok()?;
        status.success().then_some(Tmpfs { dir })
    }

    fn path(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }

    fn remount_read_only(&self) {
        let status = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.dir.path())
            .status()
            .expect("remount");
        assert!(status.success());
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn fill(dir: &Path) {
    use std::io::Write;
    let mut filler = std::fs::File::create(dir.join("filler")).expect("create filler");
    let block = [b'x'; 4096];
    while filler.write_all(&block).and_then(|()| filler.sync_all()).is_ok() {}
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with(".walint-fix-"))
        .collect()
}

fn fixable_pair(disk: &Path, elsewhere: &Path) -> (PathBuf, PathBuf) {
    let on_disk = disk.join("on-disk.json");
    std::fs::write(&on_disk, FIXABLE).expect("write");
    let other = elsewhere.join("other.json");
    std::fs::write(&other, FIXABLE).expect("write");
    (on_disk, other)
}

fn fix(on_disk: &Path, other: &Path) -> Run {
    let (a, b) = (on_disk.to_string_lossy(), other.to_string_lossy());
    walint_in(
        Path::new("."),
        &["lint", "--format", "concise", "--fix", &a, &b],
        None,
    )
}

#[test]
fn a_full_disk_during_fix() {
    let Some(tmpfs) = Tmpfs::mount("64k") else {
        println!(
            "skipped the tmpfs part: mounting a tmpfs is not allowed here; \
             src/fix.rs `a_full_disk_leaves_the_file_untouched` covers the failing write"
        );
        return;
    };
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let (on_disk, other) = fixable_pair(&tmpfs.path(), elsewhere.path());
    fill(&tmpfs.path());
    let run = fix(&on_disk, &other);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains("on-disk.json: cannot write the fixes") && run.stderr.contains("left unchanged"),
        "{run}"
    );
    assert_eq!(
        std::fs::read_to_string(&on_disk).expect("read"),
        FIXABLE,
        "left as it was"
    );
    assert!(leftovers(&tmpfs.path()).is_empty(), "temporary file left behind");
    // The other file was fixed.
    let fixed = std::fs::read_to_string(&other).expect("read");
    assert!(fixed.contains(r#""id": "yes""#), "{fixed}");
}

#[test]
fn a_read_only_disk_during_fix() {
    let Some(tmpfs) = Tmpfs::mount("64k") else {
        println!("skipped: mounting a tmpfs is not allowed here");
        return;
    };
    let elsewhere = tempfile::tempdir().expect("tempdir");
    let (on_disk, other) = fixable_pair(&tmpfs.path(), elsewhere.path());
    tmpfs.remount_read_only();
    let run = fix(&on_disk, &other);
    assert_eq!(run.code, 2, "{run}");
    assert!(
        run.stderr.contains("on-disk.json: cannot write the fixes"),
        "{run}"
    );
    assert_eq!(std::fs::read_to_string(&on_disk).expect("read"), FIXABLE);
    assert!(std::fs::read_to_string(&other)
        .expect("read")
        .contains(r#""id": "yes""#));
}
