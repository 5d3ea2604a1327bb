//! P002 send-component-duplicate

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a send with two `header`, `body`, `carousel` or `limited_time_offer`
    /// components (at the top level or in one carousel card), or two `button` components
    /// with the same `index`.
    ///
    /// ## Why is this bad
    /// Each component of the approved template gets its parameters once; Meta cannot tell
    /// which copy applies and refuses the send (generic 100, inferred).
    ///
    /// ## Example
    /// `"components": [{"type": "body", …}, {"type": "body", …}]`
    ///
    /// ## References
    /// rules.md `tsend.component.type`, `tsend.button.index`; OAS#TemplateComponent; ONPREM.
    pub static RULE = {
        code: "P002",
        name: "send-component-duplicate",
        severity: Error,
        source: "OAS#TemplateComponent; ONPREM",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for kind in ["header", "body", "carousel", "limited_time_offer"] {
            for extra in list.iter().filter(|c| c.kind == kind).skip(1) {
                ctx.report(
                    Diagnostic::new(&RULE, extra.pointer, format!("a second `{kind}` component"))
                        .with_help("put all the parameters of a component in one component"),
                );
            }
        }
        let buttons: Vec<_> = list.iter().filter(|c| c.kind == "button").collect();
        for (position, button) in buttons.iter().enumerate() {
            let Some(index) = button.index else {
                continue;
            };
            if buttons
                .iter()
                .take(position)
                .any(|earlier| earlier.index == Some(index))
            {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        button.pointer,
                        format!("a second button component for index {index}"),
                    )
                    .with_help("give each button of the template at most one component, by its index"),
                );
            }
        }
    }
}
