//! W023 template-not-sendable

use super::{child, Notification, TEMPLATE_REASONS};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template status update that makes the template unusable for sends.
    ///
    /// The events are `REJECTED`, `PENDING`, `PAUSED`, `DISABLED`, `IN_APPEAL`, `ARCHIVED`,
    /// `DELETED` and `PENDING_DELETION`; the report explains the reason and gives the error a
    /// send would get.
    ///
    /// ## Why is this bad
    /// Only `APPROVED` templates can be sent. Sends of this template now fail with 132001
    /// (template does not exist in that language or is not approved), 132015 (template is
    /// paused) or 132016 (template is disabled): switch the senders to another template before
    /// they hit the error.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "PAUSED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "spring_sale", "message_template_language": "en_US",
    ///     "reason": null,
    ///     "other_info": {"title": "FIRST_PAUSE",
    ///       "description": "Your template has been paused for 3 hours because of low quality."}}}]}]}
    /// ```
    /// Use instead: send another approved template until this one is approved again; the
    /// update that makes it sendable again reads:
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1750000000,
    ///   "changes": [{"field": "message_template_status_update",
    ///   "value": {
    ///     "event": "APPROVED", "message_template_id": 1003387774839585,
    ///     "message_template_name": "spring_sale", "message_template_language": "en_US",
    ///     "reason": "NONE"}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview (only approved templates can be sent)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (132001, 132015, 132016)
    pub static RULE = {
        code: "W023",
        name: "template-not-sendable",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, value) in webhook.template_status_updates() {
        let Some(event) = value.get("event").and_then(Value::as_str) else {
            continue;
        };
        let meta_error = match event {
            "PAUSED" => MetaError::TEMPLATE_PAUSED,
            "DISABLED" => MetaError::TEMPLATE_DISABLED,
            "REJECTED" | "PENDING" | "IN_APPEAL" | "ARCHIVED" | "DELETED" | "PENDING_DELETION" => {
                MetaError::TEMPLATE_MISSING
            }
            _ => continue,
        };
        let name = value.get("message_template_name").and_then(Value::as_str);
        let language = value.get("message_template_language").and_then(Value::as_str);
        let template = match (name, language) {
            (Some(name), Some(language)) => format!("`{name}` ({language})"),
            (Some(name), None) => format!("`{name}`"),
            _ if value.get("message_template_name").is_some() => "a template (its name is no string)".to_owned(),
            _ => "a template (its name is missing)".to_owned(),
        };
        let reason = value.get("reason").and_then(Value::as_str);
        let why = reason
            .and_then(|reason| TEMPLATE_REASONS.iter().find(|(known, _)| *known == reason))
            .filter(|(known, _)| *known != "NONE")
            .map_or(String::new(), |(known, meaning)| format!(" ({known}: {meaning})"));
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&pointer, "event"),
                format!(
                    "{template} is {event}{why}: sends of it fail with {}",
                    meta_error.code
                ),
            )
            .with_meta_error(meta_error)
            .with_help(match event {
                "REJECTED" => "fix what `reason` names, then edit the template to resubmit it, or appeal",
                "PAUSED" => "send another template until the pause ends (see `other_info`)",
                "DISABLED" => "create a new template",
                _ => "send another approved template until this one is approved",
            }),
        );
    }
}
