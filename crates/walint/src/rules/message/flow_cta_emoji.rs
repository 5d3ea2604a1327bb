//! M131 flow-cta-emoji

use serde_json::Value;

use super::emoji::first_emoji;
use super::flow_cta;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Warns about an emoji in a flow button label (`flow_cta`).
    ///
    /// ## Why is this bad
    /// Meta says "no emoji" for this label (legacy reference; OpenAPI: "Advised 30
    /// characters or less, no emoji"). It does not document an error, so this is a
    /// warning. `©`, `®` and `™` are not counted as emoji.
    ///
    /// ## Example
    /// `"flow_cta": "Book now 📅"`.
    ///
    /// ## References
    /// rules.md `interactive.flow.cta`; ONPREM; OAS#ActionObject; WAJS (no
    /// `\p{Extended_Pictographic}`).
    pub static RULE = {
        code: "M131",
        name: "flow-cta-emoji",
        severity: Warning,
        source: "ONPREM flow parameters; OAS#ActionObject",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(cta) = flow_cta(message) else {
        return;
    };
    if let Some((start, end)) = first_emoji(cta) {
        let emoji = cta.get(start..end).unwrap_or_default();
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_cta"),
                format!("`flow_cta` contains the emoji `{emoji}`; Meta says no emoji in this label"),
            )
            .with_text_range(cta, start, end)
            .with_help("remove the emoji from the button label"),
        );
    }
}
