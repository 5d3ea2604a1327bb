//! M120 interactive-header-type

use super::{supersede, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::ptr;
use crate::value::Value;

/// Subtypes that take no header at all (documented).
const NO_HEADER: &[&str] = &[
    "product",
    "catalog_message",
    "carousel",
    "call_permission_request",
];
/// Subtypes whose header must be text.
const TEXT_HEADER: &[&str] = &["list", "product_list"];

declare_rule! {
    /// ## What it does
    /// Checks that the interactive type allows the header it has.
    ///
    /// | type | header |
    /// | --- | --- |
    /// | `button`, `cta_url`, `flow` (and other types) | optional: text, image, video or document |
    /// | `list` | optional, text only |
    /// | `product_list` | required, text only (the schema reports a missing one) |
    /// | `product`, `catalog_message`, `carousel`, `call_permission_request` | none |
    /// | `location_request_message` | none documented: a warning |
    ///
    /// ## Why is this bad
    /// Meta rejects a header the type does not support: 131009 "Parameter value is not valid",
    /// "The parameter interactive['header'] is not allows for catalog messages" (recorded by a
    /// project, 2025). The list-message page says "Supports text header
    /// type only"; the share-products page says a multi-product message's "Header's type must be
    /// set to text" and gives catalog messages no header; the media carousel page supports no
    /// main header; and the legacy Messages reference said "You cannot set a header if your
    /// interactive object is of product type". The schema already refuses these headers, but
    /// with a generic message (S008 "`header` is not allowed here", S003 "`type` must be
    /// \"text\""); this rule says why, and the schema finding at the same pointer is withdrawn
    /// (it stays when this rule is disabled). The location-request page documents only `body`
    /// and `action`, so a header there is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list",
    ///   "header": {"type": "image", "image": {"id": "1234567890"}},
    ///   "body": {"text": "Our menu"},
    ///   "action": {"button": "See the menu", "sections": [{"rows": [{"id": "r0", "title": "Dish of the day"}]}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list",
    ///   "header": {"type": "text", "text": "Today's menu"},
    ///   "body": {"text": "Our menu"},
    ///   "action": {"button": "See the menu", "sections": [{"rows": [{"id": "r0", "title": "Dish of the day"}]}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (interactive object, header)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/sell-products-and-services/share-products
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-media-carousel-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/location-request-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M120",
        name: "interactive-header-type",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some((subtype, interactive)) = message.any_interactive() else {
        return;
    };
    let Some(header) = interactive.get("header") else {
        return;
    };
    let header_pointer = ptr!("interactive", "header");
    if NO_HEADER.contains(&subtype) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                header_pointer.clone(),
                format!("`{subtype}` messages cannot have a header"),
            )
            .with_help("remove `header`")
            .at_key(),
        );
        supersede(ctx, &RULE, "S008", &header_pointer);
    } else if subtype == "location_request_message" {
        ctx.report(
            Diagnostic::new(
                &RULE,
                header_pointer,
                "location request messages have no documented header: WhatsApp may reject or drop it",
            )
            .with_severity(Severity::Warning)
            .with_help("remove `header`; put the text in `body`")
            .at_key(),
        );
    } else if TEXT_HEADER.contains(&subtype) {
        let Some(kind) = header.get("type").and_then(Value::as_str) else {
            return;
        };
        if kind != "text" {
            let type_pointer = ptr!("interactive", "header", "type");
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    type_pointer.clone(),
                    format!("`{subtype}` messages take text headers only, found `{kind}`"),
                )
                .with_help("use `\"type\": \"text\"` with `\"text\"`, or send the media in another message"),
            );
            supersede(ctx, &RULE, "S003", &type_pointer);
        }
    }
}
