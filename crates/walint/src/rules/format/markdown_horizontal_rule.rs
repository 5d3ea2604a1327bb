//! F014 markdown-horizontal-rule

use crate::format::chars::is_ws;
use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::format::scan::block_marker;
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a Markdown horizontal rule: a line made only of three or more `-`, `*` or `_` (one kind, spaces allowed between).
    ///
    /// A line of four or more dashes alone (`----------`) is not reported: people type such
    /// dividers on purpose in receipts and menus, and WhatsApp shows them as typed, which is
    /// what they meant (all three such findings on real bot texts, November 2026, were of that
    /// kind). Nor is `---` in a text without other Markdown (`**`, `__`, `[link](…)`, `#`
    /// headings): a hand-written message in WhatsApp's own formatting uses it as a divider
    /// before a signature (probe of November 2026). `---` in a text with other Markdown (what
    /// language models write), `***`, `___` and spaced forms are reported.
    ///
    /// Checked in rendered texts (text bodies, captions, interactive body and footer, template
    /// bodies), not in template parameter values: a value is substituted in the middle of a
    /// line, so a value `---` ("none") is no line of its own. Lines inside ```` ``` ````
    /// monospace are left alone.
    ///
    /// ## Why is this bad
    /// WhatsApp draws no dividers. `---` is shown as three dashes; `***` even renders as a
    /// bold `*`, `___` as an italic `_`, and `- - -` or `* * *` become a bullet item. Language
    /// models put such rules between sections of a reply. Meta accepts the message; it just
    /// looks broken.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order has **shipped**.\n---\nQuestions? Reply to this message."}}
    /// ```
    /// Use instead: an empty line between the sections (and WhatsApp's bold).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order has *shipped*.\n\nQuestions? Reply to this message."}}
    /// ```
    /// The safe fix replaces the rule with an empty line; it is offered only between two
    /// pieces of text (not at the start or end, where removing it would change how a template
    /// body starts or ends, and not between two variables, which would make them adjacent).
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: the supported
    ///   formats, lists start with `* ` or `- `)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F014",
        name: "markdown-horizontal-rule",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Safe, "replace the rule with an empty line");

/// A line of three or more `-`, `*` or `_` (one kind), with spaces or tabs around and between
/// them and nothing else.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    let rules: Vec<(usize, usize, char)> = facts
        .lines()
        .filter_map(|(start, end)| rule_marker(facts, start, end).map(|marker| (start, end, marker)))
        .filter(|&(start, end, marker)| !is_dash_divider(&text.slice(start, end), marker))
        .collect::<Vec<_>>();
    // `---` in a text of WhatsApp's own formatting is a divider typed on purpose too: a
    // language model's reply shows its Markdown elsewhere as well.
    let rules: Vec<(usize, usize, char)> = if rules.iter().any(|&(_, _, marker)| marker == '-') && !has_other_markdown(&text.slice(0, usize::MAX)) {
        rules.into_iter().filter(|&(start, end, marker)| !(marker == '-' && text.slice(start, end).trim().bytes().all(|b| b == b'-'))).collect()
    } else {
        rules
    };
    if rules.is_empty() {
        return;
    }
    // What stays around each rule once every rule is removed: the last character before it
    // and the first after it that are neither whitespace nor part of a rule.
    let mut in_rule = vec![false; text.len()];
    for &(start, end, _) in &rules {
        if let Some(flags) = in_rule.get_mut(start..end) {
            flags.fill(true);
        }
    }
    let other = |i: usize| !in_rule.get(i).copied().unwrap_or(true) && text.at(i).is_some_and(|c| !is_ws(c));
    let mut before: Vec<Option<char>> = Vec::with_capacity(rules.len());
    let (mut last, mut i) = (None, 0);
    for &(start, _, _) in &rules {
        while i < start {
            if other(i) {
                last = text.at(i);
            }
            i += 1;
        }
        before.push(last);
    }
    let mut after: Vec<Option<char>> = vec![None; rules.len()];
    let (mut next, mut j) = (None, text.len());
    for (r, &(_, end, _)) in rules.iter().enumerate().rev() {
        while j > end {
            j -= 1;
            if other(j) {
                next = text.at(j);
            }
        }
        if let Some(slot) = after.get_mut(r) {
            *slot = next;
        }
    }

    for (r, &(start, end, marker)) in rules.iter().enumerate() {
        let line = text.slice(start, end);
        let line = line.trim();
        // A rule can be a whole line of dashes: quote a short one only.
        let quoted = if line.chars().count() <= 20 {
            line.to_string()
        } else {
            format!("{marker}{marker}{marker}…")
        };
        let shown = if block_marker(text, start, end).is_some() {
            "WhatsApp shows it as a list item".to_string()
        } else if (start..end).any(|i| facts.is_marker(i)) {
            let style = if marker == '*' { "bold" } else { "italic" };
            format!("WhatsApp even formats part of it as {style}")
        } else {
            "WhatsApp shows the characters as typed".to_string()
        };
        let mut finding = facts.finding(
            Check(&RULE),
            start,
            end,
            format!("`{quoted}` is a Markdown horizontal rule, which WhatsApp does not draw: {shown}"),
        );
        finding.help = Some("leave an empty line between the sections instead".to_string());
        // Only between two pieces of text: removing a rule at the start or end would leave a
        // text that is empty or starts/ends differently (a template body could then start or
        // end with a variable), and removing it between `{{1}}` and `{{2}}` would make the
        // variables adjacent.
        let (prev, following) = (before.get(r).copied().flatten(), after.get(r).copied().flatten());
        let between_variables = prev == Some('}') && following == Some('{');
        if prev.is_some() && following.is_some() && !between_variables {
            finding.fix = Some(facts.replace(start, end, ""));
        }
        facts.claim(start, end);
        out.push(finding);
    }
}

/// A run of four or more dashes and nothing else: a divider people type on purpose (receipts,
/// menus), shown as typed, which is what they meant. Language models write `---`.
fn is_dash_divider(line: &str, marker: char) -> bool {
    let line = line.trim();
    marker == '-' && line.len() >= 4 && line.bytes().all(|b| b == b'-')
}

/// Whether `text` holds Markdown that WhatsApp does not use besides its rules: `**` or `__`
/// (double markers), a link `](`, or a `#` heading line.
fn has_other_markdown(text: &str) -> bool {
    text.contains("**")
        || text.contains("__")
        || text.contains("](")
        || text.lines().any(|line| {
            let hashes = line.trim_start().bytes().take_while(|&b| b == b'#').count();
            (1..=6).contains(&hashes) && line.trim_start().as_bytes().get(hashes) == Some(&b' ')
        })
}

/// The rule character of a horizontal-rule line `[start, end)`, `None` for other lines. A
/// trailing `\r` (CRLF text) is allowed; a line starting with one is not a rule (the
/// prefilter's list-like line test relies on that).
fn rule_marker(facts: &Facts, start: usize, end: usize) -> Option<char> {
    let text = facts.text();
    let mut marker: Option<char> = None;
    let mut count = 0;
    for i in start..end {
        let c = text.at(i)?;
        if matches!(c, ' ' | '\t') || (c == '\r' && i + 1 == end) {
            continue;
        }
        let other_kind = marker.is_some_and(|m| m != c);
        if !matches!(c, '-' | '*' | '_') || other_kind || facts.is_verbatim(i) || facts.is_claimed(i) {
            return None;
        }
        marker = Some(c);
        count += 1;
    }
    marker.filter(|_| count >= 3)
}
