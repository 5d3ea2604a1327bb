use serde_json::Value;

use super::message_type;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::window::{self, WindowState};

declare_rule! {
    /// ## What it does
    /// When the caller says when the customer last wrote (`last_inbound`, CLI
    /// `--last-inbound`), reports a free-form message (text, media, location, contacts,
    /// reaction, any interactive message) sent 24 hours or more after it. Templates pass.
    /// Without `last_inbound` the rule does nothing: a payload alone cannot tell.
    ///
    /// ## Why is this bad
    /// Free-form messages can only be sent within 24 hours of the customer's last message
    /// (the customer service window); outside it Meta refuses them with 131047
    /// "Re-engagement message". Only an approved template can reopen the conversation.
    ///
    /// ## Example
    /// `walint lint --last-inbound 2026-05-01T09:00:00Z --now 2026-05-02T10:00:00Z reply.json`
    /// with a `"type": "text"` message: the window closed an hour before.
    ///
    /// ## References
    /// rules.md `csw.free-form`, `csw.interactive-only`, `csw.template-anytime`, err.131047;
    /// DOC:/templates/overview; ERRTABLE.
    pub static RULE = {
        code: "M090",
        name: "outside-service-window",
        severity: Error,
        source: "DOC:/templates/overview",
        meta_error: Some(MetaError::REENGAGEMENT),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(last_inbound) = ctx.options.last_inbound else {
        return;
    };
    let Some(now) = ctx.options.now.or_else(current_unix_time) else {
        return;
    };
    if !window::requires_window(message) {
        return;
    }
    let kind = message_type(message).unwrap_or("free-form");
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
