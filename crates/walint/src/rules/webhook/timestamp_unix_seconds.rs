//! W001 timestamp-unix-seconds

use super::{child, objects, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::pointer::Path;
use crate::timeline::implausible_seconds;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Checks that webhook timestamps are Unix seconds: digits, in a plausible range.
    ///
    /// The timestamps checked are `statuses[].timestamp`,
    /// `statuses[].conversation.expiration_timestamp` and `messages[].timestamp` (strings of
    /// digits), `entry[].time` (an integer), and the `timestamp` of the items of
    /// `message_echoes`, `calls` (and a calls change's `statuses`), `user_preferences`,
    /// `automatic_events`, the four group fields' `groups` and `history` (with its threads'
    /// messages), strings or integers. Text that is not digits, and digits outside
    /// 2001..2286 (typically milliseconds), are warnings: Meta never sends them, so the fixture,
    /// not Meta, is wrong, and a webhook is a document Meta produces (read, not judged: never an
    /// error).
    ///
    /// ## Why is this bad
    /// Meta documents every status as carrying `id`, `status`, `timestamp` (a string of Unix
    /// seconds) and `recipient_id`. Statuses arrive out of order and duplicated (Meta retries a
    /// failed delivery for up to 7 days): the timestamp is the only thing that orders them. A
    /// fixture with ISO dates or milliseconds exercises code paths that real webhooks never
    /// reach, and a handler that parses them accepts data Meta never sends.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1750000000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    /// Use instead (`1750000000000` is milliseconds; Meta sends seconds):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/overview (webhook delivery failure: retries for up to 7 days)
    /// - https://github.com/facebook/openapi (Meta's OpenAPI spec: the `Statuses` schema requires
    ///   `id`, `status`, `timestamp` and `recipient_id`)
    pub static RULE = {
        code: "W001",
        name: "timestamp-unix-seconds",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    let body = webhook.body;
    for (pointer, status) in webhook.statuses() {
        check_text(ctx, &child(pointer, "timestamp"), status.get("timestamp"));
        let conversation = status.get("conversation");
        let expiration = conversation.and_then(|c| c.get("expiration_timestamp"));
        let conversation_pointer = child(pointer, "conversation");
        check_text(
            ctx,
            &child(&conversation_pointer, "expiration_timestamp"),
            expiration,
        );
    }
    for (pointer, message) in webhook.items_of("messages") {
        check_text(ctx, &child(pointer, "timestamp"), message.get("timestamp"));
    }
    for (field, key) in LISTS_OF_OTHER_FIELDS {
        for change in webhook.changes_of(field) {
            let list_pointer = child(&child(&change.pointer, "value"), key);
            for (index, item) in objects(change.value.get(key)) {
                let item_pointer = list_pointer.index(index);
                check_any(ctx, &item_pointer.key("timestamp"), item.get("timestamp"));
                // A history chunk holds threads of messages.
                for (t, thread) in objects(item.get("threads")) {
                    let thread_pointer = item_pointer.key("threads").index(t);
                    for (m, message) in objects(thread.get("messages")) {
                        let pointer = thread_pointer.key("messages").index(m).key("timestamp");
                        check_any(ctx, &pointer, message.get("timestamp"));
                    }
                }
            }
        }
    }
    let entries = body.get("entry").and_then(Value::as_array);
    for (index, entry) in entries.into_iter().flatten().enumerate() {
        if let Some(seconds) = entry.get("time").and_then(Value::as_i64) {
            check_range(
                ctx,
                &Path::ROOT.key("entry").index(index).key("time"),
                seconds,
                false,
            );
        }
    }
}

/// The lists of other webhook fields whose items carry a `timestamp` (Meta's references of
/// those fields: a string of digits in most, an integer in some examples).
const LISTS_OF_OTHER_FIELDS: [(&str, &str); 10] = [
    ("smb_message_echoes", "message_echoes"),
    ("calls", "calls"),
    ("calls", "statuses"),
    ("user_preferences", "user_preferences"),
    ("history", "history"),
    ("automatic_events", "automatic_events"),
    ("group_lifecycle_update", "groups"),
    ("group_participants_update", "groups"),
    ("group_settings_update", "groups"),
    ("group_status_update", "groups"),
];

/// A timestamp Meta writes as a string of digits or as an integer.
fn check_any(ctx: &mut Ctx<'_>, pointer: &Path<'_>, value: Option<&Value>) {
    match value {
        Some(Value::String(_)) => check_text(ctx, pointer, value),
        Some(number) => {
            if let Some(seconds) = number.as_i64() {
                check_range(ctx, pointer, seconds, false);
            }
        }
        None => {}
    }
}

/// A string timestamp. Non-strings are left to the schema (S002).
fn check_text(ctx: &mut Ctx<'_>, pointer: &Path<'_>, value: Option<&Value>) {
    let Some(text) = value.and_then(Value::as_str) else {
        return;
    };
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                pointer,
                format!(
                    "timestamp {} is not Unix seconds: Meta sends a string of digits",
                    crate::diagnostic::quoted(text)
                ),
            )
            .with_help("use the number of seconds since 1970-01-01 UTC as a string, e.g. \"1750000000\""),
        );
        return;
    }
    // Digits only: the parse fails only on overflow, which is "too large" anyway.
    let seconds = text.parse::<i64>().unwrap_or(i64::MAX);
    check_range(ctx, pointer, seconds, true);
}

fn check_range(ctx: &mut Ctx<'_>, pointer: &Path<'_>, seconds: i64, as_string: bool) {
    let Some(hint) = implausible_seconds(seconds) else {
        return;
    };
    let mut diagnostic = Diagnostic::new(
        &RULE,
        pointer,
        format!("timestamp {seconds} is not plausible Unix seconds ({hint})"),
    )
    .with_severity(Severity::Warning);
    let in_seconds = seconds / 1000;
    if implausible_seconds(in_seconds).is_none() {
        let fixed = if as_string {
            Value::from(in_seconds.to_string())
        } else {
            Value::from(in_seconds)
        };
        diagnostic = diagnostic.with_fix(
            Applicability::Unsafe,
            "divide by 1000 (milliseconds to seconds)",
            fixed,
        );
    } else {
        diagnostic = diagnostic.with_help("Meta sends seconds since 1970-01-01 UTC, e.g. \"1750000000\"");
    }
    ctx.report(diagnostic);
}
