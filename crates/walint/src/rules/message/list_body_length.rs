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
    /// Reports a list message body longer than 1024 characters.
    ///
    /// Characters are code points: `é` and `😀` count as one each.
    ///
    /// ## Why is this bad
    /// Meta's pages disagree: the current list-message page allows 4096 characters, while
    /// Meta's OpenAPI spec (`maxLength: 1024`), the legacy Messages reference and every other
    /// interactive page (reply buttons, CTA URL, …) say 1024. The Graph API enforces 1024: a
    /// list body of 1731 characters was refused live on 2026-10-02 with 131009 "Body text
    /// length invalid. Min length: 1, Max length: 1024" (a marketplace bot's recorded failure).
    /// So 1025 to 4096 characters is an error since December 2026 (a warning before, when
    /// only the pages were known); the schema reports longer bodies.
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
        severity: Error,
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
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "body", "text"),
                format!(
                    "the list body is {length} characters long: Meta refuses more than {CONSERVATIVE_MAX} \
                     (\"Max length: 1024\"), though the list page says {LIST_PAGE_MAX}"
                ),
            )
            .with_help("keep the body within 1024 characters, and send the rest as a text message"),
        );
    }
}
