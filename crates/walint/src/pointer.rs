//! RFC 6901 JSON pointers.

use std::fmt::Write;

/// One step of a pointer: an object key or an array index.
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
}
