//! P004 send-parameter-type

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a template send parameter whose `type` does not belong in its component.
    ///
    /// Body parameters are `text`, `currency` or `date_time`; header parameters `text`, `image`,
    /// `video`, `document`, `gif`, `location` or `product`; button parameters follow the
    /// `sub_type` (`quick_reply` → `payload`, `url` → `text`, `copy_code` → `coupon_code`,
    /// `flow`/`catalog`/`mpm`/`order_details` → `action`, `voice_call` → `ttl_minutes` or
    /// `payload`); a `limited_time_offer` component takes a `limited_time_offer` parameter.
    ///
    /// ## Why is this bad
    /// Meta answers 132012 "Parameter format does not match format in the created template" (or
    /// 100 "Invalid parameter"). The mistake is easy to copy: Meta's own "Send Sample Issue
    /// Resolution Template" example sends quick-reply parameters as `text`.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "delivery_check", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "quick_reply", "index": 0,
    ///    "parameters": [{"type": "text", "text": "yes"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "delivery_check", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "quick_reply", "index": 0,
    ///    "parameters": [{"type": "payload", "payload": "yes"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API, schemas `BodyComponent` and `TemplateComponent`)
    pub static RULE = {
        code: "P004",
        name: "send-parameter-type",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages",
        meta_error: Some(MetaError::PARAM_FORMAT),
    }
}

/// The parameter types a component accepts, or `None` when walint does not know.
fn allowed(kind: &str, sub_type: Option<&str>) -> Option<&'static [&'static str]> {
    Some(match (kind, sub_type) {
        ("body", _) => &["text", "currency", "date_time"],
        ("header", _) => &["text", "image", "video", "document", "gif", "location", "product"],
        ("tap_target_configuration", _) => &["tap_target_configuration"],
        ("limited_time_offer", _) => &["limited_time_offer"],
        ("button", Some("quick_reply")) => &["payload"],
        ("button", Some("url")) => &["text"],
        ("button", Some("copy_code")) => &["coupon_code"],
        ("button", Some("flow" | "catalog" | "mpm" | "order_details")) => &["action"],
        ("button", Some("voice_call")) => &["ttl_minutes", "payload"],
        _ => return None,
    })
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for component in list {
            let Some(allowed) = allowed(&component.kind, component.sub_type.as_deref()) else {
                continue;
            };
            for (at, parameter) in component.parameters() {
                let Some(kind) = super::parts::parameter_type(parameter) else {
                    continue;
                };
                if allowed.contains(&kind.as_ref()) {
                    continue;
                }
                let holder = match &component.sub_type {
                    Some(sub_type) if component.kind == "button" => format!("a `{sub_type}` button"),
                    _ => format!("the {}", component.kind),
                };
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at.key("type"),
                        format!("a parameter of type `{kind}` does not belong in {holder}"),
                    )
                    .with_help(format!(
                        "use {}",
                        allowed
                            .iter()
                            .map(|t| format!("`{t}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
        }
    }
}
