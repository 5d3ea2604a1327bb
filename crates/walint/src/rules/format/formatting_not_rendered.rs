//! F010 formatting-not-rendered
//!
//! The `format::Check::FormattingNotRendered` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

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

/// The formatting check this rule reports.
pub const CHECK: Check = Check::FormattingNotRendered;
