//! M090 outside-service-window


use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::window::{self, WindowState};

declare_rule! {
    /// ## What it does
    /// Flags a free-form message sent 24 hours or more after the customer's last message.
    ///
    /// When the caller says when the customer last wrote (`last_inbound`, CLI
    /// `--last-inbound`, Unix seconds or RFC 3339), reports a free-form message (text, media,
    /// location, contacts, reaction, any interactive message) sent 24 hours or more after it;
    /// the send time is `now` (CLI `--now`), or the system clock. Templates pass. Without
    /// `last_inbound` the rule does nothing: a payload alone cannot tell. A last inbound time
    /// after the send time is reported as a warning.
    ///
    /// ## Why is this bad
    /// Free-form messages can only be sent within 24 hours of the customer's last message
    /// (the customer service window); outside it Meta refuses them with 131047
    /// "Re-engagement message" ("More than 24 hours have passed since the recipient last
    /// replied to the sender number", HTTP 400). Interactive flow and product messages need
    /// the open window too. Template messages are the only type of message that can be sent
    /// outside the window, so only an approved template can reopen the conversation.
    ///
    /// ## Example
    /// ```json options
    /// {"last_inbound": 1750000000, "now": 1750100000}
    /// ```
    /// A text message sent 27 hours 46 minutes after the customer last wrote:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Your table is ready."}}
    /// ```
    /// Use instead (an approved template):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "table_ready", "language": {"code": "en_US"}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131047 "Re-engagement message")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing (the customer service window)
    pub static RULE = {
        code: "M090",
        name: "outside-service-window",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: Some(MetaError::REENGAGEMENT),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(last_inbound) = ctx.options.last_inbound else {
        return;
    };
    let Some(now) = ctx.options.now.or_else(current_unix_time) else {
        return;
    };
    if !window::requires_window(message) {
        return;
    }
    let kind = message.kind().unwrap_or("free-form");
    let pointer = if message.get("type").is_some() {
        "/type"
    } else {
        ""
    };
    match window::state(last_inbound, now) {
        WindowState::Open { .. } => {}
        state @ WindowState::Closed { .. } => ctx.report(
            Diagnostic::new(
                &RULE,
                pointer,
                format!("`{kind}` message outside the 24-hour customer service window: {state}"),
            )
            .with_help("send an approved template instead, or wait until the customer writes again"),
        ),
        state @ WindowState::InboundInFuture { .. } => ctx.report(
            Diagnostic::new(&RULE, pointer, format!("customer service window {state}"))
                .with_severity(Severity::Warning)
                .with_meta_error(MetaError::REENGAGEMENT)
                .with_help("pass the last inbound time and the send time as Unix seconds or RFC 3339"),
        ),
    }
}

/// The system clock, where the core may read one. On WASM there is none to read (the
/// JavaScript caller passes `now`), so the rule stays silent rather than guess.
#[cfg(not(target_arch = "wasm32"))]
fn current_unix_time() -> Option<i64> {
    let elapsed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?;
    i64::try_from(elapsed.as_secs()).ok()
}

#[cfg(target_arch = "wasm32")]
fn current_unix_time() -> Option<i64> {
    None
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::{lint_value, Kind, Options, Severity};

    const T0: i64 = 1_777_626_000;

    fn m090(
        message: serde_json::Value,
        last_inbound: Option<i64>,
        now: Option<i64>,
    ) -> Vec<(Severity, String)> {
        let options = Options {
            last_inbound,
            now,
            ..Options::default()
        };
        lint_value(&message, Kind::Message, &options)
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "M090")
            .map(|d| (d.severity, d.pointer))
            .collect()
    }

    #[test]
    fn silent_without_last_inbound() {
        let text = json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "hi"}});
        assert!(m090(text, None, Some(T0 + 30 * 86_400)).is_empty());
    }

    #[test]
    fn untyped_message_is_text_and_reported_on_the_document() {
        let text = json!({"messaging_product": "whatsapp", "to": "+16505551234", "text": {"body": "hi"}});
        assert_eq!(
            m090(text, Some(T0), Some(T0 + 86_400)),
            [(Severity::Error, String::new())]
        );
    }

    #[test]
    fn inbound_in_the_future_is_a_warning() {
        let text = json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "hi"}});
        assert_eq!(
            m090(text, Some(T0 * 1000), Some(T0)),
            [(Severity::Warning, "/type".to_owned())]
        );
    }

    #[test]
    fn read_receipts_and_templates_never_need_the_window() {
        let read = json!({"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.X"});
        assert!(m090(read, Some(T0), Some(T0 + 90 * 86_400)).is_empty());
        let template = json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "template",
            "template": {"name": "hello_world", "language": {"code": "en_US"}}});
        assert!(m090(template, Some(T0), Some(T0 + 90 * 86_400)).is_empty());
    }

    #[test]
    fn uses_the_clock_when_now_is_unset() {
        // A last message in 2001 is long outside the window today.
        let text = json!({"messaging_product": "whatsapp", "to": "+16505551234", "type": "text", "text": {"body": "hi"}});
        assert_eq!(m090(text, Some(1_000_000_000), None).len(), 1);
    }
}
