//! M151 flow-navigate-screen

use super::{flow_parameters, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Checks the `screen` of a `navigate` flow's `flow_action_payload`: an empty one is a warning, a missing one a note.
    ///
    /// Applies when `flow_action` is `"navigate"` or absent (its default) and the message
    /// has a `flow_action_payload`. `data_exchange` flows take no payload and are never
    /// reported here (M132 covers a payload sent with them).
    ///
    /// ## Why is this bad
    /// `screen` names the entry screen the flow opens on. An empty or blank `screen` names
    /// no screen at all (screen ids in the Flow JSON are never empty), so the flow cannot
    /// open where you meant; Meta does not document whether it falls back to the first
    /// screen or refuses the message, hence a warning.
    ///
    /// An empty payload (`{}`) is a warning: Meta answers an empty `data` in the same block
    /// with 131009 "must be of type dynamic_object" (a production log of June 2026), and an
    /// empty payload says nothing a missing one does not.
    ///
    /// A payload without `screen` is only noted (info): Meta's current "Sending a Flow"
    /// page (updated 2026-03-27) makes `flow_action_payload` optional for `navigate` and
    /// gives `screen` the default `FIRST_ENTRY_SCREEN`, and its minimal example sends neither
    /// `flow_action` nor a payload, so walint does not report a flow without a payload.
    /// Older copies of the page said the payload was "Required if flow_action is navigate",
    /// and SDKs such as whatsapp-api-js still require `screen`: naming the screen keeps the
    /// message valid under both readings.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book a table in two minutes."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890",
    ///    "flow_cta": "Book", "flow_action": "navigate",
    ///    "flow_action_payload": {"screen": "", "data": {"name": "Zoë"}}}}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book a table in two minutes."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890",
    ///    "flow_cta": "Book", "flow_action": "navigate",
    ///    "flow_action_payload": {"screen": "BOOKING", "data": {"name": "Zoë"}}}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow
    ///   (interactive message parameters: `flow_action_payload`, `screen` default `FIRST_ENTRY_SCREEN`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/flowjson
    ///   (screen ids and entry screens)
    /// - https://github.com/Secreto31126/whatsapp-api-js (requires `screen` for `navigate`)
    pub static RULE = {
        code: "M151",
        name: "flow-navigate-screen",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(parameters) = flow_parameters(message) else {
        return;
    };
    // `navigate` is the default; any other value (data_exchange, a typo) is not ours.
    match parameters.get("flow_action") {
        None => {}
        Some(action) if action.as_str() == Some("navigate") => {}
        Some(_) => return,
    }
    // No payload at all is documented as valid for `navigate`; a non-object is the schema's.
    let Some(payload) = parameters.get("flow_action_payload").and_then(Value::as_object) else {
        return;
    };
    match payload.get("screen") {
        // An empty payload: Meta refuses empty dynamic objects in this block (`data`, 131009).
        None if payload.is_empty() => ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_action_payload"),
                "`flow_action_payload` is empty",
            )
            .with_severity(Severity::Warning)
            .with_help("leave it out (the flow opens on its first entry screen), or name the `screen`")
            .at_key(),
        ),
        None => ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_action_payload"),
                "`flow_action_payload` has no `screen`: the flow opens on its first entry screen",
            )
            .with_severity(Severity::Info)
            .with_help(
                "name the entry screen (`\"screen\": \"<SCREEN_ID>\"`): older Meta pages and SDKs require it",
            )
            .at_key(),
        ),
        Some(Value::String(screen)) if screen.trim().is_empty() => ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_action_payload", "screen"),
                "`screen` is empty: it names no screen of the flow",
            )
            .with_help(
                "give the `id` of an entry screen of the Flow JSON, or leave `screen` out to open the first one",
            ),
        ),
        // Other types are the schema's (S002).
        Some(_) => {}
    }
}
