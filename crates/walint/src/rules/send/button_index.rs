//! P003 send-button-index

use serde_json::Value;

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a button component whose `index` is not a whole number from 0 to 9 (as an
    /// integer or a string: `0`, `"0"`). Integer ranges are checked by the schema; this rule
    /// checks the string form (`"first"`, `"10"`, `"-1"`).
    ///
    /// ## Why is this bad
    /// The index is the button's position in the template ("up to 10 buttons using index
    /// values of 0 to 9"); anything else cannot match a button and the send fails.
    ///
    /// ## Example
    /// `{"type": "button", "sub_type": "url", "index": "10", "parameters": […]}`
    ///
    /// ## References
    /// rules.md `tsend.button.index`; ONPREM.
    pub static RULE = {
        code: "P003",
        name: "send-button-index",
        severity: Error,
        source: "ONPREM",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for button in list.iter().filter(|c| c.kind == "button") {
            let Some(Value::String(raw)) = button.value.get("index") else {
                continue;
            };
            if matches!(button.index, Some(0..=9)) {
                continue;
            }
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer.key("index"),
                    format!("button index `{raw}` is not a number from 0 to 9"),
                )
                .with_help("use the button's position in the template: 0 for the first button"),
            );
        }
    }
}
