//! T034 template-flow-button-source

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a FLOW button without exactly one of `flow_id`, `flow_name` and `flow_json`.
    ///
    /// ## Why is this bad
    /// The button must name the one Flow it opens; Meta's creation examples use exactly one
    /// of the three, and the API refuses the template otherwise.
    ///
    /// ## Example
    /// `{"type": "FLOW", "text": "Book", "flow_action": "navigate"}` (no Flow given).
    ///
    /// ## References
    /// rules.md `tcreate.buttons.flow`; OAS examples "Create Flow Template Message by …"; DOC:/flows/guides/sendingaflow.
    pub static RULE = {
        code: "T034",
        name: "template-flow-button-source",
        severity: Error,
        source: "OAS examples \"Create Flow Template Message\"",
        meta_error: None,
    }
}

const SOURCES: &[&str] = &["flow_id", "flow_name", "flow_json"];

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "FLOW") {
        let given: Vec<&str> = SOURCES
            .iter()
            .copied()
            .filter(|key| button.value.get(*key).is_some())
            .collect();
        let message = match given.len() {
            1 => continue,
            0 => "the FLOW button names no Flow".to_owned(),
            _ => format!("the FLOW button has {}: give exactly one", given.join(" and ")),
        };
        ctx.report(
            Diagnostic::new(&RULE, button.pointer, message)
                .with_help("set exactly one of `flow_id`, `flow_name` or `flow_json`"),
        );
    }
}
