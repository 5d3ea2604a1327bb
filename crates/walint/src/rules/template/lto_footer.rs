//! T060 template-lto-footer

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a FOOTER in a limited-time-offer template.
    ///
    /// ## Why is this bad
    /// Limited-time-offer templates "cannot have a footer"; Meta refuses the creation.
    ///
    /// ## Example
    /// `[{"type": "LIMITED_TIME_OFFER", …}, {"type": "BODY", …}, {"type": "FOOTER", "text": "Terms apply"}]`
    ///
    /// ## References
    /// rules.md `tcreate.lto.category`; DOC:/templates/marketing-templates/limited-time-offer-templates.
    pub static RULE = {
        code: "T060",
        name: "template-lto-footer",
        severity: Error,
        source: "DOC:/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if view.find("LIMITED_TIME_OFFER").is_none() {
        return;
    }
    for footer in view.components.iter().filter(|c| c.kind == "FOOTER") {
        ctx.report(
            Diagnostic::new(
                &RULE,
                footer.pointer,
                "limited-time-offer templates cannot have a footer",
            )
            .with_help("remove the FOOTER component"),
        );
    }
}
