//! F007 crossing-spans
//!
//! The rule's docs, where it runs, and its check.

use crate::format::checks::{kind_name, style_name, Check, Facts, Finding, TextContext};
use crate::format::resolve::Rejection;
use crate::format::scan::{Candidate, Kind};
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports two formatting spans that cross instead of nesting.
    ///
    /// For example `*a _b* c_`, or a span cut by inline code or monospace.
    ///
    /// ## Why is this bad
    /// Spans must nest (`*_x_*` and `_~*x*~_` are fine). When they cross, the one that starts
    /// first wins (or the higher-priority span wins: monospace, then inline code, then list items,
    /// then bold, italic and strikethrough) and the other's markers are shown literally: `*a _b* c_`
    /// renders bold `a _b` followed by ` c_`. Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Sale _ends* today_"}}
    /// ```
    /// Use instead: close the inner span first.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Sale _ends_* _today_"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F007",
        name: "crossing-spans",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::DisplayOnly, "rewrite the formatting");

/// R6: a span rejected because it crosses another, or cancelled by a crossing code span.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
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
            let mut finding = facts.finding(Check(&RULE), from, to, message.clone());
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
