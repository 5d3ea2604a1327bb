//! Byte offsets to lines, columns and UTF-16 offsets.

use std::cell::{Cell, OnceCell};

use crate::diagnostic::{self, Location};

/// Line starts of a text, to turn byte offsets into lines, columns and UTF-16 offsets.
/// Checkpoints every [`CHECKPOINT`] bytes keep each conversion short on huge one-line texts.
pub struct Lines<'t> {
    text: &'t str,
    /// Built on the [`DIRECT_LOOKUPS`]th lookup: the first ones count line breaks directly
    /// (most documents have a finding or two, and a table costs a pass over the whole text).
    starts: OnceCell<Vec<usize>>,
    lookups: Cell<usize>,
    /// An ASCII text counts code points and UTF-16 units in bytes: no checkpoints needed.
    ascii: bool,
    /// (byte offset on a char boundary, code points before it, UTF-16 units before it).
    checkpoints: Vec<(usize, usize, usize)>,
}

const CHECKPOINT: usize = 4096;

/// Lookups answered by counting line breaks before the table is built.
const DIRECT_LOOKUPS: usize = 8;

impl<'t> Lines<'t> {
    #[cfg_attr(walint_speed, optimize(speed))]
    pub fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        // Empty means the only checkpoint is the start (no allocation for short texts).
        let mut checkpoints = Vec::new();
        if !ascii {
            // A checkpoint at the first char boundary from every CHECKPOINT bytes on.
            let (mut at, mut chars, mut units) = (0, 0, 0);
            loop {
                let mut next = at + CHECKPOINT;
                while next < text.len() && !text.is_char_boundary(next) {
                    next += 1;
                }
                let Some(chunk) = text.get(at..next).filter(|_| next < text.len()) else {
                    break;
                };
                let (more_chars, more_units) = diagnostic::count_units(chunk);
                chars += more_chars;
                units += more_units;
                checkpoints.push((next, chars, units));
                at = next;
            }
        }
        Lines {
            text,
            starts: OnceCell::new(),
            lookups: Cell::new(0),
            ascii,
            checkpoints,
        }
    }

    /// The table of line starts (built on first use).
    fn starts(&self) -> &[usize] {
        self.starts.get_or_init(|| {
            // Pretty-printed JSON has a line per 30 bytes or so: one allocation for most
            // texts (capped: a long one-line text reserves little).
            let mut starts = Vec::with_capacity((self.text.len() / 24 + 2).min(1 << 12));
            starts.push(0);
            starts.extend(self.text.match_indices('\n').map(|(at, _)| at + 1));
            starts
        })
    }

    /// The 1-based line of a byte offset and the byte offset where that line starts.
    fn line_and_start(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        if self.starts.get().is_none() && self.lookups.get() < DIRECT_LOOKUPS {
            self.lookups.set(self.lookups.get() + 1);
            let before = self.text.as_bytes().get(..offset).unwrap_or_default();
            let line = 1 + count_line_breaks(before);
            // `rfind` searches backwards a word at a time: fast on a long one-line text too
            // (offsets come clamped to char boundaries; bytes otherwise).
            let start = match self.text.get(..offset) {
                Some(before) => before.rfind('\n'),
                None => before.iter().rposition(|&b| b == b'\n'),
            }
            .map_or(0, |at| at + 1);
            return (line, start);
        }
        let starts = self.starts();
        let line = starts.partition_point(|&start| start <= offset);
        (line, starts.get(line.saturating_sub(1)).copied().unwrap_or(0))
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    /// Code points and UTF-16 units before a char-boundary byte offset.
    fn units_before(&self, offset: usize) -> (usize, usize) {
        if self.ascii {
            return (offset, offset);
        }
        let (at, chars, units) = self.checkpoint_before(offset);
        let (more_chars, more_units) = diagnostic::count_units(self.text.get(at..offset).unwrap_or(""));
        (chars + more_chars, units + more_units)
    }

    /// The last checkpoint at or before `offset`, else the start of the text.
    fn checkpoint_before(&self, offset: usize) -> (usize, usize, usize) {
        let index = self.checkpoints.partition_point(|&(at, _, _)| at <= offset);
        index
            .checked_sub(1)
            .and_then(|i| self.checkpoints.get(i))
            .copied()
            .unwrap_or((0, 0, 0))
    }

    /// Byte offset of a 1-based line and a 0-based byte column on it, clamped to the text.
    pub fn offset(&self, line: usize, byte_column: usize) -> usize {
        let start = self
            .starts()
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        self.clamp(start.saturating_add(byte_column))
    }

    /// (line, column) of a byte offset, both 1-based; columns count code points.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let (line, line_start) = self.line_and_start(offset);
        let column = self.units_before(offset).0 - self.units_before(line_start).0 + 1;
        (line, column)
    }

    pub fn location(&self, start: usize, end: usize) -> Location {
        let (start, end) = (self.clamp(start), self.clamp(end.max(start)));
        let (line, line_start) = self.line_and_start(start);
        let (chars_at_line, units_at_line) = self.units_before(line_start);
        // Counted on from the line's start when no checkpoint lies between the two (one count
        // instead of two from the same checkpoint).
        let (chars_at_start, utf16_start) = if !self.ascii && self.checkpoint_before(start).0 <= line_start {
            let (chars, units) = diagnostic::count_units(self.text.get(line_start..start).unwrap_or(""));
            (chars_at_line + chars, units_at_line + units)
        } else {
            self.units_before(start)
        };
        let column = chars_at_start - chars_at_line + 1;
        // The end, counted on from the start (most findings span a few bytes of one line).
        let (more_chars, more_units) = diagnostic::count_units(self.text.get(start..end).unwrap_or(""));
        let utf16_end = utf16_start + more_units;
        let end_line = line + count_line_breaks(self.text.as_bytes().get(start..end).unwrap_or_default());
        let end_column = if end_line == line {
            column + more_chars
        } else {
            self.line_column(end).1
        };
        Location {
            line,
            column,
            end_line,
            end_column,
            start,
            end,
            utf16_start,
            utf16_end,
        }
    }
}

/// How many `\n` bytes `bytes` holds: counted in blocks of 128 bytes with a one-byte counter,
/// a loop the compiler vectorises.
#[cfg_attr(walint_speed, optimize(speed))]
fn count_line_breaks(bytes: &[u8]) -> usize {
    let count = |block: &[u8]| {
        block
            .iter()
            .fold(0u8, |n, &b| n.wrapping_add(u8::from(b == b'\n')))
    };
    let mut blocks = bytes.chunks_exact(128);
    let whole: usize = (&mut blocks).map(|block| usize::from(count(block))).sum();
    whole + usize::from(count(blocks.remainder()))
}
