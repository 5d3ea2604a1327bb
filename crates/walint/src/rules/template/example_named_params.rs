//! T023 template-example-named-params

use super::parts::{Examples, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::VarKind;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports named examples that do not match the named variables of the text: a `{{name}}` without a `param_name` entry, or a `param_name` that is not in the text.
    ///
    /// ## Why is this bad
    /// Every named variable needs its sample and each sample names a variable of the text;
    /// otherwise the creation fails (inferred from Meta's named-parameter docs, which do not
    /// give the error).
    ///
    /// ## Example
    /// ```json
    /// {"name": "welcome", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
    ///  {"type": "BODY", "text": "Hi {{first_name}}, your account is ready.",
    ///   "example": {"body_text_named_params": [{"param_name": "name", "example": "Mark"}]}}]}
    /// ```
    /// Use instead: a `param_name` for each variable of the text:
    /// ```json
    /// {"name": "welcome", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
    ///  {"type": "BODY", "text": "Hi {{first_name}}, your account is ready.",
    ///   "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Mark"}]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    pub static RULE = {
        code: "T023",
        name: "template-example-named-params",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        let Examples::Named(list_pointer, entries) = &field.examples else {
            continue;
        };
        // Sorted and distinct, for binary searches.
        let mut names: Vec<&str> = field
            .scan
            .vars
            .iter()
            .filter_map(|var| match &var.kind {
                VarKind::Named(name) => Some(name.as_str()),
                VarKind::Positional(_) => None,
            })
            .collect();
        names.sort_unstable();
        names.dedup();
        if names.is_empty() {
            continue;
        }
        let mut given = Vec::new();
        for (index, entry) in entries.iter().enumerate() {
            let Some(name) = entry.get("param_name").and_then(Value::as_str) else {
                continue;
            };
            given.push(name);
            if names.binary_search(&name).is_err() {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        list_pointer.index(index).key("param_name"),
                        format!("`{name}` is not a variable of the {}", field.role.label()),
                    )
                    .with_help(format!(
                        "the {} has {}",
                        field.role.label(),
                        names
                            .iter()
                            .map(|n| format!("`{{{{{n}}}}}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
        }
        given.sort_unstable();
        for missing in names.iter().filter(|name| given.binary_search(name).is_err()) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    *list_pointer,
                    format!("no example for `{{{{{missing}}}}}` of the {}", field.role.label()),
                )
                .with_help(format!(
                    "add `{{\"param_name\": \"{missing}\", \"example\": \"…\"}}`"
                )),
            );
        }
    }
}
