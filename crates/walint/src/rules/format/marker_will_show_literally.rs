//! F001 marker-will-show-literally
//!
//! The rule's docs, where it runs, and its check.

use crate::format::chars::{is_boundary, is_word, is_ws};
use crate::format::checks::{describe, style_name, Check, Facts, Finding, TextContext};
use crate::format::Style;
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a formatting marker that will be shown as a literal character.
    ///
    /// A `*`, `_`, `~` or `` ` `` looks meant to format but shows literally when whitespace sits
    /// just inside it (`*bold *`, `_ x_`), or a letter or digit touches it from outside
    /// (`Order*{{1}}*`, `*x*s`). Also reports the trap where such a non-closer silently extends a
    /// span to a later marker: `*Note*s: see *below*` renders bold `Note*s: see *below`. An `_`
    /// right after a Latin letter or digit is part of a name or an id (`my_var_.`,
    /// `4_30_-1_3482`), shown as its author meant: not reported.
    ///
    /// ## Why is this bad
    /// WhatsApp only formats when the opener follows the start of the text, whitespace or
    /// punctuation and is followed by a non-space, and the closer follows a non-space and is
    /// followed by the end, whitespace or punctuation (letters and digits of any script are not
    /// boundaries, so `foo*bar*baz` and `2*3*4` stay literal). Otherwise the customer sees stray
    /// symbols instead of emphasis, or a much longer bold run than intended. Meta documents the
    /// markers but not these placement rules; they are how WhatsApp's clients parse text (WhatsApp
    /// Web's formatter, whose composer itself inserts spaces so that markers land on word edges).
    /// Meta accepts the message: no error code, nothing warns you.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order is *ready *"}}
    /// ```
    /// Use instead (the fix removes the whitespace inside the marker):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order is *ready*"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the markers wrap the text)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/glific/glific-frontend/issues/2048 (a marker glued to a word does not
    ///   format on WhatsApp)
    pub static RULE = {
        code: "F001",
        name: "marker-will-show-literally",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Unsafe, "move the marker so it renders");

/// Markers that render literally, and spans across a line break (F002's findings): one pass
/// over the markers finds both, so F002's own check has nothing left to do.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    for style in [Style::Bold, Style::Italic, Style::Strike, Style::Code] {
        // A marker that is not in the text has nothing to report (most texts hold one or two).
        if let Some(marker) = style.marker().filter(|m| facts.text().has(*m)) {
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
#[cfg_attr(walint_speed, optimize(speed))]
fn free_markers(facts: &Facts, style: Style, marker: char, out: &mut Vec<Finding>) {
    let text = facts.text();
    let mut leftovers: Vec<Sides> = Vec::new();
    let mut free: Vec<usize> = Vec::new();
    for (start, end) in facts.lines() {
        free.clear();
        for (offset, &c) in text.chars.get(start..end).unwrap_or_default().iter().enumerate() {
            // The character first: most are not the marker, and the rest costs more.
            let i = start + offset;
            if c == marker
                && !(facts.is_marker(i) || facts.is_verbatim(i) || facts.is_claimed(i))
                && !(marker == '`' && adjacent_backtick(facts, i))
                && !(marker == '*' && in_dial_code(facts, i))
            {
                free.push(i);
            }
        }
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

/// Whether the `*` at `i` is part of a USSD dial code (`*182*1*1*0788123456#`, `*#06#`):
/// mobile-money messages show them to be dialled as written, stars and all.
fn in_dial_code(facts: &Facts, i: usize) -> bool {
    let text = facts.text();
    let dial = |c: char| c.is_ascii_digit() || matches!(c, '*' | '#');
    let start = (0..i).rev().take_while(|&j| text.at(j).is_some_and(dial)).last().unwrap_or(i);
    let end = (i..).take_while(|&j| text.at(j).is_some_and(dial)).last().unwrap_or(i);
    let code: Vec<char> = (start..=end).filter_map(|j| text.at(j)).collect();
    code.last() == Some(&'#')
        && code.iter().filter(|&&c| c == '*').count() >= 2
        && code.iter().any(char::is_ascii_digit)
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
                Check(&RULE),
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
                Check(&RULE),
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
        // `_` right after a Latin letter or digit is inside a name or an id (`my_var_.`,
        // `4_30_-1`): shown as written, as its author meant.
        if style == Style::Italic && open.solid_after && text.before(open.at).is_some_and(|c| c.is_ascii_alphanumeric())
        {
            return;
        }
        let mut finding;
        if !open.solid_after {
            let gap_end = (open.at + 1..close.at)
                .take_while(|&i| text.at(i).is_some_and(is_ws))
                .last()
                .map_or(open.at + 1, |i| i + 1);
            finding = facts.finding(
                Check(&RULE),
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
                Check(&RULE),
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
            Check(&super::span_crosses_newline::RULE),
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
                Check(&RULE),
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
