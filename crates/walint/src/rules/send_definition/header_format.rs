//! X003 send-header-format

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::rules::template::parts::upper;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template send's header parameter that does not match the definition's header format, carousel card headers included.
    ///
    /// The message follows Meta's words: `header: Format mismatch, expected IMAGE, received
    /// UNKNOWN` (no media parameter sent) or `… received VIDEO` (another type).
    ///
    /// ## Why is this bad
    /// Meta answers 132012 "Parameter format does not match format in the created template": a
    /// media header needs its `image`, `video`, `document` or `location` parameter at every send,
    /// not only when the template was created
    /// (https://github.com/netflie/laravel-notification-whatsapp/issues/36,
    /// https://github.com/shridarpatil/whatomate/issues/223,
    /// https://github.com/chatwoot/chatwoot/issues/15622). The rule needs the template
    /// definitions (`walint lint --templates`).
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "order_shipped", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "components": [{"type": "HEADER", "format": "IMAGE"},
    ///   {"type": "BODY", "text": "Hi {{1}}, your order has shipped.", "example": {"body_text": [["Mark"]]}}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "image", "image": {"link": "https://example.com/parcel.png"}}]},
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    /// - https://github.com/netflie/laravel-notification-whatsapp/issues/36
    pub static RULE = {
        code: "X003",
        name: "send-header-format",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes",
        meta_error: Some(MetaError::PARAM_FORMAT),
    }
}

const MEDIA: &[&str] = &["IMAGE", "VIDEO", "DOCUMENT", "GIF", "LOCATION", "PRODUCT"];

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    for scope in &pairing.scopes {
        let Some(header) = scope.def_component("HEADER") else {
            continue;
        };
        let Some(format) = upper(header.value.get("format")) else {
            continue;
        };
        let sent = scope.send_component("header");
        let first = sent.and_then(|c| c.parameters().into_iter().next());
        let received = first
            .as_ref()
            .and_then(|(_, p)| p.get("type").and_then(Value::as_str))
            .map(str::to_ascii_uppercase);
        let mismatch = if MEDIA.contains(&format.as_str()) {
            received.as_deref() != Some(format.as_str())
        } else if format == "TEXT" {
            received.as_deref().is_some_and(|r| r != "TEXT")
        } else {
            false
        };
        if !mismatch {
            continue;
        }
        let received = received.unwrap_or_else(|| "UNKNOWN".to_owned());
        let at = match (&first, sent) {
            (Some((at, _)), _) => at.key("type"),
            (None, Some(component)) => component.parameters_pointer(),
            (None, None) => scope.at,
        };
        let help = if MEDIA.contains(&format.as_str()) {
            let lower = format.to_ascii_lowercase();
            if lower == "location" {
                "send `{\"type\": \"header\", \"parameters\": [{\"type\": \"location\", \"location\": {\"latitude\": …, \"longitude\": …}}]}`".to_owned()
            } else {
                format!("send `{{\"type\": \"header\", \"parameters\": [{{\"type\": \"{lower}\", \"{lower}\": {{\"link\": \"https://…\"}}}}]}}`")
            }
        } else {
            "a text header takes `text` parameters".to_owned()
        };
        ctx.report(
            Diagnostic::new(
                &RULE,
                at,
                format!(
                    "{}: Format mismatch, expected {format}, received {received}",
                    scope.name("header")
                ),
            )
            .with_help(help),
        );
    }
}
