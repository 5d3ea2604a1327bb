//! T013 template-variables-mixed

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{render, VarKind};

declare_rule! {
    /// ## What it does
    /// Reports a template that uses both positional (`{{1}}`) and named (`{{first_name}}`) variables in its header, body or footer.
    ///
    /// URL button variables are always `{{1}}` and are not considered.
    ///
    /// ## Why is this bad
    /// A template uses one parameter format, POSITIONAL or NAMED (Meta's template overview,
    /// "Parameter formats"). Mixing is rejected at creation (INCORRECT_PARAMS), and sends could not
    /// supply both kinds: whatsapp-api-js refuses "Inconsistent use of named and numbered
    /// parameters".
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
    ///   {"type": "BODY", "text": "Hi {{first_name}}, your order {{1}} has shipped.",
    ///    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Anna"}]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
    ///   {"type": "BODY", "text": "Hi {{first_name}}, your order {{order_number}} has shipped.",
    ///    "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Anna"},
    ///                                           {"param_name": "order_number", "example": "A-1001"}]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://github.com/Secreto31126/whatsapp-api-js/blob/main/src/messages/template.ts
    pub static RULE = {
        code: "T013",
        name: "template-variables-mixed",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let mut first: Option<bool> = None;
    for field in &view.texts {
        if field.role == Role::Url {
            continue;
        }
        for var in &field.scan.vars {
            let named = matches!(var.kind, VarKind::Named(_));
            match first {
                None => first = Some(named),
                Some(style) if style != named => {
                    let shown = render(&var.kind);
                    ctx.report(
                        Diagnostic::new(
                            &RULE,
                            field.pointer,
                            format!(
                                "`{shown}` is {} but the template's first variable is {}",
                                if named { "named" } else { "positional" },
                                if named { "positional" } else { "named" }
                            ),
                        )
                        .with_text_range(field.text, var.start, var.end)
                        .with_help("use one style throughout: `{{1}}`, `{{2}}` … or named variables with parameter_format NAMED"),
                    );
                    return;
                }
                Some(_) => {}
            }
        }
    }
}
