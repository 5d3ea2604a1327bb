//! M165 flow-id-not-numeric

use super::{flow_parameters, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a flow message whose `flow_id` is not a number: a Flow's name given where its ID goes.
    ///
    /// ## Why is this bad
    /// `flow_id` is the "unique ID of the Flow provided by WhatsApp", the number Meta gives a
    /// Flow when it is created (`"flow_id": "1234567890"`); a Flow is addressed by name with
    /// `flow_name` instead. A name in `flow_id` matches no Flow, and the send fails (projects
    /// record fixing exactly this after failed sends; Meta documents no error code for it, the
    /// generic one is 131009). Placeholders (`<FLOW_ID>`, `FLOW_ID_1`) are left alone. As Meta's page reads in
    /// November 2026.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive", "interactive": {
    ///  "type": "flow", "body": {"text": "Tell us about yourself"},
    ///  "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_token": "onboarding-42",
    ///   "flow_id": "trainer_onboarding_flow", "flow_cta": "Start"}}}}
    /// ```
    /// Use instead: the Flow's name in `flow_name` (or its numeric ID in `flow_id`).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive", "interactive": {
    ///  "type": "flow", "body": {"text": "Tell us about yourself"},
    ///  "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_token": "onboarding-42",
    ///   "flow_name": "trainer_onboarding_flow", "flow_cta": "Start"}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow
    pub static RULE = {
        code: "M165",
        name: "flow-id-not-numeric",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(id) = flow_parameters(message).and_then(|parameters| parameters.get("flow_id")).and_then(Value::as_str) else {
        return;
    };
    // Capitals without a small letter (`FLOW_ID_101`, `TU_FLOW_ID`) are a sample's
    // placeholder, not a name: left alone, as G001's shapes are.
    let placeholder = is_placeholder(id) || !id.bytes().any(|b| b.is_ascii_lowercase());
    if id.is_empty() || id.bytes().all(|b| b.is_ascii_digit()) || placeholder {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            ptr!("interactive", "action", "parameters", "flow_id"),
            format!("`flow_id` is \"{id}\", not a Flow ID (the number Meta gives a Flow)"),
        )
        .with_help("give the Flow's name in `flow_name` instead, or its numeric ID in `flow_id`")
        .at_key(),
    );
}
