//! P004 send-parameter-type

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};

declare_rule! {
    /// ## What it does
    /// Reports a template send parameter whose `type` does not belong in its component.
    ///
    /// Body parameters are `text`, `currency`, `date_time` or `group_id` (the group invite link
    /// templates of the Template Library); header parameters `text`, `image`,
    /// `video`, `document`, `gif`, `location` or `product`; button parameters follow the
    /// `sub_type` (`quick_reply` → `payload`, `url` → `text`, `copy_code` → `coupon_code`,
    /// `flow`/`catalog`/`mpm`/`order_details` → `action`, `voice_call` → `ttl_minutes` or
    /// `payload`); a `limited_time_offer` component takes a `limited_time_offer` parameter.
    ///
    /// ## Why is this bad
    /// Meta answers 132012 "Parameter format does not match format in the created template" (or
    /// 100 "Invalid parameter"); for a `flow` button, users report 131009 "Parameter value is
    /// not valid" (https://github.com/chatwoot/chatwoot/issues/13267), which the finding names.
    ///
    /// One mismatch is a warning, not an error: a `text` parameter in a `quick_reply` button.
    /// Meta's own "Send Sample Issue Resolution Template" example (its Postman collection and
    /// its OpenAPI) sends quick-reply parameters that way, and netflie/whatsapp-cloud-api's live
    /// integration test sent exactly that and got HTTP 200 from May 2022 to January 2023
    /// (Graph v13–v15; the test stopped only because Meta deleted the sample template).
    /// Meta documents `payload`, the value the webhook returns when the button is tapped.
    /// A `currency` or `date_time` parameter in a header is a warning too: Meta's OpenAPI lists
    /// text and media for headers, but its own `ParameterObject` says text-based templates take
    /// `currency`, `date_time` and `text`, and whatsapp-api-js documents them for headers; no
    /// answer is on record either way (December 2026).
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
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/reference (`group_id` parameters)
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
        ("body", _) => &["text", "currency", "date_time", "group_id"],
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

/// Whether `kind` is a parameter type of some component: an unknown type is S003's finding.
fn is_parameter_type(kind: &str) -> bool {
    let components =
        ["body", "header", "tap_target_configuration", "limited_time_offer"].map(|c| (c, None));
    let buttons =
        ["quick_reply", "url", "copy_code", "flow", "voice_call"].map(|b| ("button", Some(b)));
    components
        .into_iter()
        .chain(buttons)
        .filter_map(|(component, sub_type)| allowed(component, sub_type))
        .any(|types| types.contains(&kind))
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
                if allowed.contains(&kind.as_ref()) || !is_parameter_type(&kind) {
                    continue;
                }
                let holder = match &component.sub_type {
                    Some(sub_type) if component.kind == "button" => format!("a `{sub_type}` button"),
                    _ => format!("the {}", component.kind),
                };
                // Accepted by Meta in its own example (see the docs): documented as `payload`.
                let accepted = (component.sub_type.as_deref() == Some("quick_reply") && kind == "text")
                    // Contested: see the docs.
                    || (component.kind == "header" && matches!(kind.as_ref(), "currency" | "date_time"));
                let severity = if accepted { Severity::Warning } else { Severity::Error };
                let mut help = format!(
                    "use {}",
                    allowed
                        .iter()
                        .map(|t| format!("`{t}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                // An authentication template's copy-code button is an OTP button, sent as a
                // `url` button with the code as `text`: the other fix of the same mistake.
                if component.sub_type.as_deref() == Some("copy_code") && kind == "text" {
                    help.push_str(
                        "; or, for an authentication template's copy-code (OTP) button, keep the `text` parameter and use `\"sub_type\": \"url\"`",
                    );
                }
                let mut diagnostic = Diagnostic::new(
                    &RULE,
                    at.key("type"),
                    format!("a parameter of type `{kind}` does not belong in {holder}"),
                )
                .with_severity(severity)
                .with_help(help);
                // What users of flow buttons report Meta answering (chatwoot#13267).
                if component.sub_type.as_deref() == Some("flow") {
                    diagnostic = diagnostic.with_meta_error(MetaError::INVALID_VALUE);
                }
                ctx.report(diagnostic);
            }
        }
    }
}
