//! JSON-friendly preview: which spans render, where, and with what visible text.

use serde::Serialize;

use super::parse::Analysis;

/// One rendered inline span. `start`/`end` are code-point offsets of the content (markers
/// excluded); `text` is the content as shown, with the markers of nested spans removed.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PreviewSpan {
    /// `bold`, `italic`, `strike`, `mono` or `code`.
    pub style: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One rendered block line.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PreviewBlock {
    /// `bullet`, `numbered` or `quote`.
    pub kind: String,
    /// 1-based line number.
    pub line: usize,
}

/// Serializes as `{"spans":[{"style":…,"start":…,"end":…,"text":…}],"blocks":[{"kind":…,"line":…}]}`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Default)]
pub struct Preview {
    /// Ordered by `start`, outer spans before the spans nested in them.
    pub spans: Vec<PreviewSpan>,
    pub blocks: Vec<PreviewBlock>,
}

/// Summarises how WhatsApp renders `text` (see [`super::parse`] for the rules).
pub fn preview(text: &str) -> Preview {
    let analysis = Analysis::new(text);
    let inline: Vec<_> = analysis.inline().collect();
    let mut spans = Vec::with_capacity(inline.len());
    for (index, (style, span)) in inline.iter().enumerate() {
        // Descendants follow in start order; their markers are hidden.
        let mut hidden: Vec<(usize, usize)> = Vec::new();
        for (_, inner) in inline.iter().skip(index + 1) {
            if inner.start >= span.content_end {
                break;
            }
            hidden.push((inner.start, inner.content_start));
            hidden.push((inner.content_end, inner.end));
        }
        hidden.sort_unstable();
        let mut shown = String::new();
        let mut at = span.content_start;
        for (hide_from, hide_to) in hidden {
            if hide_from >= at {
                shown.push_str(&analysis.text.slice(at, hide_from));
                at = hide_to;
            }
        }
        shown.push_str(&analysis.text.slice(at, span.content_end));
        spans.push(PreviewSpan {
            style: style.as_str().to_string(),
            start: span.content_start,
            end: span.content_end,
            text: shown,
        });
    }
    let mut lines = analysis.line_counter();
    let blocks = analysis
        .blocks()
        .map(|(kind, block)| PreviewBlock {
            kind: kind.as_str().to_string(),
            line: lines.line_of(block.start),
        })
        .collect();
    Preview { spans, blocks }
}
