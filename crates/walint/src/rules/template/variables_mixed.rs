//! T013 template-variables-mixed

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{render, VarKind};

declare_rule! {
    /// ## What it does
    /// Reports a template that uses both positional (`{{1}}`) and named (`{{first_name}}`)
    /// variables in its header, body or footer (URL button variables are always `{{1}}`).
    ///
    /// ## Why is this bad
    /// A template uses one parameter format: POSITIONAL or NAMED. Mixing is rejected at
    /// creation, and sends could not supply both kinds (whatsapp-api-js: "Inconsistent use
    /// of named and numbered parameters").
    ///
    /// ## Example
    /// `"text": "Hi {{first_name}}, your order {{1}} has shipped."`
    ///
    /// ## References
    /// rules.md `tcreate.var.no-mixing`, `tsend.params.no-mixing`; DOC:/templates/overview; WAJS `src/messages/template.ts`.
    pub static RULE = {
        code: "T013",
        name: "template-variables-mixed",
        severity: Error,
        source: "DOC:/templates/overview",
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
