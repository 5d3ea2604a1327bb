//! What the formatting rules share: the per-character facts of a text ([`Facts`]), findings,
//! and [`check`], which runs every formatting rule of [`crate::rules::format::RULES`] that
//! applies where the text is shown. Each rule's logic and docs live in its own file under
//! `rules/format/`.

mod prefilter;

use serde::Serialize;

pub use prefilter::may_have_findings;

use super::chars::is_ws;
use super::offsets::{Decoded, Offset, OffsetMap};
use super::parse::Analysis;
use super::scan::Kind;
use super::Style;
use crate::diagnostic::Applicability;
use crate::rule::Rule;

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

/// The rule a finding belongs to: one of the formatting rules of the registry
/// ([`crate::rules::format::RULES`]). Compared and ordered by code; serialized as its name.
#[derive(Clone, Copy)]
pub struct Check(pub &'static Rule);

impl Check {
    /// Stable kebab-case name, e.g. `"marker-will-show-literally"`.
    pub fn code_name(self) -> &'static str {
        self.0.name
    }

    /// The rule's code, e.g. `"F001"`.
    pub fn code(self) -> &'static str {
        self.0.code
    }

    pub fn rule(self) -> &'static Rule {
        self.0
    }
}

impl PartialEq for Check {
    fn eq(&self, other: &Self) -> bool {
        self.0.code == other.0.code
    }
}

impl Eq for Check {}

impl PartialOrd for Check {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Check {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.code.cmp(other.0.code)
    }
}

impl std::hash::Hash for Check {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.code.hash(state);
    }
}

impl std::fmt::Debug for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.name)
    }
}

impl Serialize for Check {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0.name)
    }
}

/// A formatting rule as the checks run it: the rule, the contexts it checks, what its fixes
/// do, and its check. `rule_files!` builds the table from each rule file.
pub struct FormatRule {
    pub rule: &'static Rule,
    pub contexts: &'static [TextContext],
    pub fix: (Applicability, &'static str),
    pub(crate) check: fn(&Facts, &mut Vec<Finding>),
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

/// [`check`] without the prefilter: always runs the full analysis. The rules run in the
/// order they are registered: the ones that explain a construct claim its characters first,
/// so later ones stay quiet there (one finding per construct).
fn check_analysed(text: &str, context: TextContext) -> Vec<Finding> {
    let facts = Facts::new(text);
    let mut findings = Vec::new();
    for rule in crate::rules::format::RULES {
        if rule.contexts.contains(&context) {
            (rule.check)(&facts, &mut findings);
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
    #[cfg_attr(walint_speed, optimize(speed))]
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

/// Whether a code point of `[from, to)` is shown verbatim or already explained by a finding.
pub(crate) fn taken(facts: &Facts, from: usize, to: usize) -> bool {
    (from..to).any(|i| facts.is_verbatim(i) || facts.is_claimed(i))
}

/// `[from, to)` of `[start, end)` without leading and trailing whitespace.
pub(crate) fn trimmed(facts: &Facts, start: usize, end: usize) -> (usize, usize) {
    let text = facts.text();
    let from = (start..end)
        .find(|&i| text.at(i).is_some_and(|c| !is_ws(c)))
        .unwrap_or(start);
    let to = (from..end)
        .rev()
        .find(|&i| text.at(i).is_some_and(|c| !is_ws(c)))
        .map_or(from, |i| i + 1);
    (from, to)
}
