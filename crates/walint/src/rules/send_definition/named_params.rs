//! X006 send-named-params

use super::{variables, Pairing};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::placeholder::VarKind;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports header and body parameters that do not fit the template's variables, named (`{{first_name}}`) or positional (`{{1}}`).
    ///
    /// For named variables it reports parameters without `parameter_name`, names the definition
    /// does not have (unexpected), and variables no parameter names (missing). For positional
    /// variables it reports a `parameter_name` as a warning: no source shows Meta refusing it,
    /// and positional parameters are matched by order whatever their names.
    ///
    /// ## Why is this bad
    /// In a named template every named variable needs the parameter of that name, in any order.
    /// Meta answers 100 "Invalid parameter" ("Parameter name is missing or empty") or refuses the
    /// parameters (132000 "Number of parameters does not match the expected number of params" or
    /// 132012 "Parameter format does not match format in the created template", inferred)
    /// (https://github.com/piusalfred/whatsapp/issues/100,
    /// https://github.com/shridarpatil/whatomate/issues/144,
    /// https://github.com/shridarpatil/frappe_whatsapp/issues/169). The rule needs the template
    /// definitions (`walint lint --templates`).
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "welcome", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "parameter_format": "NAMED", "components": [{"type": "BODY", "text": "Hi {{first_name}}, welcome aboard!",
    ///   "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Mark"}]}}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "welcome", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "parameter_name": "name", "text": "Mark"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "welcome", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "parameter_name": "first_name", "text": "Mark"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/utility-templates/utility-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://github.com/piusalfred/whatsapp/issues/100
    pub static RULE = {
        code: "X006",
        name: "send-named-params",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    for scope in &pairing.scopes {
        for (def_kind, send_kind) in [("HEADER", "header"), ("BODY", "body")] {
            let Some(text) = scope.def_text(def_kind) else {
                continue;
            };
            let Some(component) = scope.send_component(send_kind) else {
                continue;
            };
            let vars = variables(text);
            let names: Vec<&str> = vars
                .iter()
                .filter_map(|v| match v {
                    VarKind::Named(name) => Some(name.as_str()),
                    VarKind::Positional(_) => None,
                })
                .collect();
            let what = scope.name(send_kind);
            let parameters = component.parameters();
            if names.is_empty() {
                for (at, parameter) in &parameters {
                    if parameter.get("parameter_name").is_some() && !vars.is_empty() {
                        ctx.report(
                            Diagnostic::new(
                                &RULE,
                                at.key("parameter_name"),
                                format!("{what}: the template uses positional variables; this parameter_name is not one of them"),
                            )
                            .with_help("drop `parameter_name`: positional parameters are matched by order")
                            .with_severity(Severity::Warning)
                            .without_meta_error(),
                        );
                    }
                }
                continue;
            }
            let mut given = Vec::new();
            for (at, parameter) in &parameters {
                match parameter.get("parameter_name").and_then(Value::as_str) {
                    None => ctx.report(
                        Diagnostic::new(
                            &RULE,
                            *at,
                            format!("{what}: Parameter name is missing or empty (the template uses named variables)"),
                        )
                        .with_help(format!("add `\"parameter_name\"`: one of {}", list(&names))),
                    ),
                    Some(name) if !names.contains(&name) => ctx.report(
                        Diagnostic::new(
                            &RULE,
                            at.key("parameter_name"),
                            format!("{what}: unexpected parameter `{name}`"),
                        )
                        .with_help(format!("the template's {send_kind} has {}", list(&names))),
                    ),
                    Some(name) => given.push(name),
                }
            }
            // Unnamed parameters are reported above; listing every name as missing too would repeat it.
            let unnamed = parameters.iter().any(|(_, p)| p.get("parameter_name").is_none());
            for missing in names.iter().filter(|n| !unnamed && !given.contains(n)) {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        component.parameters_pointer(),
                        format!("{what}: no parameter for `{{{{{missing}}}}}`"),
                    )
                    .with_help(format!(
                        "add `{{\"type\": \"text\", \"parameter_name\": \"{missing}\", \"text\": \"…\"}}`"
                    )),
                );
            }
        }
    }
}

fn list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}
