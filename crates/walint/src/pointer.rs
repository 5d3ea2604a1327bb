//! RFC 6901 JSON pointers.

use std::fmt::Write;

/// One step of a pointer: an object key or an array index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part<'a> {
    Key(&'a str),
    Index(usize),
}

impl<'a> From<&'a str> for Part<'a> {
    fn from(key: &'a str) -> Self {
        Part::Key(key)
    }
}

impl<'a> From<&'a String> for Part<'a> {
    fn from(key: &'a String) -> Self {
        Part::Key(key)
    }
}

impl From<usize> for Part<'_> {
    fn from(index: usize) -> Self {
        Part::Index(index)
    }
}

/// Appends one escaped step to `pointer`.
pub fn push(pointer: &mut String, part: Part<'_>) {
    pointer.push('/');
    match part {
        // Almost every key needs no escape: copy it whole.
        Part::Key(key) if !key.bytes().any(|byte| byte == b'~' || byte == b'/') => pointer.push_str(key),
        Part::Key(key) => {
            for c in key.chars() {
                match c {
                    '~' => pointer.push_str("~0"),
                    '/' => pointer.push_str("~1"),
                    c => pointer.push(c),
                }
            }
        }
        Part::Index(index) => {
            let _ = write!(pointer, "{index}");
        }
    }
}

/// `base` extended by `parts`.
pub fn join<'a>(base: &str, parts: impl IntoIterator<Item = Part<'a>>) -> String {
    let mut pointer = base.to_owned();
    for part in parts {
        push(&mut pointer, part);
    }
    pointer
}

/// A pointer kept as its steps: building and extending one allocates nothing, so rules can
/// note where every value is and render the string only when they report a diagnostic.
/// `Path` converts into the pointer `String` (`Diagnostic::new` takes it as is).
#[derive(Debug, Clone, Copy)]
pub struct Path<'a> {
    steps: [Part<'a>; Path::DEPTH],
    len: usize,
}

impl<'a> Path<'a> {
    /// More steps than any pointer the rules build, and no more: a path is copied whole at
    /// each step (the deepest pointer, an example of a carousel card's named parameter, has 11).
    pub const DEPTH: usize = 12;

    /// The document itself (pointer `""`).
    pub const ROOT: Path<'static> = Path {
        steps: [Part::Index(0); Path::DEPTH],
        len: 0,
    };

    /// This path extended by one step. Steps beyond [`Path::DEPTH`] are a bug in a rule:
    /// they fail debug builds and are dropped in release builds rather than panicking.
    pub fn step(mut self, part: Part<'a>) -> Self {
        debug_assert!(self.len < Self::DEPTH, "pointer deeper than Path::DEPTH");
        if let Some(slot) = self.steps.get_mut(self.len) {
            *slot = part;
            self.len += 1;
        }
        self
    }

    /// This path extended by the object key `key`.
    pub fn key(self, key: &'a str) -> Self {
        self.step(Part::Key(key))
    }

    /// This path extended by the array index `index`.
    pub fn index(self, index: usize) -> Self {
        self.step(Part::Index(index))
    }

    /// The RFC 6901 pointer under `base` (an already rendered pointer, `""` for the root).
    pub fn render_under(&self, base: &str) -> String {
        let mut pointer = String::with_capacity(base.len() + 12 * self.len);
        pointer.push_str(base);
        for part in self.steps.iter().take(self.len) {
            push(&mut pointer, *part);
        }
        pointer
    }

    /// The RFC 6901 pointer.
    pub fn render(&self) -> String {
        self.render_under("")
    }
}

impl From<Path<'_>> for String {
    fn from(path: Path<'_>) -> String {
        path.render()
    }
}

impl From<&Path<'_>> for String {
    fn from(path: &Path<'_>) -> String {
        path.render()
    }
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render())
    }
}

impl PartialEq for Path<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.steps.get(..self.len) == other.steps.get(..other.len)
    }
}

impl Eq for Path<'_> {}

/// The unescaped steps of a pointer.
pub fn split(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|step| step.replace("~1", "/").replace("~0", "~"))
}

/// Builds a pointer from steps: `ptr!("interactive", "action", "buttons", i)`.
#[macro_export]
macro_rules! ptr {
    ($($part:expr),* $(,)?) => {
        $crate::pointer::join("", [$($crate::pointer::Part::from($part)),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_splits() {
        let pointer = join("", [Part::from("a/b"), Part::from("c~d"), Part::from(3)]);
        assert_eq!(pointer, "/a~1b/c~0d/3");
        assert_eq!(split(&pointer).collect::<Vec<_>>(), ["a/b", "c~d", "3"]);
        assert_eq!(crate::ptr!("x", 0usize), "/x/0");
    }

    #[test]
    fn paths_render_like_joined_pointers() {
        let path = Path::ROOT.key("a/b").index(3).key("c~d");
        assert_eq!(path.render(), "/a~1b/3/c~0d");
        assert_eq!(path.render_under("/data/1"), "/data/1/a~1b/3/c~0d");
        assert_eq!(String::from(Path::ROOT), "");
        assert_eq!(format!("{}/x", Path::ROOT.key("a")), "/a/x");
        assert_eq!(path, Path::ROOT.key("a/b").index(3).key("c~d"));
        assert_ne!(path, Path::ROOT.key("a/b").index(3));
    }
}
