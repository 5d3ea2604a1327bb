//! M001 foreign-type-object


use super::{Message, TYPE_OBJECTS};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports an object for another message type in the same message.
    ///
    /// For example an `image` object in a message of `type: "text"`.
    ///
    /// ## Why is this bad
    /// Meta sends only the object named by `type` (which defaults to `text`) and rejects or
    /// ignores the other one: usually the `type` is wrong, or a leftover object was copied
    /// from another payload. Meta's OpenAPI spec declares every message object (text, image, …)
    /// with `additionalProperties: false`; what the server does with the extra object is not
    /// documented (the generic code for an invalid parameter is 100 "Invalid parameter").
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Hi"}, "image": {"id": "123"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Hi"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: message objects with `additionalProperties: false`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M001",
        name: "foreign-type-object",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(object) = message.as_object() else { return };
    let Some(kind) = message.kind() else { return };
    for key in TYPE_OBJECTS {
        if *key != kind && object.contains_key(key) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!(*key),
                    format!("`{key}` object in a message of type `{kind}`"),
                )
                .with_help(format!("remove `{key}`, or set `\"type\": \"{key}\"`"))
                .at_key(),
            );
        }
    }
}
