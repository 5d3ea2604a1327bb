//! T012 template-named-variable-contested

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::VarKind;

declare_rule! {
    /// ## What it does
    /// Warns about a named variable longer than 20 characters or containing digits, such as `{{customer_first_name_x}}` or `{{line2}}`.
    ///
    /// ## Why is this bad
    /// Meta documents named variables as "lowercase characters and underscores" only; whether digits
    /// are allowed, and the maximum length, are not published. The whatsapp-api-js library enforces
    /// `^[a-z_]{1,20}$` on `parameter_name`. Meta may refuse such a name; because the limits are
    /// contested, this is a warning by default and an error with `strict`.
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
    ///   {"type": "BODY", "text": "Your order {{order_number_for_customer}} has shipped and is on its way to you.",
    ///    "example": {"body_text_named_params": [{"param_name": "order_number_for_customer", "example": "A-1001"}]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED", "components": [
    ///   {"type": "BODY", "text": "Your order {{order_number}} has shipped and is on its way to you.",
    ///    "example": {"body_text_named_params": [{"param_name": "order_number", "example": "A-1001"}]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://github.com/Secreto31126/whatsapp-api-js/blob/main/src/types.ts
    pub static RULE = {
        code: "T012",
        name: "template-named-variable-contested",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: None,
    }
}

/// The peer cap on named variable length (whatsapp-api-js).
pub const MAX_NAME_LEN: usize = 20;

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        for var in &field.scan.vars {
            let VarKind::Named(name) = &var.kind else {
                continue;
            };
            let problem = if name.chars().count() > MAX_NAME_LEN {
                format!(
                    "is {} characters long (peers allow {MAX_NAME_LEN})",
                    name.chars().count()
                )
            } else if name.bytes().any(|b| b.is_ascii_digit()) {
                "has digits (Meta documents lowercase letters and underscores)".to_owned()
            } else {
                continue;
            };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, format!("variable name `{name}` {problem}"))
                    .with_severity(ctx.contested())
                    .with_text_range(field.text, var.start, var.end)
                    .with_help("use at most 20 lowercase letters and underscores"),
            );
        }
    }
}
