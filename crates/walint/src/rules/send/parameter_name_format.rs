//! P005 send-parameter-name-format

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::placeholder::is_valid_name;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a `parameter_name` that is not a valid variable name: lowercase letters, digits and underscores, not starting with a digit, without braces.
    ///
    /// ## Why is this bad
    /// In a template with named parameters, each `parameter_name` must equal a `{{name}}` of the
    /// approved template, and Meta's names are "lowercase characters and underscores". Meta answers
    /// 100 "Invalid parameter" ("Parameter name is missing or empty") for an empty name, and a
    /// name written in another form (with braces, spaces or capitals) never matches a variable.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "parameter_name": "{{First Name}}", "text": "Mark"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "parameter_name": "first_name", "text": "Mark"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://github.com/piusalfred/whatsapp/issues/100
    pub static RULE = {
        code: "P005",
        name: "send-parameter-name-format",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for component in list {
            for (at, parameter) in component.parameters() {
                let Some(name) = parameter.get("parameter_name").and_then(Value::as_str) else {
                    continue;
                };
                if is_valid_name(name) {
                    continue;
                }
                let stripped = name.trim().trim_start_matches('{').trim_end_matches('}').trim();
                let help = if is_valid_name(stripped) {
                    format!("write `{stripped}`, without braces or spaces")
                } else {
                    "use the variable's name as in the template: lowercase letters and `_`".to_owned()
                };
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at.key("parameter_name"),
                        format!("parameter_name `{name}` is not a valid variable name"),
                    )
                    .with_help(help),
                );
            }
        }
    }
}
