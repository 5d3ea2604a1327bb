//! T003 template-parameter-format-mismatch

use super::parts::{upper, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{render, VarKind};

declare_rule! {
    /// ## What it does
    /// Reports variables whose style does not match the template's `parameter_format`:
    /// `{{first_name}}` without `"parameter_format": "NAMED"` (the default is POSITIONAL),
    /// or `{{1}}` in a template declared NAMED. URL button variables are not considered.
    ///
    /// ## Why is this bad
    /// Meta rejects the creation (error 100 with a named variable and no NAMED format, a
    /// common report: netflie/laravel-notification-whatsapp#41, david-lev/pywa#115).
    ///
    /// ## Example
    /// `{"name": "welcome", "components": [{"type": "BODY", "text": "Hi {{first_name}}, welcome!"}]}`
    /// without `"parameter_format": "NAMED"`.
    ///
    /// ## References
    /// rules.md `tcreate.parameter_format.enum`; DOC:/templates/overview ("Parameter formats"); peers.md §3.3.
    pub static RULE = {
        code: "T003",
        name: "template-parameter-format-mismatch",
        severity: Error,
        source: "DOC:/templates/overview",
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
