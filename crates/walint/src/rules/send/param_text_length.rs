//! P009 send-param-text-length

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a text parameter that is too long for its component: over 60 characters in a header, over 1024 in the body, or over 32768 when the body is the send's only component.
    ///
    /// Lengths are counted in Unicode code points.
    ///
    /// ## Why is this bad
    /// The value becomes part of the rendered text, and Meta refuses the send (132005 "Template
    /// Hydrated Text Too Long", inferred). The header limit of 60 characters comes from Meta's
    /// legacy parameter object docs as quoted by the whatsapp-api-js SDK; Meta's OpenAPI gives a
    /// text parameter `maxLength` 32768, and the same SDK quotes "32768 if only one BodyComponent
    /// … else it's 1024". Users find the 1024-vs-32768 rule unclear
    /// (https://github.com/chatwoot/chatwoot/issues/6435). When the template definitions are
    /// given (`walint lint --templates`), X007 checks the filled-in text itself.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "text",
    ///    "text": "Your order A-1001 from the Lucky Shrub garden store has shipped"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API, schema `TextParameter`)
    /// - https://github.com/Secreto31126/whatsapp-api-js (`BodyParameter`)
    /// - https://github.com/chatwoot/chatwoot/issues/6435
    pub static RULE = {
        code: "P009",
        name: "send-param-text-length",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages",
        meta_error: Some(MetaError::HYDRATED_TOO_LONG),
    }
}

pub const HEADER_PARAM_MAX: usize = 60;
pub const BODY_PARAM_MAX: usize = 1024;
pub const BODY_ONLY_PARAM_MAX: usize = 32768;

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    let components = view.components();
    let body_only = components.len() == 1;
    for component in components {
        let limit = match &*component.kind {
            "header" => HEADER_PARAM_MAX,
            "body" if body_only => BODY_ONLY_PARAM_MAX,
            "body" => BODY_PARAM_MAX,
            _ => continue,
        };
        for (at, parameter) in component.parameters() {
            let Some(text) = super::parts::text_of(parameter) else {
                continue;
            };
            let length = text.chars().count();
            if length <= limit {
                continue;
            }
            let cut = text.char_indices().nth(limit).map_or(text.len(), |(i, _)| i);
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    at.key("text"),
                    format!(
                        "this {} parameter has {length} characters; the limit is {limit}",
                        component.kind
                    ),
                )
                .with_text_range(text, cut, text.len())
                .with_help("shorten the value"),
            );
        }
    }
}
