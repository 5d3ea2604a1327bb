//! Documents Meta produces — webhook notifications and templates as `GET /message_templates`
//! returns them — are read, not judged.
//!
//! Meta wrote them, so a variant Meta sent (a new field, a legacy value, an old template
//! without examples) is never an error. The schemas still describe what Meta documents, and
//! a departure from it is worth knowing in a hand-written fixture, so findings are kept with
//! a capped severity:
//!
//! - an error only where the document cannot be processed: not JSON, nested too deep, or a
//!   member a handler needs is missing or of the wrong type (webhooks: `entry`, `changes`,
//!   `field`, `value`, a status's `id` and `status`, a message's `id`). A message's `type` is
//!   not among them: Meta's own contacts example (its webhook payload examples page) leaves it
//!   out, and the type object tells it. Nor is `object` (a warning when missing): BSPs that
//!   forward notifications (Gupshup to Glific) and replay fixtures (Odoo's) leave it out, and
//!   the handlers written for them do not read it; nor is a change's `field` (a warning when
//!   missing): handlers that dispatch on the value's content (Rails, Frappe and Django
//!   projects' fixtures, probe of December 2026) leave it out;
//! - unknown fields and values outside a known vocabulary: `info` (Meta adds both);
//! - an inbound message without the object its `type` names, when the notification carries
//!   `errors` (of the message or of the change): `info`. Meta sends these when it could not
//!   process the message, e.g. an interactive message sent again when WhatsApp Web reconnects
//!   (seen in pywa's fixtures, 2023);
//! - anything else (a missing documented member, a wrong type elsewhere): at most a warning.
//!
//! A template read from a GET response is held to none of the create-time rules: every
//! finding is at most `info`, except formatting findings (how WhatsApp renders the approved
//! text), which keep their severity.
//!
//! A returned template's findings carry no fix and no Meta error: editing Meta's answer changes
//! nothing at Meta (an approved template is edited through `POST /{template-id}`). A webhook
//! fixture's findings keep their fixes: its author wrote it, and may have written it wrong
//! (milliseconds for seconds). Its structural findings name no Meta error: Meta sends a
//! webhook, it never answers one with an error.

use crate::diagnostic::{Diagnostic, Severity};
use crate::pointer;
use crate::schema::{NOT_ALLOWED_VALUE, REQUIRED, UNKNOWN_FIELD, WRONG_TYPE};
use crate::value::Value;

/// Caps the severities of the findings of the webhook notification `body` (see the module
/// docs).
pub fn read_webhook(diagnostics: &mut [Diagnostic], body: &Value) {
    for diagnostic in diagnostics {
        diagnostic.severity = if is_unprocessed_message_part(diagnostic, body) {
            diagnostic.severity.min(Severity::Info)
        } else {
            webhook_severity(diagnostic)
        };
    }
}

/// Whether `diagnostic` says a message lacks the object its `type` names, in a notification
/// that carries `errors` for it (Meta could not process the message).
fn is_unprocessed_message_part(diagnostic: &Diagnostic, body: &Value) -> bool {
    if diagnostic.code != REQUIRED.code {
        return false;
    }
    let parts: Vec<String> = pointer::split(&diagnostic.pointer).collect();
    let [entry, e, changes, c, value, messages, m, member] = parts.as_slice() else {
        return false;
    };
    if [entry, changes, value, messages].map(String::as_str) != ["entry", "changes", "value", "messages"] {
        return false;
    }
    let change_value = body.pointer(&format!("/entry/{e}/changes/{c}/value"));
    let message = change_value.and_then(|v| v.pointer(&format!("/messages/{m}")));
    let names_member = message.and_then(|m| m.get("type")).and_then(Value::as_str) == Some(member.as_str());
    let has_errors = |holder: Option<&Value>| holder.is_some_and(|h| h.get("errors").is_some());
    names_member && (has_errors(message) || has_errors(change_value))
}

/// Caps the severities of the findings of a template that Meta returned (see the module docs).
pub fn read_template(diagnostics: &mut [Diagnostic]) {
    for diagnostic in diagnostics {
        diagnostic.fix = None;
        diagnostic.meta_error = None;
        if !diagnostic.code.starts_with(['J', 'F']) {
            diagnostic.severity = diagnostic.severity.min(Severity::Info);
        }
    }
}

/// Whether a template object is one Meta returned: an entry of a GET response's `data`
/// list (`in_list`), or a single template carrying a member only a listing adds: the review
/// `status` (`APPROVED`, `REJECTED`…; trimmed copies keep it and drop the `id`; BSP listings
/// such as 360dialog's write it in lower case), `rejected_reason` or `quality_score`.
pub fn is_returned_template(template: &crate::value::Value<'_>, in_list: bool) -> bool {
    if in_list {
        return true;
    }
    let review_status = template
        .get("status")
        .and_then(Value::as_str)
        .is_some_and(|status| {
            !status.is_empty() && status.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_')
        });
    review_status
        || ["rejected_reason", "quality_score"]
            .iter()
            .any(|key| template.get(key).is_some())
}

fn webhook_severity(diagnostic: &Diagnostic) -> Severity {
    let code = diagnostic.code;
    if code.starts_with('J') {
        return diagnostic.severity;
    }
    // A change without `field` (fixtures of handlers that dispatch on the value's content,
    // as Rails, Frappe and Django ones do) is a warning, as a notification without `object` is.
    let missing_field = code == REQUIRED.code && diagnostic.pointer.ends_with("/field");
    if (code == REQUIRED.code || code == WRONG_TYPE.code)
        && handler_needs(&diagnostic.pointer)
        && !missing_field
    {
        Severity::Error
    } else if code == NOT_ALLOWED_VALUE.code || code == UNKNOWN_FIELD.code {
        diagnostic.severity.min(Severity::Info)
    } else {
        diagnostic.severity.min(Severity::Warning)
    }
}

/// Members without which a webhook handler cannot process the notification.
fn handler_needs(at: &str) -> bool {
    let parts: Vec<String> = pointer::split(at).collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let index = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        ["entry"] => true,
        ["entry", e, "changes"] => index(e),
        ["entry", e, "changes", c, "field" | "value"] => index(e) && index(c),
        ["entry", e, "changes", c, "value", "statuses", s, "id" | "status"]
        | ["entry", e, "changes", c, "value", "messages", s, "id"] => index(e) && index(c) && index(s),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(code: &'static str, pointer: &str) -> Diagnostic {
        let rule = crate::registry::find(code).expect("known code");
        Diagnostic::new(rule, pointer.to_owned(), "x".to_owned())
    }

    #[test]
    fn only_what_a_handler_needs_stays_an_error_in_a_webhook() {
        let mut found = vec![
            finding("S001", "/entry"),
            finding("S001", "/entry/0/changes/0/value/statuses/0/id"),
            finding("S002", "/entry/0/changes"),
            finding("S001", "/entry/0/changes/0/value/statuses/0/recipient_id"),
            finding("S003", "/entry/0/changes/0/value/statuses/0/status"),
            finding("S004", "/entry/0/changes/0/value/messages/0/text/body"),
            finding("J002", "/entry/0/id"),
            finding("S001", "/entry/0/changes/0/value/messages/0/id"),
            finding("S001", "/entry/0/changes/0/value/messages/0/type"),
            finding("S001", "/object"),
        ];
        read_webhook(&mut found, &Value::Null);
        let severities: Vec<&str> = found.iter().map(|d| d.severity.as_str()).collect();
        assert_eq!(
            severities,
            [
                "error", "error", "error", "warning", "info", "warning", "warning", "error", "warning",
                "warning"
            ]
        );
    }

    #[test]
    fn a_message_meta_could_not_process_may_lack_its_type_object() {
        let body = crate::value::json!({"entry": [{"changes": [{"value": {
            "messages": [{"id": "wamid.1", "type": "interactive"}, {"id": "wamid.2", "type": "text"}],
            "errors": [{"code": 131000}]}}]}]});
        let mut found = vec![
            finding("S001", "/entry/0/changes/0/value/messages/0/interactive"),
            finding("S001", "/entry/0/changes/0/value/messages/1/interactive"),
        ];
        read_webhook(&mut found, &body);
        assert_eq!(found[0].severity, Severity::Info, "the object its type names");
        assert_eq!(
            found[1].severity,
            Severity::Warning,
            "not the object its type names"
        );
        let without_errors = crate::value::json!({"entry": [{"changes": [{"value": {
            "messages": [{"id": "wamid.1", "type": "interactive"}]}}]}]});
        let mut found = vec![finding("S001", "/entry/0/changes/0/value/messages/0/interactive")];
        read_webhook(&mut found, &without_errors);
        assert_eq!(found[0].severity, Severity::Warning);
    }

    #[test]
    fn a_returned_template_keeps_only_formatting_findings_above_info() {
        let mut found = vec![
            finding("T020", "/data/0/components/0"),
            finding("F001", "/data/0/components/0/text"),
        ];
        found[0].meta_error = Some(crate::rule::MetaError::INVALID_PARAMETER);
        read_template(&mut found);
        assert_eq!(found[0].severity, Severity::Info);
        assert_eq!(found[1].severity, Severity::Warning);
        assert!(
            found.iter().all(|d| d.meta_error.is_none()),
            "Meta answers a GET with no error"
        );
    }

    #[test]
    fn a_template_with_a_review_status_is_one_meta_returned() {
        let returned = crate::value::json!({"id": "1", "status": "APPROVED", "name": "a"});
        let trimmed = crate::value::json!({"status": "APPROVED", "name": "a"});
        let created = crate::value::json!({"name": "a", "components": []});
        let bsp_listing = crate::value::json!({"status": "approved", "name": "a"});
        let rejected = crate::value::json!({"rejected_reason": "", "name": "a"});
        assert!(is_returned_template(&bsp_listing, false));
        assert!(is_returned_template(&rejected, false));
        assert!(!is_returned_template(
            &crate::value::json!({"status": "", "name": "a"}),
            false
        ));
        assert!(is_returned_template(&returned, false));
        assert!(is_returned_template(&trimmed, false));
        assert!(!is_returned_template(&created, false));
        assert!(is_returned_template(&created, true));
    }
}
