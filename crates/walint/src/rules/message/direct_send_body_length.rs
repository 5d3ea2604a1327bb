//! M162 direct-send-body-length

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

/// Body limit of a Direct Send message, in code points.
const MAX_BODY: usize = 1024;
/// The limit the schema enforces on text bodies (S004 reports longer ones).
const SCHEMA_MAX: usize = 4096;

declare_rule! {
    /// ## What it does
    /// Reports a Direct Send message (one with a top-level `category`) whose body is longer than 1024 characters.
    ///
    /// Checks `text.body`, which may have 4096 characters in an ordinary text message. The
    /// bodies of the interactive messages Direct Send supports (reply buttons, CTA URL) are
    /// limited to 1024 anyway, and the schema reports longer ones (S004), as it reports a
    /// text body over 4096. Characters are code points: `é` and `😀` count as one each.
    ///
    /// ## Why is this bad
    /// A top-level `"category": "utility"` or `"authentication"` sends the message through the
    /// Direct Send API (beta). Meta's Direct Send limits page gives the body 1024 characters
    /// (header 60, footer 60, button text 20), not the 4096 of an ordinary text message, so a
    /// longer Direct Send body is refused. Meta documents no error code for it; the generic one
    /// is 131009 "Parameter value is not valid".
    ///
    /// ## Example
    /// A 1030-character shipping update:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "category": "utility", "type": "text",
    ///  "text": {"body": "Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Your order 566701 from Lucky Shrub has shi"}}
    /// ```
    /// Use instead: a body of at most 1024 characters (a link to the full details), or leave
    /// `category` out to send an ordinary text message of up to 4096 characters.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "category": "utility", "type": "text",
    ///  "text": {"body": "Your order 566701 from Lucky Shrub has shipped and will arrive on Thursday. Details: https://example.com/o/566701"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-features-and-limits
    ///   (body ≤ 1024, header ≤ 60, footer ≤ 60, button text ≤ 20)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    ///   (4096 for ordinary text messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M162",
        name: "direct-send-body-length",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/direct-send/supported-features-and-limits",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.get("category").is_none() {
        return;
    }
    let Some(body) = message
        .type_object("text")
        .and_then(|text| text.get("body"))
        .and_then(Value::as_str)
    else {
        return;
    };
    let length = body.chars().count();
    // Longer than 4096 is the schema's (S004).
    if length <= MAX_BODY || length > SCHEMA_MAX {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            ptr!("text", "body"),
            format!("the body is {length} characters long: Direct Send allows {MAX_BODY}"),
        )
        .with_help(
            "shorten the body to 1024 characters, or leave `category` out to send an ordinary message",
        ),
    );
}
