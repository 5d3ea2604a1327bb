//! T003 template-parameter-format-mismatch

use super::parts::{upper, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{render, VarKind};

declare_rule! {
    /// ## What it does
    /// Reports variables whose style does not match the template's `parameter_format`.
    ///
    /// That is `{{first_name}}` without `"parameter_format": "NAMED"` (the default is
    /// POSITIONAL), or `{{1}}` in a template declared NAMED. URL button variables are not
    /// considered.
    ///
    /// ## Why is this bad
    /// Meta rejects the creation with error 100 (Invalid parameter) when a named variable is used
    /// without the NAMED format (Meta's template overview, "Parameter formats"). It is a common
    /// report in peer libraries: https://github.com/netflie/laravel-notification-whatsapp/issues/41,
    /// https://github.com/david-lev/pywa/issues/115.
    ///
    /// ## Example
    /// ```json
    /// {"name": "welcome", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{first_name}}, welcome to Acme! Your account is ready to use.",
    ///    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Anna"}]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "welcome", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
    ///   {"type": "BODY", "text": "Hi {{first_name}}, welcome to Acme! Your account is ready to use.",
    ///    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Anna"}]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://github.com/netflie/laravel-notification-whatsapp/issues/41
    /// - https://github.com/david-lev/pywa/issues/115
    pub static RULE = {
        code: "T003",
        name: "template-parameter-format-mismatch",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: Some(crate::diagnostic::MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let declared = upper(view.template.get("parameter_format"));
    let named_format = match declared.as_deref() {
        None | Some("POSITIONAL") => false,
        Some("NAMED") => true,
        Some(_) => return,
    };
    for field in &view.texts {
        if field.role == Role::Url {
            continue;
        }
        let wrong = field
            .scan
            .vars
            .iter()
            .find(|var| matches!(var.kind, VarKind::Named(_)) != named_format);
        let Some(var) = wrong else {
            continue;
        };
        let shown = render(&var.kind);
        let (message, help) = if named_format {
            (
                format!("`{shown}` is positional but the template's parameter_format is NAMED"),
                "use named variables such as `{{first_name}}` throughout, or drop `parameter_format`",
            )
        } else {
            (
                format!(
                    "`{shown}` is a named variable but parameter_format is {}",
                    if declared.is_some() {
                        "POSITIONAL"
                    } else {
                        "not set (POSITIONAL by default)"
                    }
                ),
                "add `\"parameter_format\": \"NAMED\"` to the template, or use `{{1}}`, `{{2}}` …",
            )
        };
        ctx.report(
            Diagnostic::new(&RULE, field.pointer, message)
                .with_text_range(field.text, var.start, var.end)
                .with_help(help),
        );
    }
}
