//! M001 foreign-type-object

use serde_json::Value;

use super::message_type;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// The top-level objects named after a message type.
const TYPE_OBJECTS: &[&str] = &[
    "text",
    "image",
    "audio",
    "video",
    "document",
    "sticker",
    "location",
    "contacts",
    "interactive",
    "template",
    "reaction",
];

declare_rule! {
    /// ## What it does
    /// Reports an object for another message type in the same message.
    ///
    /// For example an `image` object in a message of `type: "text"`.
    ///
    /// ## Why is this bad
    /// Meta sends only the object named by `type` (which defaults to `text`) and rejects or
    /// ignores the other one: usually the `type` is wrong, or a leftover object was copied
    /// from another payload. Meta's OpenAPI declares every message object with
    /// `additionalProperties: false`.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Hi"}, "image": {"id": "123"}}
    /// ```
    ///
    /// ## References
    /// rules.md `envelope.type.no-foreign-objects`; OAS#TextMessage, #ImageMessage.
    pub static RULE = {
        code: "M001",
        name: "foreign-type-object",
        severity: Error,
        source: "rules.md envelope.type.no-foreign-objects",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(object) = message.as_object() else { return };
    let Some(kind) = message_type(message) else { return };
    for key in TYPE_OBJECTS {
        if *key != kind && object.contains_key(*key) {
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
