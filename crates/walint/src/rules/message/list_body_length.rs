//! M113 list-body-length

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

/// The body limit of every other interactive message (OpenAPI, legacy reference).
const CONSERVATIVE_MAX: usize = 1024;
/// The current list-message page's limit, enforced by the schema.
const LIST_PAGE_MAX: usize = 4096;

declare_rule! {
    /// ## What it does
    /// Flags a list message body longer than 1024 characters (contested limit).
    ///
    /// Characters are code points: `é` and `😀` count as one each.
    ///
    /// ## Why is this bad
    /// Meta's sources disagree: the current list-message page allows 4096 characters, while
    /// Meta's OpenAPI spec (`maxLength: 1024`), the legacy Messages reference and every other
    /// interactive page (reply buttons, CTA URL, …) say 1024. The schema enforces 4096; this
    /// rule reports 1025 to 4096 as a warning, or an error with `strict` (contested limit).
    /// Meta documents no error code for it (the generic one is 131009 "Parameter value is not
    /// valid"). Keeping the body within 1024 characters is safe under both readings.
    ///
    /// ## Example
    /// A list whose `body.text` is 1100 characters long:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list",
    ///   "body": {"text": "Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitchen. Choose a dish from today's menu below; every dish is cooked to order in our kitc"},
    ///   "action": {"button": "See the menu", "sections": [{"rows": [{"id": "r0", "title": "Dish of the day"}]}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list",
    ///   "body": {"text": "Choose a dish from today's menu below; every dish is cooked to order in our kitchen."},
    ///   "action": {"button": "See the menu", "sections": [{"rows": [{"id": "r0", "title": "Dish of the day"}]}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages (4096)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages (1024)
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: interactive body `maxLength: 1024`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M113",
        name: "list-body-length",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(body) = message
        .interactive("list")
        .and_then(|i| i.get("body"))
        .and_then(|body| body.get("text"))
        .and_then(Value::as_str)
    else {
        return;
    };
    let length = body.chars().count();
    if length > CONSERVATIVE_MAX && length <= LIST_PAGE_MAX {
        let severity = ctx.contested();
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "body", "text"),
                format!(
                    "the list body is {length} characters long: the list page allows {LIST_PAGE_MAX}, \
                     Meta's OpenAPI and other pages {CONSERVATIVE_MAX}"
                ),
            )
            .with_severity(severity)
            .with_help("keep the body within 1024 characters to be safe"),
        );
    }
}
