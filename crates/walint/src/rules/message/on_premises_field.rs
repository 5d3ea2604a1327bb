//! M006 on-premises-field


use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Warns about fields of the retired On-Premises API that some SDKs and BSPs still send: `template.namespace`, a top-level `preview_url` and a media object's `provider`.
    ///
    /// ## Why is this bad
    /// The Cloud API does not document them: `namespace` identified a template on
    /// On-Premises (the Cloud API matches name + language), and `preview_url` belongs in
    /// the `text` object. BSPs still send `namespace` in their published examples and the
    /// Cloud API's behaviour is undocumented, so walint warns instead of failing the
    /// payload: at best the field is ignored (a top-level `preview_url` never turns the
    /// preview on), at worst a stricter Graph version refuses it with 100. A media
    /// `provider` named the On-Premises media provider; Meta's own Cloud API payments
    /// example (Payments API India, payment links) still puts one in a header image.
    /// The On-Premises API was sunset on 2025-10-23.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"namespace": "c8ae5f90_307a_ca4c_b8f6_d1e2a2573574", "name": "hello_world", "language": {"code": "en_US"}}}
    /// ```
    /// Use instead (leave `namespace` out; put `preview_url` inside `text`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "hello_world", "language": {"code": "en_US"}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    ///   (the template object: name, language, components)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages (`text.preview_url`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/payments/payments-in/pl
    ///   (a header image with `provider`)
    /// - https://developers.facebook.com/docs/whatsapp/on-premises/sunset/
    ///   (On-Premises API sunset)
    pub static RULE = {
        code: "M006",
        name: "on-premises-field",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api",
        meta_error: None,
        until: "2025-10-23",
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.get("template").and_then(|t| t.get("namespace")).is_some() {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("template", "namespace"),
                "`namespace` is an On-Premises field; the Cloud API matches templates by name and language",
            )
            .with_help("leave `namespace` out")
            .at_key(),
        );
    }
    for media in message.media().filter(|media| media.object.contains_key("provider")) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                media.pointer.key("provider"),
                "`provider` is an On-Premises field: the Cloud API fetches the `link` itself",
            )
            .with_help("leave `provider` out")
            .at_key(),
        );
    }
    if message.get("preview_url").is_some() {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("preview_url"),
                "a top-level `preview_url` is an On-Premises habit: the Cloud API reads `text.preview_url`",
            )
            .with_help(if message.type_object("text").is_some() {
                "move it into the `text` object"
            } else {
                "remove it: only a text message has a link preview"
            })
            .at_key(),
        );
    }
}
