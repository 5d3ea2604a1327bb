//! T012 template-named-variable-contested

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::VarKind;

declare_rule! {
    /// ## What it does
    /// Warns about a named variable longer than 20 characters or containing digits:
    /// `{{customer_first_name_x}}`, `{{line2}}`.
    ///
    /// ## Why is this bad
    /// Meta documents named variables as "lowercase characters and underscores"; whether
    /// digits are allowed and the maximum length are not published. whatsapp-api-js enforces
    /// `^[a-z_]{1,20}$`. Contested: a warning by default, an error with `strict`.
    ///
    /// ## Example
    /// `"text": "Your order {{order_number_for_customer}} has shipped."`
    ///
    /// ## References
    /// rules.md `tcreate.var.named.format`, `tsend.params.parameter_name.format`, gap 7; DOC:/templates/overview; WAJS `src/types.ts`.
    pub static RULE = {
        code: "T012",
        name: "template-named-variable-contested",
        severity: Warning,
        source: "DOC:/templates/overview; WAJS src/types.ts",
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
