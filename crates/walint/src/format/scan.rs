//! Candidate collection (formatting.md §2 "Algorithm sketch", step 1): every construct is found
//! on its own, ignoring the others; `resolve` then settles overlaps. All positions are
//! code-point indices. Every scanner is linear: closers are found with forward-only cursors.

use super::chars::{is_boundary, is_ws};
use super::offsets::Decoded;
use super::Style;

/// What a candidate would render as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Inline(Style),
    Block(super::BlockKind),
}

/// One construct the scanners found: `[start, content_start)` is the opening marker,
/// `[content_end, end)` the closing marker (empty for blocks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub kind: Kind,
    pub start: usize,
    pub content_start: usize,
    pub content_end: usize,
    pub end: usize,
}

impl Candidate {
    /// R6 layers, highest priority first (smaller number wins).
    pub fn layer(&self) -> u8 {
        use super::BlockKind::*;
        match self.kind {
            Kind::Inline(Style::Mono) => 0,
            Kind::Inline(Style::Code) => 1,
            Kind::Block(Bullet) => 2,
            Kind::Block(Numbered) => 5,
            Kind::Inline(_) => 7,
            Kind::Block(Quote) => 8,
        }
    }

    /// Code and monospace show their content verbatim: nothing nests inside them (R5).
    pub fn is_verbatim(&self) -> bool {
        matches!(self.kind, Kind::Inline(Style::Mono | Style::Code))
    }
}

/// Finds the first position `>= from` satisfying a fixed predicate. Queries are expected to be
/// non-decreasing, which keeps the total work linear; a smaller query simply rescans.
struct Seek {
    /// Every position in `[scanned_from, found_or_end)` fails the predicate.
    scanned_from: usize,
    found: Option<usize>,
    scanned_to: usize,
}

impl Seek {
    fn new() -> Self {
        Seek {
            scanned_from: 0,
            found: None,
            scanned_to: 0,
        }
    }

    fn next(&mut self, from: usize, len: usize, pred: impl Fn(usize) -> bool) -> Option<usize> {
        if from >= self.scanned_from {
            match self.found {
                Some(f) if f >= from => return Some(f),
                None if self.scanned_to >= len => return None,
                _ => {}
            }
        }
        let mut i = if from >= self.scanned_from {
            from.max(self.scanned_to)
        } else {
            from
        };
        self.scanned_from = from;
        while i < len {
            if pred(i) {
                self.found = Some(i);
                self.scanned_to = i + 1;
                return Some(i);
            }
            i += 1;
        }
        self.found = None;
        self.scanned_to = len;
        None
    }
}

/// R1–R3 for one single-character delimiter (`*`, `_`, `~`, `` ` ``).
#[cfg_attr(walint_speed, optimize(speed))]
pub(crate) fn scan_delimited(text: &Decoded, style: Style, out: &mut Vec<Candidate>) {
    let marker = match style.marker() {
        Some(m) => m,
        None => return,
    };
    // Most texts hold one or two of the four markers: skip the others in one comparison pass.
    if !text.has(marker) {
        return;
    }
    let len = text.len();
    let mut closers = Seek::new();
    let mut newlines = Seek::new();
    let mut q = 0;
    while q < len {
        if text.at(q) != Some(marker) || !opens(text, q, marker) {
            q += 1;
            continue;
        }
        let closer = closers.next(q + 2, len, |c| closes(text, c, marker));
        let newline = newlines.next(q + 1, len, |i| text.at(i) == Some('\n'));
        match closer {
            Some(c) if newline.map_or(true, |lf| c < lf) => {
                out.push(Candidate {
                    kind: Kind::Inline(style),
                    start: q,
                    content_start: q + 1,
                    content_end: c,
                    end: c + 1,
                });
                // R3: the closer is the boundary before the next opener.
                q = c + 1;
            }
            _ => q += 1,
        }
    }
}

/// R1 (a)(b): start of text or after a boundary, and not followed by whitespace.
pub(crate) fn opens(text: &Decoded, q: usize, marker: char) -> bool {
    if !text.before(q).map_or(true, is_boundary) {
        return false;
    }
    match text.at(q + 1) {
        None => false,
        Some(next) if is_ws(next) => false,
        // `*️⃣` keycap: the asterisk belongs to the emoji.
        Some('\u{20E3}') if marker == '*' => false,
        Some('\u{FE0F}') if marker == '*' => text.at(q + 2) != Some('\u{20E3}'),
        Some('`') if marker == '`' => false,
        Some(_) => true,
    }
}

/// R1 (c)(d) for a closer at `c`: previous character not whitespace, next is end or boundary.
pub(crate) fn closes(text: &Decoded, c: usize, marker: char) -> bool {
    text.at(c) == Some(marker)
        && text.before(c).is_some_and(|p| !is_ws(p))
        && text.at(c + 1).map_or(true, is_boundary)
}

/// R4: ```` ``` ```` … ```` ``` ````, content with at least one non-whitespace character, newlines allowed.
#[cfg_attr(walint_speed, optimize(speed))]
pub(crate) fn scan_monospace(text: &Decoded, out: &mut Vec<Candidate>) {
    if !text.has('`') {
        return;
    }
    let len = text.len();
    let is_fence = |i: usize| (0..3).all(|k| text.at(i + k) == Some('`'));
    let mut fences = Seek::new();
    let mut closers = Seek::new();
    let mut solid = Seek::new();
    let mut from = 0;
    while let Some(p) = fences.next(from, len, is_fence) {
        let first_solid = solid.next(p + 3, len, |i| text.at(i).is_some_and(|c| !is_ws(c)));
        let close = first_solid.and_then(|s| closers.next(s + 1, len, is_fence));
        match close {
            Some(c) => {
                out.push(Candidate {
                    kind: Kind::Inline(Style::Mono),
                    start: p,
                    content_start: p + 3,
                    content_end: c,
                    end: c + 3,
                });
                from = c + 3;
            }
            None => from = p + 1,
        }
    }
}

/// R11: per line, marker at column 0. Returns candidates in line order.
#[cfg_attr(walint_speed, optimize(speed))]
pub(crate) fn scan_blocks(text: &Decoded, out: &mut Vec<Candidate>) {
    let len = text.len();
    let mut line_start = 0;
    while line_start <= len {
        let mut line_end = line_start;
        while line_end < len && text.at(line_end) != Some('\n') {
            line_end += 1;
        }
        if let Some((kind, marker_len)) = block_marker(text, line_start, line_end) {
            out.push(Candidate {
                kind: Kind::Block(kind),
                start: line_start,
                content_start: line_start + marker_len,
                content_end: line_end,
                end: line_end,
            });
        }
        line_start = line_end + 1;
    }
}

/// The block marker at the start of line `[start, end)`, with its length in code points.
pub(crate) fn block_marker(text: &Decoded, start: usize, end: usize) -> Option<(super::BlockKind, usize)> {
    use super::BlockKind::*;
    let at = |i: usize| if i < end { text.at(i) } else { None };
    let item_after = |marker_len: usize| {
        at(start + marker_len - 1) == Some(' ') && at(start + marker_len).is_some_and(|c| c != ' ')
    };
    match at(start)? {
        '*' | '•' | '-' if item_after(2) => Some((Bullet, 2)),
        '>' => {
            let gap = at(start + 1)?;
            let quote = is_ws(gap) && gap != '\n' && at(start + 2) != Some(' ');
            quote.then_some((Quote, 2))
        }
        d if d.is_ascii_digit() => {
            let digits = if at(start + 1).is_some_and(|c| c.is_ascii_digit()) {
                2
            } else {
                1
            };
            let numbered = at(start + digits) == Some('.') && item_after(digits + 2);
            numbered.then_some((Numbered, digits + 2))
        }
        _ => None,
    }
}
