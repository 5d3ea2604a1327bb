//! F008 accidental-list-or-quote
//!
//! The `format::Check::AccidentalListOrQuote` lint as a registered rule.

use crate::declare_rule;
use crate::format::Check;

declare_rule! {
    /// ## What it does
    /// Reports a line that WhatsApp turns into a list item or quote by accident.
    ///
    /// The line start reads as something else: `* bold*` (meant as bold) and `> 100 users` (meant
    /// as "more than").
    ///
    /// ## Why is this bad
    /// Since 2024 WhatsApp renders a line starting with `* `, `- `, `• ` or `N. ` as a list item
    /// and one starting with `> ` as a quote. `* bold*` therefore renders a bullet item ending in
    /// `*` instead of bold text, and `> 100` renders a quote bar instead of "more than 100".
    /// Meta accepts the message.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "* Important* read this first"}}
    /// ```
    /// Use instead: remove the space after the first `*` to make it bold.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "*Important* read this first"}}
    /// ```
    ///
    /// ## References
    /// - https://faq.whatsapp.com/539178204879377 (How to format your messages: bulleted list is an
    ///   asterisk or hyphen and a space, quote an angle bracket and a space)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    pub static RULE = {
        code: "F008",
        name: "accidental-list-or-quote",
        severity: Warning,
        source: "https://faq.whatsapp.com/539178204879377",
        meta_error: None,
    }
}

/// The formatting check this rule reports.
pub const CHECK: Check = Check::AccidentalListOrQuote;
