//! Positions: LSP speaks lines and UTF-16 code units; walint speaks byte offsets.

use lsp_types::{Position, Range};

/// Line starts of a document, to convert between byte offsets and LSP positions.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        LineIndex { text, starts }
    }

    /// The LSP position of a byte offset (clamped to the text and to a char boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let character = self.text[start..offset].encode_utf16().count();
        Position::new(
            u32::try_from(line).unwrap_or(u32::MAX),
            u32::try_from(character).unwrap_or(u32::MAX),
        )
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range::new(self.position(start), self.position(end.max(start)))
    }

    /// The byte offset of an LSP position; positions past a line's end or past the last line
    /// are clamped (clients may send stale or invalid positions).
    pub fn offset(&self, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(position.line as usize + 1)
            .map_or(self.text.len(), |next| next.saturating_sub(1));
        let mut units = 0u32;
        for (at, c) in self.text[start..end].char_indices() {
            if units >= position.character {
                return start + at;
            }
            units += c.len_utf16() as u32;
        }
        end
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_positions_round_trip_and_clamp() {
        let text = "a😀b\nçd";
        let index = LineIndex::new(text);
        assert_eq!(index.position(5), Position::new(0, 3)); // after the emoji: 1 + 2 units
        assert_eq!(index.position(text.len()), Position::new(1, 2));
        assert_eq!(index.offset(Position::new(0, 3)), 5);
        assert_eq!(index.offset(Position::new(1, 1)), 9);
        assert_eq!(index.offset(Position::new(0, 99)), 6); // clamped to the line end
        assert_eq!(index.offset(Position::new(9, 0)), text.len());
        assert_eq!(index.position(2), Position::new(0, 1)); // inside the emoji: clamped back
    }
}
