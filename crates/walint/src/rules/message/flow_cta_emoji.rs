//! M131 flow-cta-emoji


use super::emoji::first_emoji;
use super::{flow_cta, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Warns about an emoji in a flow button label (`flow_cta`).
    ///
    /// ## Why is this bad
    /// Meta's flow message parameters say the label takes "no emoji" (Meta's OpenAPI: "Advised
    /// 30 characters or less, no emoji"). Meta does not document an error for it, so this is a
    /// warning. `©`, `®` and `™` are not counted as emoji.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book your table in a few taps."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3",
    ///    "flow_token": "AQAAAAACS5FpgQ_cAAAAAD0QI3s", "flow_id": "1234567890123456",
    ///    "flow_cta": "Book now 📅", "flow_action": "navigate",
    ///    "flow_action_payload": {"screen": "BOOKING"}}}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book your table in a few taps."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3",
    ///    "flow_token": "AQAAAAACS5FpgQ_cAAAAAD0QI3s", "flow_id": "1234567890123456",
    ///    "flow_cta": "Book now", "flow_action": "navigate",
    ///    "flow_action_payload": {"screen": "BOOKING"}}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow
    /// - https://github.com/facebook/openapi (ActionObject: `flow_cta`)
    pub static RULE = {
        code: "M131",
        name: "flow-cta-emoji",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(cta) = flow_cta(message) else {
        return;
    };
    if let Some((start, end)) = first_emoji(cta) {
        let emoji = cta.get(start..end).unwrap_or_default();
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_cta"),
                format!("`flow_cta` contains the emoji `{emoji}`; Meta says no emoji in this label"),
            )
            .with_text_range(cta, start, end)
            .with_help("remove the emoji from the button label"),
        );
    }
}
