//! F007 crossing-spans
//!
//! The `format::Check::CrossingSpans` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

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

/// The formatting check this rule reports.
pub const CHECK: Check = Check::CrossingSpans;
