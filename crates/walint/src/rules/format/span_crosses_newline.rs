//! F002 span-crosses-newline
//!
//! The rule's docs, where it runs, and its check.

use crate::format::checks::{Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports a bold, italic, strikethrough or code span split across lines.
    ///
    /// The opening and closing markers are on different lines (`*line one\nline two*`).
    ///
    /// ## Why is this bad
    /// Bold, italic, strikethrough and inline code never cross a line break in WhatsApp: both
    /// markers are shown literally and nothing is formatted. (Monospace ```` ``` ```` may span
    /// lines.) WhatsApp's own composer refuses to apply inline formats to a multi-line selection.
    /// Many converters and previews (naive `\*[^*]+\*` regexes) do bold across lines, so the
    /// preview looks right while the customer sees asterisks. Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Opening hours:\nMon–Fri 9–17*"}}
    /// ```
    /// Use instead: close the span at the end of each line and reopen it on the next.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Opening hours:*\n*Mon–Fri 9–17*"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F002",
        name: "span-crosses-newline",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Rendered];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::DisplayOnly, "rewrite the formatting");

/// Spans whose opening and closing markers are on different lines are found by the marker
/// pass of F001 (`marker_will_show_literally`), which pairs every marker of a text once and
/// reports both kinds; this check adds nothing of its own.
pub(crate) fn check(_facts: &Facts, _out: &mut Vec<Finding>) {}
