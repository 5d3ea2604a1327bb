//! T016 template-header-one-variable

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a text header with more than one variable.
    ///
    /// ## Why is this bad
    /// "Text headers support 1 parameter": Meta refuses the creation (shridarpatil/whatomate PR #423).
    ///
    /// ## Example
    /// `{"type": "HEADER", "format": "TEXT", "text": "{{1}} and {{2}}"}`
    ///
    /// ## References
    /// rules.md `tcreate.header.text.one-var`; DOC:/templates/components ("Text header").
    pub static RULE = {
        code: "T016",
        name: "template-header-one-variable",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Header) {
        let scanned = &field.scan;
        if let Some(extra) = scanned.vars.get(1) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    field.pointer,
                    format!(
                        "the header has {} variables; a text header supports one",
                        scanned.vars.len()
                    ),
                )
                .with_text_range(field.text, extra.start, extra.end)
                .with_help("keep one variable in the header and move the others to the body"),
            );
        }
    }
}
