use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::placeholder::dangling;

declare_rule! {
    /// ## What it does
    /// Reports a body that starts or ends with a variable (whitespace and punctuation around
    /// it do not count: `{{1}}!` still ends with a variable).
    ///
    /// ## Why is this bad
    /// Meta refuses the template: `code=100 subcode=2388299 "Leading or trailing params not
    /// allowed"` (review reason INVALID_FORMAT, "dangling parameters").
    ///
    /// ## Example
    /// `"text": "{{1}}, your order has shipped. Track it here: {{2}}"`
    ///
    /// ## References
    /// rules.md `tcreate.var.no-dangling`; MSGR-REVIEW; peers.md §3.6 (Jaal-Yantra-Textiles/v2 PR #2134).
    pub static RULE = {
        code: "T014",
        name: "template-variable-at-edge",
        severity: Error,
        source: "MSGR-REVIEW; error subcode 2388299",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Body) {
        let scanned = &field.scan;
        let (starts, ends) = dangling(field.text, scanned);
        if starts {
            if let Some(var) = scanned.vars.first() {
                ctx.report(
                    Diagnostic::new(&RULE, field.pointer, "the body starts with a variable")
                        .with_text_range(field.text, var.start, var.end)
                        .with_help("start the body with text, e.g. `Hi {{1}}, …`"),
                );
            }
        }
        if ends {
            if let Some(var) = scanned.vars.last() {
                ctx.report(
                    Diagnostic::new(&RULE, field.pointer, "the body ends with a variable")
                        .with_text_range(field.text, var.start, var.end)
                        .with_help("end the body with text, e.g. `… {{2}}. Thank you!`"),
                );
            }
        }
    }
}
