//! Byte offsets to lines, columns and UTF-16 offsets.

use crate::diagnostic::{self, Location};

/// Line starts of a text, to turn byte offsets into lines, columns and UTF-16 offsets.
/// Checkpoints every [`CHECKPOINT`] bytes keep each conversion short on huge one-line texts.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// An ASCII text counts code points and UTF-16 units in bytes: no checkpoints needed.
    ascii: bool,
    /// (byte offset on a char boundary, code points before it, UTF-16 units before it).
    checkpoints: Vec<(usize, usize, usize)>,
}

const CHECKPOINT: usize = 4096;

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        // Pretty-printed JSON has a line per 30 bytes or so: one allocation for most texts
        // (capped: a long one-line text reserves little).
        let mut starts = Vec::with_capacity((text.len() / 24 + 2).min(1 << 12));
        starts.push(0);
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let ascii = text.is_ascii();
        // Empty means the only checkpoint is the start (no allocation for short texts).
        let mut checkpoints = Vec::new();
        let (mut chars, mut units, mut next) = (0, 0, CHECKPOINT);
        // Texts shorter than one step need no checkpoint past the start.
        let needs_checkpoints = !ascii && text.len() > CHECKPOINT;
        for (at, c) in text.char_indices().take_while(|_| needs_checkpoints) {
            if at >= next {
                checkpoints.push((at, chars, units));
                next = at + CHECKPOINT;
            }
            chars += 1;
            units += c.len_utf16();
        }
        Lines {
            text,
            starts,
            ascii,
            checkpoints,
        }
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
        // The last checkpoint at or before `offset`, else the start of the text.
        let index = self.checkpoints.partition_point(|&(at, _, _)| at <= offset);
        let (at, chars, units) = index
            .checked_sub(1)
            .and_then(|i| self.checkpoints.get(i))
            .copied()
            .unwrap_or((0, 0, 0));
        let (more_chars, more_units) = diagnostic::count_units(self.text.get(at..offset).unwrap_or(""));
        (chars + more_chars, units + more_units)
    }

    /// Byte offset of a 1-based line and a 0-based byte column on it, clamped to the text.
    pub fn offset(&self, line: usize, byte_column: usize) -> usize {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        self.clamp(start.saturating_add(byte_column))
    }

    /// The 1-based line of a byte offset.
    fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset)
    }

    /// (line, column) of a byte offset, both 1-based; columns count code points.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.line_of(offset);
        let line_start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let column = self.units_before(offset).0 - self.units_before(line_start).0 + 1;
        (line, column)
    }

    pub fn location(&self, start: usize, end: usize) -> Location {
        let (start, end) = (self.clamp(start), self.clamp(end.max(start)));
        let line = self.line_of(start);
        let line_start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let (chars_at_line, _) = self.units_before(line_start);
        let (chars_at_start, utf16_start) = self.units_before(start);
        let column = chars_at_start - chars_at_line + 1;
        // The end, counted on from the start (most findings span a few bytes of one line).
        let (more_chars, more_units) = diagnostic::count_units(self.text.get(start..end).unwrap_or(""));
        let utf16_end = utf16_start + more_units;
        let end_line = self.line_of(end);
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
