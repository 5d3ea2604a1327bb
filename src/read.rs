//! Reading the files to lint: a regular file in one read.

use std::io::{ErrorKind, Read};
use std::path::Path;

/// What a file is, as far as reading it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A regular file: its size says how much there is to read.
    Regular,
    /// Anything else (a pipe such as `<(…)`, a device, a symlink not followed yet), or a file
    /// to be rewritten by `--fix`: read until a read returns nothing.
    Other,
}

/// A regular file up to this size is read in one go; a larger one is read to its end.
const BUFFER: usize = 1 << 16;

/// The bytes of the file at `path`.
///
/// A regular file is read up to the size it has when it is opened, as Node's `readFileSync`
/// does: open, size, read, close. `std::fs::read` reads once more to see the end, which took
/// about 3% of `walint lint` over 8 000 small files. A read that returns less than asked is
/// followed by another; a file that says it is empty (as `/proc` files do) or that is larger
/// than one read is read to its end as usual.
pub fn read(path: &Path, kind: FileKind) -> std::io::Result<Vec<u8>> {
    if kind == FileKind::Other {
        return std::fs::read(path);
    }
    let mut file = std::fs::File::open(path)?;
    let size = usize::try_from(file.metadata()?.len()).unwrap_or(usize::MAX);
    let mut bytes = vec![0; size.min(BUFFER)];
    let mut filled = 0;
    while filled < bytes.len() {
        match file.read(&mut bytes[filled..]) {
            Ok(0) => break,
            Ok(read) => filled += read,
            Err(error) if error.kind() == ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    bytes.truncate(filled);
    if size == 0 || size >= BUFFER {
        file.read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_size_reads_whole_either_way() {
        let dir = tempfile::tempdir().expect("tempdir");
        for size in [0, 1, 900, BUFFER - 1, BUFFER, BUFFER + 1, 3 * BUFFER + 17] {
            let path = dir.path().join(format!("{size}.json"));
            let bytes: Vec<u8> = (0..size).map(|i| (i % 251) as u8).collect();
            std::fs::write(&path, &bytes).expect("write");
            for kind in [FileKind::Regular, FileKind::Other] {
                assert_eq!(read(&path, kind).expect("read"), bytes, "{size} bytes, {kind:?}");
            }
        }
    }

    /// `/proc` files say they are empty and are not.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_regular_file_of_size_zero_is_read_to_its_end() {
        let status = std::path::Path::new("/proc/self/status");
        assert_eq!(std::fs::metadata(status).map(|m| m.len()).ok(), Some(0));
        assert!(read(status, FileKind::Regular)
            .expect("read")
            .starts_with(b"Name:"));
    }

    #[test]
    fn a_missing_file_is_an_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("missing.json");
        assert_eq!(
            read(&missing, FileKind::Regular).map_err(|e| e.kind()),
            Err(ErrorKind::NotFound)
        );
    }
}
