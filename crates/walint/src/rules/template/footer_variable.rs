//! T017 template-footer-variable

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a variable in the footer.
    ///
    /// ## Why is this bad
    /// Footers never receive parameters at send time (a send's components are header, body,
    /// button, carousel and limited_time_offer), and the components page documents no footer
    /// variable syntax or example; the value could never be filled in.
    ///
    /// ## Example
    /// `{"type": "FOOTER", "text": "Sent by {{1}}"}`
    ///
    /// ## References
    /// rules.md `tcreate.footer.vars` (conflict noted: the utility-templates page says "Variables are supported"), `tsend.component.type`; DOC:/templates/components.
    pub static RULE = {
        code: "T017",
        name: "template-footer-variable",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Footer) {
        for var in &field.scan.vars {
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, "the footer cannot hold a variable")
                    .with_text_range(field.text, var.start, var.end)
                    .with_help("move the variable to the body; the footer is fixed text"),
            );
        }
    }
}
