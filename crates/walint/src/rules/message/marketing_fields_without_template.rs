//! M163 marketing-fields-without-template


use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// Top-level members of the Marketing Messages API (`POST /{phone-number-id}/marketing_messages`).
const MARKETING_FIELDS: &[&str] = &["product_policy", "message_activity_sharing"];

declare_rule! {
    /// ## What it does
    /// Warns about Marketing Messages API fields (`product_policy`, `message_activity_sharing`) on a message whose `type` is not `template`.
    ///
    /// ## Why is this bad
    /// The two fields belong to `POST /{phone-number-id}/marketing_messages`, which takes
    /// only template messages (MARKETING templates): Meta's OpenAPI spec
    /// (`MarketingMessageRequestPayload`) has `type: "template"`, and Meta's error table
    /// answers a non-template message on that endpoint with 100 "Message must be a template
    /// message". On `/messages` the fields mean nothing, and Meta does not document what it
    /// does with them there, so walint warns instead of failing the payload: either the
    /// message was meant for `/marketing_messages` and must become a template, or the fields
    /// were copied by mistake.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Summer sale: 20% off"}, "product_policy": "STRICT"}
    /// ```
    /// Use instead: send a MARKETING template to `/marketing_messages` (or remove `product_policy`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "summer_sale", "language": {"code": "en_US"}}, "product_policy": "STRICT"}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/send-marketing-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    ///   (Marketing Messages API error codes: 100 "Message must be a template message")
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: `MarketingMessageRequestPayload`)
    pub static RULE = {
        code: "M163",
        name: "marketing-fields-without-template",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/send-marketing-messages",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    // A `type` that is not a string is the schema's.
    let Some(kind) = message.kind() else {
        return;
    };
    if kind == "template" {
        return;
    }
    for field in MARKETING_FIELDS {
        if message.get(*field).is_some() {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!(*field),
                    format!(
                        "`{field}` belongs to the Marketing Messages API, which sends only templates; this is a `{kind}` message"
                    ),
                )
                .with_help("send a MARKETING template to /marketing_messages, or remove the field")
                .at_key(),
            );
        }
    }
}
