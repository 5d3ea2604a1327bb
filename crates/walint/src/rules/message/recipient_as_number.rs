//! M005 recipient-as-number

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when the recipient `to` is a JSON number instead of a string.
    ///
    /// ## Why is this bad
    /// Meta documents `to` as a string, but answers HTTP 200 to a number (request
    /// recordings in open-source SDK test suites), so this is not an error. A number
    /// cannot carry the leading `+` that makes the country code explicit, loses leading
    /// zeros, and is rounded by JavaScript above 2^53 (16 digits), so the message can reach
    /// the wrong person or nobody.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": 15551234567, "type": "text", "text": {"body": "Hi"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hi"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    ///   (`to`: string)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/phone-numbers
    ///   (plus sign and country calling code)
    pub static RULE = {
        code: "M005",
        name: "recipient-as-number",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(Value::Number(number)) = message.get("to") else {
        return;
    };
    ctx.report(
        Diagnostic::new(
            &RULE,
            ptr!("to"),
            format!("`to` is the number {number}, not a string"),
        )
        .with_help(format!(
            "send it as a string with its country code, e.g. \"+{number}\""
        )),
    );
}
