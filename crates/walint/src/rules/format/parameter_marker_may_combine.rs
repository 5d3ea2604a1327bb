//! F011 parameter-marker-may-combine
//!
//! The rule's docs, where it runs, and its check.

use crate::format::chars::{is_boundary, is_ws};
use crate::format::checks::{Check, Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a marker in a template parameter value that can combine with the template text.
    ///
    /// A `*`, `_`, `~` or `` ` `` at a word edge of the value can open or close a span together
    /// with the template's own text.
    ///
    /// ## Why is this bad
    /// WhatsApp formats the message after the values are substituted, and placeholders have no
    /// special status: a value `a*` inside `*{{1}}*` gives `*a**`, and a value starting with `_`
    /// can pair with an underscore later in the body. The delivered message is formatted
    /// differently from the template preview, and only for some values. Meta accepts the send
    /// (it only rejects values with a newline, a tab or more than 4 consecutive spaces, error
    /// 132018).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///   "name": "member_welcome", "language": {"code": "en_US"},
    ///   "components": [{"type": "body", "parameters": [{"type": "text", "text": "*VIP"}]}]}}
    /// ```
    /// Use instead: no markers at the edges of values, or a look-alike character (`＊` U+FF0A).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///   "name": "member_welcome", "language": {"code": "en_US"},
    ///   "components": [{"type": "body", "parameters": [{"type": "text", "text": "VIP"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (132018)
    pub static RULE = {
        code: "F011",
        name: "parameter-marker-may-combine",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Parameter];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::DisplayOnly, "rewrite the formatting");

/// A marker in a parameter value that could act as an opener or closer with the template's
/// surrounding text. The text around the value is unknown, so the value's edges count as
/// "could be anything". Markers inside a span of the value itself, and markers between two
/// letters (`john_doe`) or two spaces (`5 * 3`), cannot combine.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    let last = text.len().saturating_sub(1);
    // A run of one marker (`***` in a Pix code) is reported once, from its first marker that
    // can combine to its end.
    let mut run_end = 0;
    for i in 0..text.len() {
        if i < run_end {
            continue;
        }
        let Some(marker) = text.at(i).filter(|c| matches!(c, '*' | '_' | '~' | '`')) else {
            continue;
        };
        if facts.is_marker(i) || facts.is_verbatim(i) || facts.is_claimed(i) {
            continue;
        }
        let can_open = text.before(i).map_or(true, is_boundary)
            && (i == last || text.at(i + 1).is_some_and(|c| !is_ws(c)));
        let can_close =
            (i == 0 || text.before(i).is_some_and(|c| !is_ws(c))) && text.at(i + 1).map_or(true, is_boundary);
        if !(can_open || can_close) {
            continue;
        }
        run_end = i + 1;
        while run_end < text.len() && text.at(run_end) == Some(marker) {
            run_end += 1;
        }
        let mut finding = facts.finding(
            Check(&RULE),
            i,
            run_end,
            format!(
                "`{marker}` in a parameter value can pair with a `{marker}` in the template \
                 text and change its formatting"
            ),
        );
        finding.help = Some(format!(
            "avoid `{marker}` at word edges in values, or use a look-alike character"
        ));
        out.push(finding);
    }
}
