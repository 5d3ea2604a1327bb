//! T005 template-component-duplicate

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a second HEADER, FOOTER, BUTTONS, CAROUSEL or LIMITED_TIME_OFFER component.
    ///
    /// ## Why is this bad
    /// A template has at most one of each ("only one text header", "one footer component",
    /// all buttons in a single BUTTONS component). Meta refuses the creation (error 100, inferred).
    ///
    /// ## Example
    /// Two `{"type": "BUTTONS", …}` components instead of one with all the buttons.
    ///
    /// ## References
    /// rules.md `tcreate.components.required`, `tcreate.buttons.total`; DOC:/templates/components.
    pub static RULE = {
        code: "T005",
        name: "template-component-duplicate",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

const SINGLE: &[&str] = &["HEADER", "FOOTER", "BUTTONS", "CAROUSEL", "LIMITED_TIME_OFFER"];

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let all = &view.components;
    for kind in SINGLE {
        for extra in all.iter().filter(|c| c.kind == *kind).skip(1) {
            let help = if *kind == "BUTTONS" {
                "put every button in one BUTTONS component".to_owned()
            } else {
                format!("keep one {kind} component")
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    extra.pointer,
                    format!("a template has at most one {kind} component"),
                )
                .with_help(help),
            );
        }
    }
}
