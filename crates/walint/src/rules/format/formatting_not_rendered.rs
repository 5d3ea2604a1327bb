//! F010 formatting-not-rendered
//!
//! The rule's docs, where it runs, and its check.

use crate::format::checks::{style_name, Check, Facts, Finding, TextContext};
use crate::diagnostic::Applicability;
use crate::declare_rule;

declare_rule! {
    /// ## What it does
    /// Reports formatting where WhatsApp does not render it.
    ///
    /// The places are: template header and footer, interactive `header.text`, reply-button titles,
    /// list button and row titles, call-to-action button texts.
    ///
    /// ## Why is this bad
    /// WhatsApp renders these texts with emoji and link detection only: `*Sale*` in a header is
    /// shown with its asterisks. Meta's template components reference says "Do not use Markdown
    /// special characters" in a text header, and its message reference describes reply-button
    /// titles as supporting emojis but not markdown. Whether template review rejects such a
    /// header is not documented; an interactive message is accepted and shows the markers.
    ///
    /// The template footer is contested: Meta's OpenAPI calls it "markdown supported", while
    /// WhatsApp Web formats it as plain text (emoji and links only; its footer component uses
    /// the header-and-footer format configuration), and approved templates carry footers such
    /// as `_The Acme team_`. Mobile apps are unverified. A warning, never an error, until Meta
    /// says which holds. (As of November 2026.)
    ///
    /// ## Example
    /// ```json
    /// {"name": "flash_sale", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "TEXT", "text": "*Flash sale*"},
    ///   {"type": "BODY", "text": "Everything is 20% off until midnight."}]}
    /// ```
    /// Use instead: remove the markers (the fix does) and put emphasis in the body.
    /// ```json
    /// {"name": "flash_sale", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "TEXT", "text": "Flash sale"},
    ///   {"type": "BODY", "text": "*Everything* is 20% off until midnight."}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    ///   (text header: "Do not use Markdown special characters in this component")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://github.com/facebook/openapi (Meta's OpenAPI: body and footer "markdown supported",
    ///   header and button texts not)
    pub static RULE = {
        code: "F010",
        name: "formatting-not-rendered",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

/// Where the rule runs: the contexts whose texts it checks.
pub const CONTEXTS: &[TextContext] = &[TextContext::Plain];

/// What its fixes do to the text.
pub const FIX: (Applicability, &str) = (Applicability::Unsafe, "remove markers that are not rendered here");

/// Every inline span marker in a non-rendering place is shown literally.
pub(crate) fn check(facts: &Facts, out: &mut Vec<Finding>) {
    for (style, span) in facts.analysis.inline() {
        let delimiter = style.delimiter();
        for (from, to, role) in [
            (span.start, span.content_start, "opening"),
            (span.content_end, span.end, "closing"),
        ] {
            let mut finding = facts.finding(
                Check(&RULE),
                from,
                to,
                format!(
                    "{} is not rendered here: this {role} `{delimiter}` is shown literally",
                    style_name(style)
                ),
            );
            finding.help = Some(
                "WhatsApp does not format headers, footers or button texts; remove the markers".to_string(),
            );
            // Both markers go together: removing one would leave the other stranded.
            let content = facts.text().slice(span.content_start, span.content_end);
            finding.fix = Some(facts.replace(span.start, span.end, content));
            out.push(finding);
        }
    }
    // Block markers are not reported: unrendered, `1. Pizza` or `- Acme team` reads exactly
    // as typed, which is what a title or footer means (no stray symbol appears).
}
