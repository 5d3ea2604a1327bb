//! Byte offsets to lines, columns and UTF-16 offsets.

use crate::diagnostic::{self, Location};

/// Line starts of a text, to turn byte offsets into lines, columns and UTF-16 offsets.
/// Checkpoints every [`CHECKPOINT`] bytes keep each conversion short on huge one-line texts.
pub struct Lines<'t> {
    text: &'t str,
    starts: Vec<usize>,
    /// (byte offset on a char boundary, code points before it, UTF-16 units before it).
    checkpoints: Vec<(usize, usize, usize)>,
}

const CHECKPOINT: usize = 4096;

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = vec![(0, 0, 0)];
        let (mut chars, mut units, mut next) = (0, 0, CHECKPOINT);
        for (at, c) in text.char_indices() {
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
        let index = self.checkpoints.partition_point(|&(at, _, _)| at <= offset);
        let (at, chars, units) = self
            .checkpoints
            .get(index.saturating_sub(1))
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

    /// (line, column) of a byte offset, both 1-based; columns count code points.
    pub fn line_column(&self, offset: usize) -> (usize, usize) {
        let offset = self.clamp(offset);
        let line = self.starts.partition_point(|&start| start <= offset);
        let line_start = self.starts.get(line.saturating_sub(1)).copied().unwrap_or(0);
        let column = self.units_before(offset).0 - self.units_before(line_start).0 + 1;
        (line, column)
    }

    pub fn location(&self, start: usize, end: usize) -> Location {
        let (start, end) = (self.clamp(start), self.clamp(end.max(start)));
        let (line, column) = self.line_column(start);
        let (end_line, end_column) = self.line_column(end);
        let utf16_start = self.units_before(start).1;
        let utf16_end = self.units_before(end).1;
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
