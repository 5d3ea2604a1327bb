//! W012 inbound-type-unknown

use super::{child, Notification};
use crate::api_version::ApiVersion;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Notes an inbound message of `type: "unknown"` when the configured API version is v25.0 or newer.
    ///
    /// ## Why is this bad
    /// It is not wrong: Meta sent it, and versions before v25.0 still do. From v25.0 Meta
    /// sends `type: "unsupported"` with `unsupported.type` naming the content (a poll, a
    /// view-once photo, …), so a handler that only knows `unknown` silently drops those
    /// messages after an upgrade. Set `api_version` to the version your webhook is
    /// subscribed with: below v25.0 this note is not given.
    ///
    /// ## Example
    /// ```json options
    /// {"apiVersion": "v25.0"}
    /// ```
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
    ///     "messages": [{"from": "16505551234", "id": "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUE3",
    ///       "timestamp": "1750000000", "type": "unknown",
    ///       "errors": [{"code": 131051, "title": "Message type unknown", "message": "Message type unknown",
    ///         "error_data": {"details": "Message type is currently not supported."}}]}]}}]}]}
    /// ```
    /// Use instead (the v25.0 shape, which the handler must read too):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "contacts": [{"profile": {"name": "Sheena Nelson"}, "wa_id": "16505551234"}],
    ///     "messages": [{"from": "16505551234", "id": "wamid.HBgLMTY1MDU1NTEyMzQVAgASGBQzQUE3",
    ///       "timestamp": "1750000000", "type": "unsupported", "unsupported": {"type": "poll_creation"},
    ///       "errors": [{"code": 131051, "title": "Message type unknown", "message": "Message type unknown",
    ///         "error_data": {"details": "Message type is currently not supported."}}]}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/unsupported
    pub static RULE = {
        code: "W012",
        name: "inbound-type-unknown",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/unsupported",
        meta_error: None,
        since: "v25.0",
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    if ctx.options.api_version < ApiVersion::V25 {
        return;
    }
    for (pointer, message) in webhook.items_of("messages") {
        if message.get("type").and_then(Value::as_str) != Some("unknown") {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(pointer, "type"),
                "`type: \"unknown\"` is what versions before v25.0 send; v25.0 sends `unsupported` with `unsupported.type`",
            )
            .with_help("handle `unsupported` too, or set api_version to the version your webhook uses"),
        );
    }
}
