//! Lint checks over WhatsApp-formatted text (formatting.md §7). Each check is documented on its
//! [`Check`] variant: what it reports, why it matters, an example and the spec section.

mod blocks;
mod context;
mod llm;
mod markdown;
mod markers;
mod prefilter;

use serde::Serialize;

pub use prefilter::may_have_findings;

use super::offsets::{Decoded, Offset, OffsetMap};
use super::parse::Analysis;
use super::scan::Kind;
use super::Style;

/// Where the text is shown, which decides what renders (formatting.md R13, rules.md §10).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TextContext {
    /// Formatting renders: text body, media captions, interactive body/footer, template body.
    Rendered,
    /// Formatting does not render: interactive header text, button titles, list button,
    /// template header and footer.
    Plain,
    /// A template parameter value, substituted into a rendered template body.
    Parameter,
}

/// The lints. `code_name()` gives the stable kebab-case identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// A marker that looks meant to format but will be shown as a literal character, because
    /// whitespace sits just inside it (`*bold *`, `_ x_`) or a letter/digit touches it from
    /// outside (`Order*{{1}}*`, `*x*s`). Also flags the trap where such a non-closer silently
    /// extends a span to a later marker: `*Note*s: see *below*` renders bold
    /// `Note*s: see *below`. Why: the reader sees stray symbols instead of emphasis.
    /// Source: formatting.md §2 R1–R2, §7 items 1–2.
    MarkerWillShowLiterally,
    /// An opening and closing marker on different lines (`*line one\nline two*`): inline
    /// spans never cross a line break, so both markers show. Fix: close and reopen per line.
    /// Source: formatting.md §2 R8, §7 item 3.
    SpanCrossesNewline,
    /// Markdown doubled markers `**x**`, `__x__`, `~~x~~`: WhatsApp renders bold `*x` plus a
    /// stray `*`. Fix: `*x*`, `_x_`, `~x~`. Source: formatting.md §2 R9, R12, §7 item 4.
    MarkdownDoubleMarker,
    /// A Markdown heading (`# Title`): headings are not rendered in chats, the `#` shows.
    /// Fix: `*Title*`. Source: formatting.md §2 R12, §7 item 4.
    MarkdownHeading,
    /// A Markdown link `[text](url)`: shown verbatim, brackets and all. Fix: `text: url`.
    /// Source: formatting.md §2 R12, §7 item 4.
    MarkdownLink,
    /// A backslash "escape" such as `\*`: WhatsApp has no escape character, the backslash is
    /// shown and the marker keeps its meaning (`\*x\*` renders bold `x\`).
    /// Source: formatting.md §2 R10, §7 item 4.
    BackslashEscape,
    /// Two spans that cross instead of nesting (`*a _b* c_`): the one that starts first wins
    /// and the other's markers show literally. Source: formatting.md §2 R6, §7 item 5.
    CrossingSpans,
    /// A line start that WhatsApp turns into a list item or quote although it reads as
    /// something else: `* bold*` is a bullet (not bold), `> 100 users` is a quote (not
    /// "more than"). Source: formatting.md §2 R11, §0 item 6, §7 item 6.
    AccidentalListOrQuote,
    /// A line that looks like a list item or quote but will not render as one: indented
    /// (`  - item`, nested lists), two spaces after the marker (`-  item`, `1.  x`), no space
    /// (`>text`, `1.item`, `•item`), `1) item`, nested quote `>> x`. Why: the reader sees the
    /// raw marker and the structure the author intended is lost.
    /// Source: formatting.md §2 R11, R12, §7 item 7.
    ListOrQuoteWillNotRender,
    /// Formatting in a place where WhatsApp does not render it (template header/footer,
    /// interactive header, button titles, list button): the markers appear literally.
    /// Source: formatting.md §2 R13, §7 item 8; rules.md §10 fmt.where-forbidden.
    FormattingNotRendered,
    /// A marker in a template parameter value that can open or close a span together with
    /// the template's own text (value `a*` inside `*{{1}}*` gives `*a**`). Why: the delivered
    /// message is formatted differently from the template preview, and only for some values.
    /// Source: formatting.md §6, §7 item 8.
    ParameterMarkerMayCombine,
    /// A Markdown table: a row of `|`-separated cells followed by a delimiter row such as
    /// `|---|:---:|` (pipes optional at the ends, as many cells as the header). WhatsApp has no
    /// tables: every pipe and dash is shown as typed. Reported on the delimiter row; the
    /// display-only fix writes one `label: value` line per row. Not checked where formatting
    /// does not render. Source: formatting.md §2 R12; rules.md fmt.no-md-headings.
    MarkdownTable,
    /// Markdown bold italic `***x***` (`___x___`): WhatsApp renders bold `**x` (italic `__x`)
    /// followed by a stray `**` (`__`). Fix: nested single markers `*_x_*` (`_*x*_`).
    /// Source: formatting.md §2 R7, R9, R12.
    MarkdownBoldItalic,
    /// A Markdown horizontal rule: a line of three or more `-`, `*` or `_` (one kind, spaces
    /// allowed around and between). WhatsApp draws no divider: the characters show, `***` even
    /// as a bold `*` and `- - -` as a list item. Fix: an empty line (offered only between two
    /// pieces of text). Not checked in parameter values (substituted mid-line).
    /// Source: formatting.md §2 R9, R11, R12.
    MarkdownHorizontalRule,
    /// A language name right after a fence that opens monospace at a line start
    /// (```` ```python ```` and a line break): WhatsApp monospace has no info string, so the
    /// word is shown as the first line of the block. Fix: remove it, keeping the line break.
    /// Source: formatting.md §2 R4.
    FencedCodeLanguage,
}

impl Check {
    /// Stable kebab-case name, e.g. `"marker-will-show-literally"`.
    pub fn code_name(&self) -> &'static str {
        match self {
            Check::MarkerWillShowLiterally => "marker-will-show-literally",
            Check::SpanCrossesNewline => "span-crosses-newline",
            Check::MarkdownDoubleMarker => "markdown-double-marker",
            Check::MarkdownHeading => "markdown-heading",
            Check::MarkdownLink => "markdown-link",
            Check::BackslashEscape => "backslash-escape",
            Check::CrossingSpans => "crossing-spans",
            Check::AccidentalListOrQuote => "accidental-list-or-quote",
            Check::ListOrQuoteWillNotRender => "list-or-quote-will-not-render",
            Check::FormattingNotRendered => "formatting-not-rendered",
            Check::ParameterMarkerMayCombine => "parameter-marker-may-combine",
            Check::MarkdownTable => "markdown-table",
            Check::MarkdownBoldItalic => "markdown-bold-italic",
            Check::MarkdownHorizontalRule => "markdown-horizontal-rule",
            Check::FencedCodeLanguage => "fenced-code-language",
        }
    }

    /// Every check, in a stable order.
    pub const ALL: [Check; 15] = [
        Check::MarkerWillShowLiterally,
        Check::SpanCrossesNewline,
        Check::MarkdownDoubleMarker,
        Check::MarkdownHeading,
        Check::MarkdownLink,
        Check::BackslashEscape,
        Check::CrossingSpans,
        Check::AccidentalListOrQuote,
        Check::ListOrQuoteWillNotRender,
        Check::FormattingNotRendered,
        Check::ParameterMarkerMayCombine,
        Check::MarkdownTable,
        Check::MarkdownBoldItalic,
        Check::MarkdownHorizontalRule,
        Check::FencedCodeLanguage,
    ];
}

/// A suggested edit: replace bytes `[start, end)` of the text with `with`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Replacement {
    pub start: usize,
    pub end: usize,
    pub with: String,
}

/// One problem. `start`/`end` are byte offsets of the offending marker(s) in the checked text;
/// convert with [`Finding::offsets`] or [`super::byte_to_char_and_utf16`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub check: Check,
    pub message: String,
    pub help: Option<String>,
    pub start: usize,
    pub end: usize,
    pub fix: Option<Replacement>,
}

impl Finding {
    /// `start` and `end` in all three units, using a map built once per text.
    pub fn offsets(&self, map: &OffsetMap) -> (Offset, Offset) {
        (map.at_byte(self.start), map.at_byte(self.end))
    }
}

/// Runs every check that applies to `context`; findings are sorted by position.
pub fn check(text: &str, context: TextContext) -> Vec<Finding> {
    if !may_have_findings(text, context) {
        return Vec::new();
    }
    check_analysed(text, context)
}

/// [`check`] without the prefilter: always runs the full analysis.
fn check_analysed(text: &str, context: TextContext) -> Vec<Finding> {
    let facts = Facts::new(text);
    let mut findings = Vec::new();
    match context {
        TextContext::Rendered => {
            // First: it claims the markers it explains, which keeps the others quiet there.
            llm::check_all(&facts, &mut findings);
            markdown::check_all(&facts, &mut findings);
            markers::check_all(&facts, &mut findings);
            blocks::check_all(&facts, &mut findings);
        }
        TextContext::Plain => {
            markdown::check_heading_link_escape(&facts, &mut findings);
            context::not_rendered(&facts, &mut findings);
        }
        TextContext::Parameter => {
            llm::check_parameter(&facts, &mut findings);
            markdown::check_all(&facts, &mut findings);
            context::parameter_markers(&facts, &mut findings);
        }
    }
    findings.sort_by_key(|f| (f.start, f.end, f.check));
    findings
}

/// Per-character facts shared by the checks.
pub(crate) struct Facts {
    pub analysis: Analysis,
    /// Inside the content of accepted monospace / inline code (shown verbatim).
    pub verbatim: Vec<bool>,
    /// Part of a rendered marker (inline span or block marker).
    pub marker: Vec<bool>,
    /// Already explained by a Markdown finding; other checks stay quiet there.
    pub claimed: std::cell::RefCell<Vec<bool>>,
    /// Code-point index of every line start.
    line_starts: Vec<usize>,
}

impl Facts {
    fn new(text: &str) -> Self {
        let analysis = Analysis::new(text);
        let len = analysis.text.len();
        let mut verbatim = vec![false; len];
        let mut marker = vec![false; len];
        for c in &analysis.resolved.accepted {
            for (from, to) in [(c.start, c.content_start), (c.content_end, c.end)] {
                mark(&mut marker, from, to);
            }
            if c.is_verbatim() {
                mark(&mut verbatim, c.content_start, c.content_end);
            }
        }
        let mut line_starts = vec![0];
        line_starts.extend(
            analysis
                .text
                .chars
                .iter()
                .enumerate()
                .filter(|(_, c)| **c == '\n')
                .map(|(i, _)| i + 1),
        );
        Facts {
            line_starts,
            analysis,
            verbatim,
            marker,
            claimed: std::cell::RefCell::new(vec![false; len]),
        }
    }

    pub fn text(&self) -> &Decoded {
        &self.analysis.text
    }

    pub fn is_verbatim(&self, i: usize) -> bool {
        self.verbatim.get(i).copied().unwrap_or(false)
    }

    pub fn is_marker(&self, i: usize) -> bool {
        self.marker.get(i).copied().unwrap_or(false)
    }

    pub fn is_claimed(&self, i: usize) -> bool {
        self.claimed.borrow().get(i).copied().unwrap_or(false)
    }

    pub fn claim(&self, from: usize, to: usize) {
        mark(&mut self.claimed.borrow_mut(), from, to);
    }

    /// Builds a finding from code-point positions.
    pub fn finding(&self, check: Check, from: usize, to: usize, message: String) -> Finding {
        Finding {
            check,
            message,
            help: None,
            start: self.text().byte(from),
            end: self.text().byte(to),
            fix: None,
        }
    }

    /// A replacement of code points `[from, to)`.
    pub fn replace(&self, from: usize, to: usize, with: impl Into<String>) -> Replacement {
        Replacement {
            start: self.text().byte(from),
            end: self.text().byte(to),
            with: with.into(),
        }
    }

    /// `(line, column)`, both 1-based (column in code points), of a code-point index.
    pub fn line_col(&self, at: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&start| start <= at).max(1);
        let start = self.line_starts.get(line - 1).copied().unwrap_or(0);
        (line, at.saturating_sub(start) + 1)
    }

    /// Line ranges `[start, end)` in code points (newline excluded).
    pub fn lines(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let len = self.text().len();
        self.line_starts.iter().enumerate().map(move |(i, &start)| {
            let end = self
                .line_starts
                .get(i + 1)
                .map_or(len, |next| next.saturating_sub(1));
            (start, end)
        })
    }
}

fn mark(flags: &mut [bool], from: usize, to: usize) {
    if let Some(slice) = flags.get_mut(from..to.min(flags.len())) {
        slice.fill(true);
    }
}

/// `'x'` for messages; control characters and spaces are described by name.
pub(crate) fn describe(c: char) -> String {
    match c {
        ' ' => "a space".to_string(),
        '\t' => "a tab".to_string(),
        c if c.is_whitespace() || c.is_control() => format!("U+{:04X}", c as u32),
        c => format!("'{c}'"),
    }
}

/// `bold`, `italic`, … of an inline candidate kind, for messages.
pub(crate) fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Inline(style) => style_name(style),
        Kind::Block(block) => block.as_str(),
    }
}

pub(crate) fn style_name(style: Style) -> &'static str {
    match style {
        Style::Bold => "bold",
        Style::Italic => "italic",
        Style::Strike => "strikethrough",
        Style::Mono => "monospace",
        Style::Code => "inline code",
    }
}
