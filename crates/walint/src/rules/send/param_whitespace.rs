//! P007 send-param-whitespace

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError};
use crate::rules::template::forbidden_whitespace;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template text parameter with a newline, a tab or more than 4 consecutive spaces.
    ///
    /// The range points at the offending characters. The fix (unsafe: it changes the text) turns
    /// them into single spaces.
    ///
    /// ## Why is this bad
    /// Meta refuses the send with 132018 "There was an issue with the parameters in your
    /// template" and the details "Param text cannot have new-line/tab characters or more than 4
    /// consecutive spaces", as several client libraries quote it
    /// (https://github.com/netflie/whatsapp-cloud-api/issues/201,
    /// https://github.com/glific/glific/issues/2473); Twilio documents the same WhatsApp rule as
    /// its error 21656. No SDK checks this. Put line breaks in the template text instead. The code
    /// is 132018 since Graph API v23.0, when Meta moved send-time template parameter errors to
    /// it; older versions refuse the same parameter with a generic error (100 "Invalid
    /// parameter", inferred).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Line one\nLine two"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Line one, line two"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://github.com/netflie/whatsapp-cloud-api/issues/201
    /// - https://github.com/glific/glific/issues/2473
    /// - https://www.twilio.com/docs/api/errors/21656
    pub static RULE = {
        code: "P007",
        name: "send-param-whitespace",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management",
        meta_error: Some(MetaError::TEMPLATE_PARAM),
    }
}

/// The text with newlines and tabs turned into spaces and long runs of spaces shortened to one.
fn cleaned(text: &str) -> String {
    let spaced: String = text
        .chars()
        .map(|c| if matches!(c, '\n' | '\r' | '\t') { ' ' } else { c })
        .collect();
    let mut out = String::with_capacity(spaced.len());
    let mut run = 0;
    for c in spaced.chars() {
        if c == ' ' {
            run += 1;
        } else {
            if run > 4 {
                out.push(' ');
            } else {
                out.push_str(&" ".repeat(run));
            }
            run = 0;
            out.push(c);
        }
    }
    if run > 4 {
        out.push(' ');
    } else {
        out.push_str(&" ".repeat(run));
    }
    out.trim().to_owned()
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for component in list {
            for (at, parameter) in component.parameters() {
                let Some(text) = super::parts::text_of(parameter) else {
                    continue;
                };
                let Some((start, end, what)) = forbidden_whitespace(text) else {
                    continue;
                };
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at.key("text"),
                        format!("parameter text cannot have {what}"),
                    )
                    .with_text_range(text, start, end)
                    .with_help("Meta refuses new-line/tab characters and more than 4 consecutive spaces in parameters")
                    .with_fix(Applicability::Unsafe, "replace them with single spaces", Value::from(cleaned(text))),
                );
            }
        }
    }
}
