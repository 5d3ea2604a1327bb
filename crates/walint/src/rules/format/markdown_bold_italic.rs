//! F013 markdown-bold-italic

use crate::format::chars::{is_boundary, is_ws};
use crate::format::checks::{taken, Check, Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports Markdown bold italic `***text***` or `___text___`, which WhatsApp writes `*_text_*`.
    ///
    /// The finding is placed on the opening `***` (or `___`); the double-marker and
    /// literal-marker rules stay quiet on the same markers, so each construct is reported once.
    ///
    /// ## Why is this bad
    /// WhatsApp is not Markdown: a single `*` opens bold and the first fitting `*` closes it,
    /// so `***Sale***` renders bold `**Sale` followed by a stray `**` (and `___x___` renders
    /// italic `__x` plus `__`). WhatsApp combines styles by nesting single markers, `*_Sale_*`.
    /// Text written by language models, or converted from Markdown, often carries the tripled
    /// form. Meta accepts the message; the customer sees the asterisks.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "***Flash sale*** ends tonight"}}
    /// ```
    /// Use instead (the safe fix writes it):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*_Flash sale_* ends tonight"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: single
    ///   markers, styles combined by nesting)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/openclaw/openclaw/pull/96570 (`***text***` left a literal `**` on WhatsApp)
    pub static RULE = {
        code: "F013",
        name: "markdown-bold-italic",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered, TextContext::Parameter];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Safe, "use WhatsApp bold italic");

/// `***x***` and `___x___` on one line: a tripled opener at a word start, a tripled closer at
/// a word end, content not starting or ending with whitespace or the marker.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    for marker in ['*', '_'] {
        if !text.has(marker) {
            continue;
        }
        let is_triple = |i: usize| {
            (i..i + 3).all(|j| text.at(j) == Some(marker))
                && text.before(i) != Some(marker)
                && text.at(i + 3) != Some(marker)
                && !taken(facts, i, i + 3)
        };
        for (line_start, line_end) in facts.lines() {
            // Tripled markers of this line, in order; pair an opener with the next closer.
            let mut pending: Option<usize> = None;
            let mut i = line_start;
            while i + 2 < line_end {
                if !is_triple(i) {
                    i += 1;
                    continue;
                }
                let opens =
                    text.before(i).map_or(true, is_boundary) && text.at(i + 3).is_some_and(|c| !is_ws(c));
                let closes =
                    text.before(i).is_some_and(|c| !is_ws(c)) && text.at(i + 3).map_or(true, is_boundary);
                match pending {
                    Some(open) if closes && i > open + 3 => {
                        out.push(bold_italic_finding(facts, marker, open, i));
                        facts.claim(open, open + 3);
                        facts.claim(i, i + 3);
                        pending = None;
                    }
                    _ if opens => pending = Some(i),
                    _ => {}
                }
                i += 3;
            }
        }
    }
}

fn bold_italic_finding(facts: &Facts, marker: char, open: usize, close: usize) -> Finding {
    let content = facts.text().slice(open + 3, close);
    let (shown, outer, inner) = if marker == '*' {
        ("bold", '*', '_')
    } else {
        ("italic", '_', '*')
    };
    let mut finding = facts.finding(
        Check(&RULE),
        open,
        open + 3,
        format!(
            "`{marker}{marker}{marker}…{marker}{marker}{marker}` is Markdown bold italic, not \
             WhatsApp: this shows as {shown} `{marker}{marker}{content}` followed by a stray \
             `{marker}{marker}`"
        ),
    );
    finding.help = Some(format!(
        "WhatsApp writes bold italic with single nested markers: `{outer}{inner}{content}{inner}{outer}`"
    ));
    finding.fix = Some(facts.replace(open, close + 3, format!("{outer}{inner}{content}{inner}{outer}")));
    finding
}
