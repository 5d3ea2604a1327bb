//! Markers that do not do what they look like: literal markers (R1–R2), spans across lines
//! (R8) and crossing spans (R6). formatting.md §7 items 1–3 and 5.

use super::super::chars::{is_boundary, is_word, is_ws};
use super::super::resolve::Rejection;
use super::super::scan::{Candidate, Kind};
use super::super::Style;
use super::{describe, kind_name, style_name, Check, Facts, Finding};

pub(super) fn check_all(facts: &Facts, out: &mut Vec<Finding>) {
    // First, so that the markers it explains are not reported again as literal markers.
    crossing_spans(facts, out);
    for style in [Style::Bold, Style::Italic, Style::Strike, Style::Code] {
        if let Some(marker) = style.marker() {
            free_markers(facts, style, marker, out);
            swallowed_closers(facts, style, marker, out);
        }
    }
}

/// How a single marker character sits in the text.
struct Sides {
    at: usize,
    /// Start of text or a boundary before it.
    clear_before: bool,
    /// A non-whitespace character after it.
    solid_after: bool,
    /// A non-whitespace character before it.
    solid_before: bool,
    /// End of text or a boundary after it.
    clear_after: bool,
}

impl Sides {
    fn of(facts: &Facts, at: usize) -> Self {
        let text = facts.text();
        Sides {
            at,
            clear_before: text.before(at).map_or(true, is_boundary),
            solid_after: text.at(at + 1).is_some_and(|c| !is_ws(c)),
            solid_before: text.before(at).is_some_and(|c| !is_ws(c)),
            clear_after: text.at(at + 1).map_or(true, is_boundary),
        }
    }

    fn opens(&self) -> bool {
        self.clear_before && self.solid_after
    }

    fn closes(&self) -> bool {
        self.solid_before && self.clear_after
    }

    /// Whitespace on both sides (`2 * 3`): an ordinary symbol, not a would-be marker.
    fn stands_alone(&self, facts: &Facts) -> bool {
        let text = facts.text();
        text.before(self.at).is_some_and(is_ws) && text.at(self.at + 1).is_some_and(is_ws)
    }
}

/// Markers that render literally, paired per line in order: a pair where one side is a
/// proper marker and the other fails a rule is reported at the failing marker. Pairs where
/// both fail (`2 * 3 * 4`, `snake_case_name`) are ordinary text. Unpaired markers that open
/// on one line and close on a later one are reported as crossing a newline.
fn free_markers(facts: &Facts, style: Style, marker: char, out: &mut Vec<Finding>) {
    let text = facts.text();
    let mut leftovers: Vec<Sides> = Vec::new();
    for (start, end) in facts.lines() {
        let free: Vec<usize> = (start..end)
            .filter(|&i| {
                let taken = facts.is_marker(i) || facts.is_verbatim(i) || facts.is_claimed(i);
                let fenced = marker == '`' && adjacent_backtick(facts, i);
                text.at(i) == Some(marker) && !taken && !fenced
            })
            .collect();
        let mut pairs = free.chunks_exact(2);
        for pair in pairs.by_ref() {
            if let [open, close] = *pair {
                let has_text = (open + 1..close).any(|i| text.at(i).is_some_and(|c| !is_ws(c)));
                if has_text {
                    literal_pair(facts, style, Sides::of(facts, open), Sides::of(facts, close), out);
                }
            }
        }
        if let [last] = pairs.remainder() {
            leftovers.push(Sides::of(facts, *last));
        }
    }
    let mut i = 0;
    while let (Some(open), Some(close)) = (leftovers.get(i), leftovers.get(i + 1)) {
        if open.opens() && close.closes() {
            newline_pair(facts, style, open.at, close.at, out);
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// Backticks next to other backticks belong to fences or code, not to a lone marker pair.
fn adjacent_backtick(facts: &Facts, i: usize) -> bool {
    facts.text().before(i) == Some('`') || facts.text().at(i + 1) == Some('`')
}

fn literal_pair(facts: &Facts, style: Style, open: Sides, close: Sides, out: &mut Vec<Finding>) {
    let text = facts.text();
    let name = style_name(style);
    let delimiter = style.delimiter();
    if open.stands_alone(facts) || close.stands_alone(facts) {
        return;
    }
    if open.opens() && !close.closes() {
        let mut finding;
        if !close.solid_before {
            let gap_start = (open.at + 1..close.at)
                .rev()
                .take_while(|&i| text.at(i).is_some_and(is_ws))
                .last()
                .unwrap_or(close.at);
            finding = facts.finding(
                Check::MarkerWillShowLiterally,
                close.at,
                close.at + 1,
                format!(
                    "closing `{delimiter}` has whitespace just inside it, so no {name} \
                     renders: both `{delimiter}` are shown"
                ),
            );
            finding.help = Some(format!("remove the whitespace before the closing `{delimiter}`"));
            finding.fix = Some(facts.replace(gap_start, close.at, ""));
        } else {
            let next = text.at(close.at + 1).map(describe).unwrap_or_default();
            finding = facts.finding(
                Check::MarkerWillShowLiterally,
                close.at,
                close.at + 1,
                format!(
                    "closing `{delimiter}` is followed by {next}, so no {name} renders: both \
                     `{delimiter}` are shown"
                ),
            );
            finding.help = Some(format!(
                "a closing `{delimiter}` must be followed by a space, punctuation or the end \
                 of the text"
            ));
            finding.fix = Some(facts.replace(close.at + 1, close.at + 1, " "));
        }
        out.push(finding);
    } else if close.closes() && !open.opens() {
        let mut finding;
        if !open.solid_after {
            let gap_end = (open.at + 1..close.at)
                .take_while(|&i| text.at(i).is_some_and(is_ws))
                .last()
                .map_or(open.at + 1, |i| i + 1);
            finding = facts.finding(
                Check::MarkerWillShowLiterally,
                open.at,
                open.at + 1,
                format!(
                    "opening `{delimiter}` has whitespace just inside it, so no {name} \
                     renders: both `{delimiter}` are shown"
                ),
            );
            finding.help = Some(format!("remove the whitespace after the opening `{delimiter}`"));
            finding.fix = Some(facts.replace(open.at + 1, gap_end, ""));
        } else {
            let previous = text.before(open.at).map(describe).unwrap_or_default();
            finding = facts.finding(
                Check::MarkerWillShowLiterally,
                open.at,
                open.at + 1,
                format!(
                    "opening `{delimiter}` is glued to {previous} before it, so no {name} \
                     renders: both `{delimiter}` are shown"
                ),
            );
            finding.help = Some(format!(
                "an opening `{delimiter}` must follow a space, punctuation or the start of \
                 the text"
            ));
            finding.fix = Some(facts.replace(open.at, open.at, " "));
        }
        out.push(finding);
    }
}

fn newline_pair(facts: &Facts, style: Style, open: usize, close: usize, out: &mut Vec<Finding>) {
    let name = style_name(style);
    let delimiter = style.delimiter();
    let (close_line, _) = facts.line_col(close);
    let (open_line, _) = facts.line_col(open);
    for (at, role, other_role, other_line) in [
        (open, "opening", "closing", close_line),
        (close, "closing", "opening", open_line),
    ] {
        let mut finding = facts.finding(
            Check::SpanCrossesNewline,
            at,
            at + 1,
            format!(
                "this {role} `{delimiter}` pairs with the {other_role} `{delimiter}` on line \
                 {other_line}, but {name} cannot cross a line break: both are shown"
            ),
        );
        finding.help = Some(format!(
            "close the {name} at the end of each line and reopen it on the next"
        ));
        out.push(finding);
    }
}

/// Inside a rendered span, a marker that would close it except that a letter or digit follows:
/// the span silently runs on to a later marker (`*Note*s: see *below*`).
fn swallowed_closers(facts: &Facts, style: Style, marker: char, out: &mut Vec<Finding>) {
    let text = facts.text();
    for (span_style, span) in facts.analysis.inline() {
        if span_style != style {
            continue;
        }
        for i in span.content_start..span.content_end {
            if text.at(i) != Some(marker)
                || facts.is_verbatim(i)
                || facts.is_marker(i)
                || facts.is_claimed(i)
                || text.before(i).map_or(true, is_ws)
            {
                continue;
            }
            let Some(next) = text.at(i + 1).filter(|c| is_word(*c)) else {
                continue;
            };
            let delimiter = style.delimiter();
            let (line, column) = facts.line_col(span.content_end);
            let mut finding = facts.finding(
                Check::MarkerWillShowLiterally,
                i,
                i + 1,
                format!(
                    "this `{delimiter}` does not end the {} because {} follows it: the span \
                     runs on to the `{delimiter}` at line {line}, column {column}, and this \
                     one is shown",
                    style_name(style),
                    describe(next)
                ),
            );
            finding.help = Some(format!(
                "put a space or punctuation after the `{delimiter}` that should close the span"
            ));
            out.push(finding);
        }
    }
}

/// R6: a span rejected because it crosses another, or cancelled by a crossing code span.
fn crossing_spans(facts: &Facts, out: &mut Vec<Finding>) {
    for (candidate, reason) in &facts.analysis.resolved.rejected {
        let Kind::Inline(style) = candidate.kind else {
            continue;
        };
        let (other, verb) = match reason {
            Rejection::Crosses(other) => (other, "crosses"),
            Rejection::ReplacedBy(other) => (other, "is crossed by"),
            Rejection::InsideVerbatim(_) => continue,
        };
        if !matches!(other.kind, Kind::Inline(_)) || shares_markers(candidate, other) {
            continue;
        }
        let (line, column) = facts.line_col(other.start);
        let message = format!(
            "this {} {verb} the {} starting at line {line}, column {column}: spans must nest, \
             so these `{}` markers are shown literally",
            style_name(style),
            kind_name(other.kind),
            style.delimiter()
        );
        for (from, to) in markers_of(candidate) {
            facts.claim(from, to);
            let mut finding = facts.finding(Check::CrossingSpans, from, to, message.clone());
            finding.help = Some(
                "close the inner span before the outer one, e.g. `*a _b_* _c_` instead of \
                 `*a _b* c_`"
                    .to_string(),
            );
            out.push(finding);
        }
    }
}

/// A candidate whose marker sits inside the other span's marker is an artefact of fences
/// (```` ``` ```` also contains inline-code backticks), not something the author wrote.
fn shares_markers(candidate: &Candidate, other: &Candidate) -> bool {
    markers_of(candidate).iter().any(|&(from, to)| {
        markers_of(other)
            .iter()
            .any(|&(other_from, other_to)| from < other_to && other_from < to)
    })
}

fn markers_of(c: &Candidate) -> [(usize, usize); 2] {
    [(c.start, c.content_start), (c.content_end, c.end)]
}
