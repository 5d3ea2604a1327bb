//! P006 send-parameters-mixed

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports header and body parameters where some carry `parameter_name` and others do
    /// not.
    ///
    /// ## Why is this bad
    /// A template is either NAMED (every parameter names its variable) or POSITIONAL (none
    /// does). Meta answers 100 "Parameter name is missing or empty" when a named template
    /// gets an unnamed parameter (piusalfred/whatsapp#100, shridarpatil/whatomate#144).
    ///
    /// ## Example
    /// `"parameters": [{"type": "text", "parameter_name": "first_name", "text": "Mark"}, {"type": "text", "text": "42"}]`
    ///
    /// ## References
    /// rules.md `tsend.params.no-mixing`, `tsend.params.named`; WAJS `src/messages/template.ts`; peers.md §3.3.
    pub static RULE = {
        code: "P006",
        name: "send-parameters-mixed",
        severity: Error,
        source: "WAJS src/messages/template.ts; DOC:/templates/overview",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    let mut named = Vec::new();
    let mut unnamed = Vec::new();
    for list in &view.lists {
        for component in list.iter().filter(|c| c.kind == "header" || c.kind == "body") {
            for (at, parameter) in component.parameters() {
                // Media and location headers never carry a name.
                if !matches!(
                    super::parts::parameter_type(parameter).as_deref(),
                    Some("text" | "currency" | "date_time")
                ) {
                    continue;
                }
                if parameter.get("parameter_name").is_some() {
                    named.push(at);
                } else {
                    unnamed.push(at);
                }
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for at in unnamed {
        ctx.report(
            Diagnostic::new(
                &RULE,
                at,
                "this parameter has no `parameter_name` but others have one",
            )
            .with_help("a named template needs `parameter_name` on every header and body parameter"),
        );
    }
}
