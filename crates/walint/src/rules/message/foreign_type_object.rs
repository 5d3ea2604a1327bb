//! M001 foreign-type-object

use super::{supersede, Message, MEDIA_TYPES, TYPE_OBJECTS};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports an object for another message type in the same message.
    ///
    /// For example an `image` object in a message of `type: "text"`. A message without `type`
    /// (Meta reads it as text) and without `text`, that carries one other type's object, gets
    /// one finding that asks for its `type`, in place of S001's "`text` is required". So does a
    /// media message (`type: "video"`) without its object that carries another media object
    /// (`image`): the help says to rename it, in place of S001's "`video` is required". An
    /// empty member (`"text": ""` beside a template, as a widely used Perfex module sends every
    /// template) is a warning: no second message is there.
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
    // No `type` (Meta reads `text`) and no `text`, but one object of another type: the `type`
    // was forgotten. One finding says so, in place of S001's "`text` is required".
    let foreign: Vec<&&str> = TYPE_OBJECTS.iter().filter(|key| **key != "text" && object.contains_key(key)).collect();
    if let ([only], false, false) = (&foreign[..], object.contains_key("type"), object.contains_key("text")) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!(**only),
                format!("this message has no `type`, so Meta reads it as text, but it carries the object of type `{only}`"),
            )
            .with_help(format!("add `\"type\": \"{only}\"`"))
            .at_key(),
        );
        supersede(ctx, &RULE, "S001", "/text");
        return;
    }
    // A media type's object missing and one other media object there (of the same shape): it
    // is misnamed, or the type is wrong. One finding says so, in place of S001's "`video` is
    // required".
    let media = |key: &str| MEDIA_TYPES.contains(&key);
    let misnamed = media(kind) && !object.contains_key(kind) && matches!(foreign[..], [only] if media(only));
    for key in TYPE_OBJECTS {
        // An empty leftover (`"text": ""`, a PHP module's every template send): no second
        // message, and Meta has taken such sends for years. A warning.
        let empty = object.get(key).is_some_and(|value| {
            value.as_str().is_some_and(str::is_empty) || value.as_object().is_some_and(|o| o.is_empty())
        });
        if *key != kind && empty {
            ctx.report(
                Diagnostic::new(&RULE, ptr!(*key), format!("an empty `{key}` member in a message of type `{kind}`"))
                    .with_severity(Severity::Warning)
                    .with_help(format!("remove `{key}`"))
                    .at_key(),
            );
            continue;
        }
        if *key != kind && object.contains_key(key) {
            let help = if misnamed {
                format!("rename `{key}` to `{kind}`, or set `\"type\": \"{key}\"`")
            } else {
                format!("remove `{key}`, or set `\"type\": \"{key}\"`")
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!(*key),
                    format!("`{key}` object in a message of type `{kind}`"),
                )
                .with_help(help)
                .at_key(),
            );
        }
    }
    if misnamed {
        supersede(ctx, &RULE, "S001", &format!("/{kind}"));
    }
}
