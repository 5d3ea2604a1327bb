//! X013 send-marketing-via-cloud-api

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::template::parts::category;

declare_rule! {
    /// ## What it does
    /// Suggests sending a MARKETING template through the Marketing Messages API (`/marketing_messages`) rather than Cloud API `/messages`.
    ///
    /// ## Why is this bad
    /// Meta asks senders to send marketing templates through the Marketing Messages API (optimised delivery,
    /// marketing TTL, conversion metrics) and has announced the end of marketing template sends
    /// through Cloud API `/messages` for 2027-10-13. Both endpoints take the same body, so walint
    /// cannot see which one a send goes to: this is advice (info), and it is not given when the
    /// message carries a Marketing Messages API field (`product_policy`,
    /// `message_activity_sharing`), which shows it is meant for `/marketing_messages`. The rule
    /// needs the template definitions (`walint lint --templates`) to know the category, and the
    /// whole message.
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "summer_sale", "language": "en_US", "status": "APPROVED", "category": "MARKETING",
    ///  "components": [{"type": "BODY", "text": "Our summer sale starts today: 20% off all ferns."}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "summer_sale", "language": {"code": "en_US"}}}
    /// ```
    /// Use instead: `POST /<PHONE_NUMBER_ID>/marketing_messages` with the same body, for example
    /// with `"product_policy": "CLOUD_API_FALLBACK"`.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "product_policy": "CLOUD_API_FALLBACK",
    ///  "template": {"name": "summer_sale", "language": {"code": "en_US"}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/route-template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/send-marketing-messages
    pub static RULE = {
        code: "X013",
        name: "send-marketing-via-cloud-api",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/route-template-messages",
        meta_error: None,
    }
}

/// Top-level fields only the Marketing Messages API takes.
const MARKETING_MESSAGES_FIELDS: &[&str] = &["product_policy", "message_activity_sharing"];

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let Some(message) = pairing.message else {
        return;
    };
    if category(pairing.definition).as_deref() != Some("MARKETING") {
        return;
    }
    if MARKETING_MESSAGES_FIELDS
        .iter()
        .any(|field| message.get(*field).is_some_and(|v| !v.is_null()))
    {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            pairing.prefix.key("name"),
            "this is a MARKETING template: Meta asks senders to send marketing templates through the Marketing Messages API (`/marketing_messages`)",
        )
        .with_help(
            "if this goes to `/messages`, consider `/marketing_messages` (same body): Meta announced the end of marketing sends through `/messages` for 2027-10-13",
        ),
    );
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::rules::send_definition::check_send;

    fn definition() -> Value {
        json!({"name": "spring_sale", "language": "en_US", "category": "MARKETING", "components": [
            {"type": "BODY", "text": "Our spring sale is on: 20% off every plant until Sunday."}]})
    }

    fn x013(send: &Value) -> Vec<(String, crate::diagnostic::Severity)> {
        check_send(send, &definition())
            .into_iter()
            .filter(|d| d.code == "X013")
            .map(|d| (d.pointer, d.severity))
            .collect()
    }

    #[test]
    fn advice_unless_the_message_is_meant_for_marketing_messages() {
        let mut message = json!({"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
            "template": {"name": "spring_sale", "language": {"code": "en_US"}}});
        assert_eq!(
            x013(&message),
            [("/template/name".to_owned(), crate::diagnostic::Severity::Info)]
        );
        let bare = message.get("template").cloned().unwrap_or_default();
        assert!(x013(&bare).is_empty());
        message["product_policy"] = json!("STRICT");
        assert!(x013(&message).is_empty());
    }
}
