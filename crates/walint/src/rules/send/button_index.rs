//! P003 send-button-index

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template send's button component whose `index` is a string that is not a whole number from 0 to 9.
    ///
    /// Meta's examples write the index both as an integer and as a string (`0`, `"0"`). Integer
    /// values out of range are checked by the schema; this rule checks the string form (`"first"`,
    /// `"10"`, `"-1"`).
    ///
    /// ## Why is this bad
    /// The index is the button's position among the template's buttons: a template has "up to 10
    /// buttons using index values of 0 to 9". Any other value cannot match a button of the
    /// approved template, and the send fails. Meta does not document the error code; walint
    /// expects the generic 100 "Invalid parameter" (inferred).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "10",
    ///    "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "0",
    ///    "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "P003",
        name: "send-button-index",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for button in list.iter().filter(|c| c.kind == "button") {
            let Some(Value::String(raw)) = button.value.get("index") else {
                continue;
            };
            if matches!(button.index, Some(0..=9)) {
                continue;
            }
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer.key("index"),
                    format!("button index `{raw}` is not a number from 0 to 9"),
                )
                .with_help("use the button's position in the template: 0 for the first button"),
            );
        }
    }
}
