//! M130 flow-cta-length


use super::{flow_cta, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// Legacy reference and peers; the OpenAPI limit (30) is in the schema.
const CONSERVATIVE_MAX: usize = 20;
const OPENAPI_MAX: usize = 30;

declare_rule! {
    /// ## What it does
    /// Flags a flow button label (`flow_cta`) longer than 20 characters (code points).
    ///
    /// ## Why is this bad
    /// Meta's sources disagree: Meta's flow-sending docs and the legacy Messages reference give
    /// `flow_cta` a "character limit - 20 characters (no emoji)" (whatsapp-api-js enforces 1 to
    /// 20), while Meta's OpenAPI spec says "advised 30 characters or less" (`maxLength: 30`).
    /// The schema enforces 30; this rule reports 21 to 30 as a warning, or an error with
    /// `strict` (contested limit). Meta documents no error code for it (the generic one is
    /// 131009 "Parameter value is not valid"). Longer labels are also cut on small screens.
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
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow (`flow_cta`: 20 characters, no emoji)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: `flow_cta` `maxLength: 30`)
    /// - https://github.com/Secreto31126/whatsapp-api-js (enforces 1 to 20 characters, no emoji)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M130",
        name: "flow-cta-length",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(cta) = flow_cta(message) else {
        return;
    };
    let length = cta.chars().count();
    if length > CONSERVATIVE_MAX && length <= OPENAPI_MAX {
        let severity = ctx.contested();
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_cta"),
                format!(
                    "`flow_cta` is {length} characters long: the legacy reference allows {CONSERVATIVE_MAX}, \
                     Meta's OpenAPI {OPENAPI_MAX}"
                ),
            )
            .with_severity(severity)
            .with_help("keep the button label within 20 characters to be safe"),
        );
    }
}
