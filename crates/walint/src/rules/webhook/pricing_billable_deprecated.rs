//! W011 pricing-billable-deprecated

use super::{child, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports `pricing.billable` in a status notification, a field Meta marks "to be deprecated".
    ///
    /// One finding per webhook body, at the first status that has it: Meta puts it on every
    /// status, and what to do is the same. A status without `pricing.type` (conversation-based
    /// pricing, before 2025-07-01) is not reported: it has nothing else to read.
    ///
    /// ## Why is this bad
    /// Meta's status reference lists `billable` as "to be deprecated". Code that decides whether
    /// a message was charged from `billable` breaks when the field goes away. `pricing.type`
    /// says it instead: `regular` is charged, `free_customer_service` and `free_entry_point`
    /// are not.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1760000000", "recipient_id": "16505551234",
    ///        "pricing": {"billable": true, "pricing_model": "PMP", "type": "regular",
    ///          "category": "marketing"}}]}}]}]}
    /// ```
    /// Use instead (read `pricing.type`; a fixture without `billable` keeps handlers off it):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1760000000", "recipient_id": "16505551234",
    ///        "pricing": {"pricing_model": "PMP", "type": "regular", "category": "marketing"}}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status (`pricing.billable`: to be deprecated)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/pricing
    pub static RULE = {
        code: "W011",
        name: "pricing-billable-deprecated",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    // Meta puts it on every status: one finding per body says it (the first one), not dozens.
    let mut with_billable = webhook.statuses().iter().filter(|(_, status)| {
        status
            .get("pricing")
            .and_then(Value::as_object)
            // Before per-message pricing (2025-07-01) there was no `pricing.type` to read
            // instead: a CBP status keeps its `billable`.
            .is_some_and(|pricing| pricing.contains_key("billable") && pricing.contains_key("type"))
    });
    let Some((pointer, _)) = with_billable.next() else {
        return;
    };
    let others = with_billable.count();
    let message = match others {
        0 => "`pricing.billable` is to be deprecated: do not rely on it".to_string(),
        n => format!(
            "`pricing.billable` is to be deprecated: do not rely on it (here and in {n} more status{})",
            if n == 1 { "" } else { "es" }
        ),
    };
    ctx.report(
        Diagnostic::new(&RULE, child(&child(pointer, "pricing"), "billable"), message)
            .with_help("read pricing.type: `regular` is charged, `free_customer_service` and `free_entry_point` are free")
            .at_key(),
    );
}
