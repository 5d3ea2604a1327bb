//! M030 text-body-empty


use super::{Message, str_at};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports a text message whose `text.body` is empty or only whitespace.
    ///
    /// ## Why is this bad
    /// `body` is required: an empty or blank message has nothing to show. Meta does not
    /// document a lower bound or the error code (a missing parameter, 131008, is the generic
    /// one), so the rule reads "Required" as "must hold text". The schema only sees a string;
    /// this rule sees that there is no text in it.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "  \n"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Your order has shipped."}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages (`body`: required, at most 4096 characters)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131008 "Required parameter is missing")
    pub static RULE = {
        code: "M030",
        name: "text-body-empty",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(body) = message.type_object("text").and_then(|text| str_at(text, "body")) else {
        return;
    };
    if body.trim().is_empty() {
        let what = if body.is_empty() {
            "empty"
        } else {
            "only whitespace"
        };
        ctx.report(
            Diagnostic::new(&RULE, ptr!("text", "body"), format!("the message text is {what}"))
                .with_help("write the text to send"),
        );
    }
}
