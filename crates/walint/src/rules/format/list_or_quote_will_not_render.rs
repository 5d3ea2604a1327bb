//! F009 list-or-quote-will-not-render
//!
//! The `format::Check::ListOrQuoteWillNotRender` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a list item or quote that will not render as one.
    ///
    /// The line looks like one but is indented (`  - item`, nested lists), has two spaces after
    /// the marker (`-  item`, `1.  x`), no space (`>text`, `1.item`, `•item`), is written `1) item`,
    /// or is a nested quote `>> x`.
    ///
    /// ## Why is this bad
    /// WhatsApp recognises list and quote markers only at the very start of a line with exactly one
    /// space after them (`* `, `- `, `• `, `1. ` with one or two digits, `> `), and has no nested
    /// lists or quotes. Otherwise the raw marker is shown and the structure the author intended is
    /// lost. Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Steps:\n1) Open the app\n2) Tap Pay"}}
    /// ```
    /// Use instead: number, period and one space.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Steps:\n1. Open the app\n2. Tap Pay"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: "place a number,
    ///   period, and space before each line of text"; a quote is an angle bracket and a space)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F009",
        name: "list-or-quote-will-not-render",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::ListOrQuoteWillNotRender;
