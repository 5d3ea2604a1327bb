//! W023 template-not-sendable

use serde_json::Value;

use super::{child, template_status_updates, TEMPLATE_REASONS};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a template status update that makes the template unusable for sends.
    ///
    /// Reports a template status update that leaves the template unusable for sends
    /// (`REJECTED`, `PENDING`, `PAUSED`, `DISABLED`, `IN_APPEAL`, `ARCHIVED`, `DELETED`,
    /// `PENDING_DELETION`), with the reason explained and the error a send would get.
    ///
    /// ## Why is this bad
    /// Only `APPROVED` templates can be sent. Sends of this template now fail with 132001
    /// (does not exist or not approved), 132015 (paused) or 132016 (disabled): switch the
    /// senders to another template before they hit the error.
    ///
    /// ## Example
    /// ```json
    /// "value": {"event": "PAUSED", "message_template_name": "spring_sale", ...,
    ///           "other_info": {"title": "FIRST_PAUSE", "description": "..."}}
    /// ```
    ///
    /// ## References
    /// rules.md `tstatus.values`, `tstatus.reasons`, err.132001, err.132015, err.132016;
    /// DOC:/webhooks/reference/message_template_status_update; DOC:/templates/overview.
    pub static RULE = {
        code: "W023",
        name: "template-not-sendable",
        severity: Info,
        source: "DOC:/webhooks/reference/message_template_status_update",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, value) in template_status_updates(body) {
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
        let name = value
            .get("message_template_name")
            .and_then(Value::as_str)
            .unwrap_or("the template");
        let language = value
            .get("message_template_language")
            .and_then(Value::as_str)
            .unwrap_or("?");
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
                    "`{name}` ({language}) is {event}{why}: sends of it fail with {}",
                    meta_error.code
                ),
            )
            .with_meta_error(meta_error)
            .with_help("send another approved template until this one is approved again"),
        );
    }
}
