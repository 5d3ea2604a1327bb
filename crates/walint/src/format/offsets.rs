//! Offset bookkeeping: the parser works on code-point indices; callers get byte, code-point and
//! UTF-16 offsets (editors speak UTF-16).

use std::cell::OnceCell;

use serde::Serialize;

/// One position in the text, in the three units callers need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Offset {
    /// Byte offset into the UTF-8 string.
    pub byte: usize,
    /// Unicode code-point offset.
    pub char: usize,
    /// UTF-16 code-unit offset.
    pub utf16: usize,
}

/// A half-open range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct TextRange {
    pub start: Offset,
    pub end: Offset,
}

/// The text decoded once: code points, and the prefix tables that convert code-point
/// indices, built on the first conversion (most texts have no finding to place) and not at all
/// for ASCII texts (where the three offsets are equal).
pub(crate) struct Decoded {
    pub chars: Vec<char>,
    ascii: bool,
    /// Which ASCII characters occur (bit `c % 64` of word `c / 64`): the checks ask for their
    /// marker first. Two words, not a `u128`: WebAssembly shifts those with a call.
    ascii_present: [u64; 2],
    /// Byte and UTF-16 offsets of every code point, plus the text's end.
    tables: OnceCell<(Vec<usize>, Vec<usize>)>,
}

impl Decoded {
    #[cfg_attr(walint_speed, optimize(speed))]
    pub fn new(text: &str) -> Self {
        // One allocation: a text has at most as many code points as bytes.
        let mut chars = Vec::with_capacity(text.len());
        let mut ascii_present = [0u64; 2];
        for c in text.chars() {
            chars.push(c);
            if c.is_ascii() {
                ascii_present[usize::from(c as u8 >> 6)] |= 1 << (c as u8 & 63);
            }
        }
        Decoded {
            chars,
            ascii_present,
            ascii: text.is_ascii(),
            tables: OnceCell::new(),
        }
    }

    fn tables(&self) -> &(Vec<usize>, Vec<usize>) {
        self.tables.get_or_init(|| {
            let mut byte = Vec::with_capacity(self.chars.len() + 1);
            let mut utf16 = Vec::with_capacity(self.chars.len() + 1);
            let (mut bytes, mut units) = (0, 0);
            for c in &self.chars {
                byte.push(bytes);
                utf16.push(units);
                bytes += c.len_utf8();
                units += c.len_utf16();
            }
            byte.push(bytes);
            utf16.push(units);
            (byte, utf16)
        })
    }

    /// Whether `c` occurs in the text (at once for ASCII characters, every marker is one).
    pub fn has(&self, c: char) -> bool {
        if c.is_ascii() {
            self.ascii_present[usize::from(c as u8 >> 6)] & (1 << (c as u8 & 63)) != 0
        } else {
            self.chars.contains(&c)
        }
    }

    pub fn len(&self) -> usize {
        self.chars.len()
    }

    /// The code point at `i`, or `None` outside the text.
    #[inline(always)]
    pub fn at(&self, i: usize) -> Option<char> {
        self.chars.get(i).copied()
    }

    /// The code point before `i`, or `None` at the start of the text.
    pub fn before(&self, i: usize) -> Option<char> {
        i.checked_sub(1).and_then(|j| self.at(j))
    }

    pub fn offset(&self, i: usize) -> Offset {
        let i = i.min(self.chars.len());
        if self.ascii {
            return Offset {
                byte: i,
                char: i,
                utf16: i,
            };
        }
        let (byte, utf16) = self.tables();
        Offset {
            byte: byte.get(i).copied().unwrap_or(0),
            char: i,
            utf16: utf16.get(i).copied().unwrap_or(0),
        }
    }

    pub fn range(&self, start: usize, end: usize) -> TextRange {
        TextRange {
            start: self.offset(start),
            end: self.offset(end),
        }
    }

    pub fn byte(&self, i: usize) -> usize {
        self.offset(i).byte
    }

    /// Code points `[start, end)` as a `String`.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.chars.len());
        self.chars
            .get(start.min(end)..end)
            .unwrap_or(&[])
            .iter()
            .collect()
    }
}

/// Converts a byte offset into `(code-point offset, UTF-16 offset)`. A byte offset inside a
/// multi-byte character counts as that character's start; offsets past the end clamp to the end.
pub fn byte_to_char_and_utf16(text: &str, byte: usize) -> (usize, usize) {
    let mut chars = 0;
    let mut units = 0;
    for (at, c) in text.char_indices() {
        if at + c.len_utf8() > byte {
            break;
        }
        chars += 1;
        units += c.len_utf16();
    }
    (chars, units)
}

/// Repeated conversions over one text without rescanning it (binary search on a table built once).
pub struct OffsetMap {
    /// Byte offset of every character start, plus `text.len()` at the end.
    starts: Vec<usize>,
    utf16: Vec<usize>,
}

impl OffsetMap {
    pub fn new(text: &str) -> Self {
        let mut starts = Vec::with_capacity(text.len() + 1);
        let mut utf16 = Vec::with_capacity(text.len() + 1);
        let mut units = 0;
        for (at, c) in text.char_indices() {
            starts.push(at);
            utf16.push(units);
            units += c.len_utf16();
        }
        starts.push(text.len());
        utf16.push(units);
        OffsetMap { starts, utf16 }
    }

    /// Same contract as [`byte_to_char_and_utf16`], in O(log n).
    pub fn at_byte(&self, byte: usize) -> Offset {
        let index = match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        Offset {
            byte: self.starts.get(index).copied().unwrap_or(0),
            char: index,
            utf16: self.utf16.get(index).copied().unwrap_or(0),
        }
    }
}
