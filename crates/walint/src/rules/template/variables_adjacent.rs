//! T015 template-variables-adjacent

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::adjacent_pairs;

declare_rule! {
    /// ## What it does
    /// Reports two variables with nothing but whitespace between them: `{{1}}{{2}}`,
    /// `{{1}} {{2}}`.
    ///
    /// ## Why is this bad
    /// Meta's review rejects the template (INVALID_FORMAT: "parameters placed next to each
    /// other without text or punctuation between them"; pywa fixture
    /// `template_status_update.json`).
    ///
    /// ## Example
    /// `"text": "Your appointment is on {{1}} {{2}} at our store."`
    ///
    /// ## References
    /// rules.md `tcreate.var.no-adjacent`; MSGR-REVIEW; peers.md §3.6.
    pub static RULE = {
        code: "T015",
        name: "template-variables-adjacent",
        severity: Error,
        source: "MSGR-REVIEW",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        if field.role == Role::Url {
            continue;
        }
        let scanned = &field.scan;
        for (first, second) in adjacent_pairs(field.text, scanned) {
            let (Some(a), Some(b)) = (scanned.vars.get(first), scanned.vars.get(second)) else {
                continue;
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    field.pointer,
                    format!(
                        "two variables are next to each other in the {}",
                        field.role.label()
                    ),
                )
                .with_text_range(field.text, a.start, b.end)
                .with_help("put words or punctuation between them, or use one variable for both values"),
            );
        }
    }
}
