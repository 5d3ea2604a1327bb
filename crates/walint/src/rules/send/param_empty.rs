//! P008 send-param-empty

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::pointer::Path;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports an empty or blank template parameter value (a `text`, `payload` or `coupon_code`, or the `fallback_value` of a `currency` or `date_time`), and warns about one that reads `undefined`.
    ///
    /// ## Why is this bad
    /// A template variable cannot be blank: Meta refuses the send with "Parameter of type text is
    /// missing text value" (reported as 131008 "Required parameter is missing" or as 100 "Invalid
    /// parameter"; Meta does not document which). It usually means a value is missing in the
    /// sender's data. Reported by users of Chatwoot and frappe_whatsapp, and peer SDKs (such as
    /// whatsapp-api-js) reject empty button parameters too. A value of only whitespace (`" "`)
    /// is a warning: no rejection of it is recorded, and a hospital's reminder service has sent
    /// `" "` for an unused variable in production since 2025 (ingemateo30/smsjelcom); the
    /// customer still sees a gap. So are `"undefined"`, `"null"`, `"NaN"` and
    /// `"[object Object]"`: what JavaScript writes for a value it did not have (a Shopify
    /// shipping bot, 2025, sent "undefined" as the courier's name). Meta sends them.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": ""}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://whatsappconnector.zendesk.com/hc/articles/17520528141715 (quotes Meta's error message)
    /// - https://github.com/chatwoot/chatwoot/pull/11198
    /// - https://github.com/shridarpatil/frappe_whatsapp/issues/43
    /// - https://github.com/Secreto31126/whatsapp-api-js
    pub static RULE = {
        code: "P008",
        name: "send-param-empty",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

const VALUE_PATHS: &[&[&str]] = &[
    &["text"],
    &["payload"],
    &["coupon_code"],
    &["currency", "fallback_value"],
    &["date_time", "fallback_value"],
];

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for component in list {
            for (at, parameter) in component.parameters() {
                for path in VALUE_PATHS {
                    let mut value = Some(parameter);
                    for key in *path {
                        value = value.and_then(|v| v.get(*key));
                    }
                    let Some(text) = value.and_then(Value::as_str) else {
                        continue;
                    };
                    // What JavaScript writes for a value it did not have.
                    let unset = matches!(text, "undefined" | "null" | "NaN" | "[object Object]");
                    if !text.trim().is_empty() && !unset {
                        continue;
                    }
                    let pointer = path.iter().fold(at, |at: Path<'_>, key| at.key(key));
                    let diagnostic = if unset {
                        Diagnostic::new(&RULE, pointer, format!("`{}` is \"{text}\": a value the code did not have", path.join(".")))
                            .with_help("check the data behind this parameter")
                            .with_severity(Severity::Warning)
                            .without_meta_error()
                    } else if text.is_empty() {
                        Diagnostic::new(&RULE, pointer, format!("`{}` is empty", path.join(".")))
                            .with_help("give the parameter a value; a template variable cannot be empty")
                    } else {
                        // Meta's rejection is recorded for "", and a project sends " " on purpose.
                        Diagnostic::new(&RULE, pointer, format!("`{}` is blank (only whitespace)", path.join(".")))
                            .with_help("give the parameter a value: the customer sees a gap in the text")
                            .with_severity(Severity::Warning)
                            .without_meta_error()
                    };
                    ctx.report(diagnostic);
                }
            }
        }
    }
}
