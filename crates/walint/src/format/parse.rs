//! The public parse tree: accepted spans (nested) and blocks, with offsets in all three units.

use super::offsets::{Decoded, TextRange};
use super::resolve::{resolve, Resolved};
use super::scan::{scan_blocks, scan_delimited, scan_monospace, Candidate, Kind};
use super::{BlockKind, Style};

/// A rendered inline span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    pub style: Style,
    /// The text between the markers.
    pub content: TextRange,
    /// The span including its markers.
    pub full: TextRange,
    /// Spans nested inside `content`, in order.
    pub children: Vec<Span>,
}

/// A rendered line block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    /// 1-based line number.
    pub line: usize,
    /// The marker, including its space (`"- "`, `"12. "`, `"> "`).
    pub marker: TextRange,
    /// The rest of the line after the marker.
    pub content: TextRange,
    /// For numbered items, the number as typed.
    pub number: Option<u8>,
}

/// Result of [`parse`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    /// Top-level inline spans in text order (spans inside blocks included).
    pub spans: Vec<Span>,
    /// Blocks in line order.
    pub blocks: Vec<Block>,
}

/// Everything the parser learned, in code-point indices; shared by previews and checks.
pub(crate) struct Analysis {
    pub text: Decoded,
    pub resolved: Resolved,
}

impl Analysis {
    #[cfg_attr(walint_speed, optimize(speed))]
    pub fn new(text: &str) -> Self {
        let decoded = Decoded::new(text);
        let mut candidates = Vec::new();
        scan_monospace(&decoded, &mut candidates);
        for style in [Style::Code, Style::Bold, Style::Italic, Style::Strike] {
            scan_delimited(&decoded, style, &mut candidates);
        }
        scan_blocks(&decoded, &mut candidates);
        Analysis {
            resolved: resolve(candidates),
            text: decoded,
        }
    }

    /// Accepted inline spans, sorted by start, outer first.
    pub fn inline(&self) -> impl Iterator<Item = (Style, &Candidate)> {
        self.resolved.accepted.iter().filter_map(|c| match c.kind {
            Kind::Inline(style) => Some((style, c)),
            Kind::Block(_) => None,
        })
    }

    /// Accepted blocks, in line order.
    pub fn blocks(&self) -> impl Iterator<Item = (BlockKind, &Candidate)> {
        self.resolved.accepted.iter().filter_map(|c| match c.kind {
            Kind::Block(kind) => Some((kind, c)),
            Kind::Inline(_) => None,
        })
    }

    /// 1-based line number of a code-point index (linear; callers go in order via `LineCounter`).
    pub fn line_counter(&self) -> LineCounter<'_> {
        LineCounter {
            text: &self.text,
            pos: 0,
            line: 1,
        }
    }
}

/// Counts newlines forward; positions must be queried in non-decreasing order.
pub(crate) struct LineCounter<'a> {
    text: &'a Decoded,
    pos: usize,
    line: usize,
}

impl LineCounter<'_> {
    pub fn line_of(&mut self, at: usize) -> usize {
        if at < self.pos {
            self.pos = 0;
            self.line = 1;
        }
        while self.pos < at {
            if self.text.at(self.pos) == Some('\n') {
                self.line += 1;
            }
            self.pos += 1;
        }
        self.line
    }
}

/// Parses WhatsApp-formatted text the way WhatsApp Web renders a chat bubble (formatting.md §2).
/// Runs in time linear in the length of `text`; never panics.
pub fn parse(text: &str) -> Parsed {
    let analysis = Analysis::new(text);
    let decoded = &analysis.text;
    let mut spans: Vec<Span> = Vec::new();
    // Stack of open spans: (end index, span under construction).
    let mut stack: Vec<(usize, Span)> = Vec::new();
    for (style, c) in analysis.inline() {
        close_until(&mut stack, &mut spans, c.start);
        let span = Span {
            style,
            content: decoded.range(c.content_start, c.content_end),
            full: decoded.range(c.start, c.end),
            children: Vec::new(),
        };
        stack.push((c.end, span));
    }
    close_until(&mut stack, &mut spans, usize::MAX);

    let mut lines = analysis.line_counter();
    let blocks = analysis
        .blocks()
        .map(|(kind, c)| Block {
            kind,
            line: lines.line_of(c.start),
            marker: decoded.range(c.start, c.content_start),
            content: decoded.range(c.content_start, c.content_end),
            number: (kind == BlockKind::Numbered)
                .then(|| decoded.slice(c.start, c.content_start.saturating_sub(2)))
                .and_then(|digits| digits.parse().ok()),
        })
        .collect();
    Parsed { spans, blocks }
}

/// Pops every span that ends at or before `position`, attaching it to its parent.
fn close_until(stack: &mut Vec<(usize, Span)>, roots: &mut Vec<Span>, position: usize) {
    while stack.last().is_some_and(|(end, _)| *end <= position) {
        let Some((_, done)) = stack.pop() else { break };
        match stack.last_mut() {
            Some((_, parent)) => parent.children.push(done),
            None => roots.push(done),
        }
    }
}
