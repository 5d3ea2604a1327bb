//! M130 flow-cta-length


use super::{flow_cta, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

/// The legacy reference and peers; Meta's current limit (30) is in the schema.
const CONSERVATIVE_MAX: usize = 20;
const OPENAPI_MAX: usize = 30;

declare_rule! {
    /// ## What it does
    /// Notes a flow button label (`flow_cta`) longer than 20 characters (code points).
    ///
    /// ## Why is this bad
    /// Meta's current "Sending a Flow" guide (2026) says the "CTA text length is advised to be
    /// 30 characters or less (no emoji)", as Meta's OpenAPI spec does (`maxLength: 30`); the
    /// schema enforces 30. The legacy Messages reference said "character limit - 20
    /// characters", and peers (whatsapp-api-js) still refuse 21 to 30. No rejection of a
    /// label of 21 to 30 characters is on record, so this is an `info`: long labels are cut
    /// on small screens, and an SDK that holds to 20 refuses them before Meta sees them.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book a table in two minutes."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890",
    ///    "flow_cta": "Book your table right now"}}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book a table in two minutes."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890",
    ///    "flow_cta": "Book a table"}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow (`flow_cta`: "advised to be 30 characters or less")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: `flow_cta` `maxLength: 30`)
    /// - https://github.com/Secreto31126/whatsapp-api-js (enforces 1 to 20 characters, no emoji)
    pub static RULE = {
        code: "M130",
        name: "flow-cta-length",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(cta) = flow_cta(message) else {
        return;
    };
    let length = cta.chars().count();
    if length > CONSERVATIVE_MAX && length <= OPENAPI_MAX {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_cta"),
                format!(
                    "`flow_cta` is {length} characters long: Meta advises {OPENAPI_MAX} at most, the legacy reference and some SDKs allow {CONSERVATIVE_MAX}"
                ),
            )
            .with_help("a label within 20 characters shows whole on every screen"),
        );
    }
}
