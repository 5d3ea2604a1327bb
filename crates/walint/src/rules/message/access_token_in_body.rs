//! M007 access-token-in-body

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Warns about an `access_token` in the body of a message.
    ///
    /// ## Why is this bad
    /// The Graph API reads `access_token` as a request parameter, from the body as from the
    /// query string, so Meta accepts the send (a Python client on Graph v21 sends it this way).
    /// But the token then travels with every copy of the payload: request logs, queues, error
    /// reports, and the fixture files walint lints. Anyone who reads one can send as your
    /// business until the token is revoked. Meta's examples send it in the `Authorization:
    /// Bearer` header, which loggers know to hide. Holds for every Graph version to date.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "access_token": "EAAJB7…", "text": {"body": "Your order has shipped."}}
    /// ```
    /// Use instead (the token in `Authorization: Bearer …`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Your order has shipped."}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/docs/graph-api/overview/
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages
    pub static RULE = {
        code: "M007",
        name: "access-token-in-body",
        severity: Warning,
        source: "https://developers.facebook.com/docs/graph-api/overview/",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.get("access_token").is_some() {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("access_token"),
                "an access token in the body is copied into every log and file of the payload",
            )
            .with_help("send it in the `Authorization: Bearer` header, and revoke a token that was committed")
            .at_key(),
        );
    }
}
