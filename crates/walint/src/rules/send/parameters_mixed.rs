//! P006 send-parameters-mixed

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports template header and body parameters where some carry `parameter_name` and others do not.
    ///
    /// Media and location header parameters never carry a name and are not counted.
    ///
    /// ## Why is this bad
    /// A template is either NAMED (every parameter names its variable) or POSITIONAL (none does).
    /// Meta answers 100 "Invalid parameter" ("Parameter name is missing or empty") when a named
    /// template gets an unnamed parameter (https://github.com/piusalfred/whatsapp/issues/100,
    /// https://github.com/shridarpatil/whatomate/issues/144). The whatsapp-api-js SDK refuses the
    /// mix too ("Inconsistent use of named and numbered parameters").
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [
    ///    {"type": "text", "parameter_name": "first_name", "text": "Mark"},
    ///    {"type": "text", "text": "42"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [
    ///    {"type": "text", "parameter_name": "first_name", "text": "Mark"},
    ///    {"type": "text", "parameter_name": "order_count", "text": "42"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://github.com/Secreto31126/whatsapp-api-js/blob/main/src/messages/template.ts
    /// - https://github.com/piusalfred/whatsapp/issues/100
    /// - https://github.com/shridarpatil/whatomate/issues/144
    pub static RULE = {
        code: "P006",
        name: "send-parameters-mixed",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    let mut named = Vec::new();
    let mut unnamed = Vec::new();
    for list in &view.lists {
        for component in list.iter().filter(|c| c.kind == "header" || c.kind == "body") {
            for (at, parameter) in component.parameters() {
                // Media and location headers never carry a name.
                if !matches!(
                    super::parts::parameter_type(parameter).as_deref(),
                    Some("text" | "currency" | "date_time")
                ) {
                    continue;
                }
                if parameter.get("parameter_name").is_some() {
                    named.push(at);
                } else {
                    unnamed.push(at);
                }
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for at in unnamed {
        ctx.report(
            Diagnostic::new(
                &RULE,
                at,
                "this parameter has no `parameter_name` but others have one",
            )
            .with_help("a named template needs `parameter_name` on every header and body parameter"),
        );
    }
}
