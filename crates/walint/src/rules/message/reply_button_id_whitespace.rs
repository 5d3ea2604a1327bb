//! M102 reply-button-id-whitespace

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError};
use crate::ptr;
use crate::rules::value_at;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a reply-button `reply.id` with leading or trailing spaces (safe fix: trim).
    ///
    /// ## Why is this bad
    /// Meta documents the id (at most 256 characters) as having "no leading or trailing
    /// spaces"; ids like `" yes"` are usually a templating slip, and the id is what your
    /// webhook handler matches on. Meta does not document the error code. Trimming keeps the
    /// meaning, so the fix is safe. An id of spaces only has nothing left after trimming: it
    /// is reported without a fix.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Confirm your booking for Friday at 8 pm?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "confirm ", "title": "Confirm"}},
    ///    {"type": "reply", "reply": {"id": "cancel", "title": "Cancel"}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Confirm your booking for Friday at 8 pm?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "confirm", "title": "Confirm"}},
    ///    {"type": "reply", "reply": {"id": "cancel", "title": "Cancel"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (the interactive `action.buttons[].reply` object)
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: `ActionObject`, id maxLength 256)
    pub static RULE = {
        code: "M102",
        name: "reply-button-id-whitespace",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

fn id_of<'v>(button: &'v Value<'v>) -> Option<&'v str> {
    value_at(button, &["reply", "id"]).and_then(Value::as_str)
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("button").and_then(|i| i.get("action")) else {
        return;
    };
    let buttons = items(action, "buttons");
    for (index, button) in buttons.iter().enumerate() {
        let Some(id) = id_of(button) else {
            continue;
        };
        let trimmed = id.trim();
        if trimmed == id {
            continue;
        }
        let pointer = ptr!("interactive", "action", "buttons", index, "reply", "id");
        // Trimming must not make two ids equal (M101): other ids may be trimmed too.
        let clash = buttons
            .iter()
            .enumerate()
            .find(|&(other, b)| other != index && id_of(b).is_some_and(|o| o.trim() == trimmed));
        let diagnostic = if trimmed.is_empty() {
            Diagnostic::new(&RULE, pointer, "reply button id is only whitespace")
                .with_help("give the button a real id")
        } else if let Some((other, _)) = clash {
            Diagnostic::new(
                &RULE,
                pointer,
                format!("reply button id `{id}` has leading or trailing spaces"),
            )
            .with_help(format!(
                "trimmed, it would equal the id of button {other}: give one of them another id"
            ))
        } else {
            Diagnostic::new(
                &RULE,
                pointer,
                format!("reply button id `{id}` has leading or trailing spaces"),
            )
            .with_fix(
                Applicability::Safe,
                "trim the id",
                Value::from(trimmed.to_owned()),
            )
        };
        ctx.report(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use crate::{lint_str, Applicability, Kind, Options};

    #[test]
    fn trims_with_a_safe_fix() {
        let source = r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
            "interactive": {"type": "button", "body": {"text": "Ok?"},
            "action": {"buttons": [{"type": "reply", "reply": {"id": " yes\t", "title": "Yes"}}]}}}"#;
        let report = lint_str(source, Kind::Auto, &Options::default());
        let found = report
            .diagnostics
            .iter()
            .find(|d| d.code == "M102")
            .expect("M102");
        let fix = found.fix.as_ref().expect("fix");
        assert_eq!(fix.applicability, Applicability::Safe);
        let edit = &fix.edits[0];
        assert_eq!(edit.value, serde_json::json!("yes"));
        let (start, end) = (edit.start.expect("start"), edit.end.expect("end"));
        assert_eq!(&source[start..end], "\" yes\\t\"");
    }

    /// Found by tests/properties.rs: trimming `" world "` next to `"world"` made M101.
    #[test]
    fn no_fix_when_trimming_would_duplicate_an_id() {
        let source = r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
            "interactive": {"type": "button", "body": {"text": "Ok?"},
            "action": {"buttons": [{"type": "reply", "reply": {"id": " world ", "title": "A"}},
            {"type": "reply", "reply": {"id": "world", "title": "B"}}]}}}"#;
        let report = lint_str(source, Kind::Auto, &Options::default());
        let found = report
            .diagnostics
            .iter()
            .find(|d| d.code == "M102")
            .expect("M102");
        assert!(found.fix.is_none());
        assert!(found.help.as_deref().unwrap_or("").contains("button 1"));
    }
}
