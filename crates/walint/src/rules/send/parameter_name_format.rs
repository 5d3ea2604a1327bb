//! P005 send-parameter-name-format

use serde_json::Value;

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::placeholder::is_valid_name;

declare_rule! {
    /// ## What it does
    /// Reports a `parameter_name` that is not a valid variable name: lowercase letters,
    /// digits and underscores, not starting with a digit, without braces.
    ///
    /// ## Why is this bad
    /// The name must equal a `{{name}}` of the approved template; Meta answers 100
    /// ("Parameter name is missing or empty") for an empty one, and a name in another form
    /// never matches.
    ///
    /// ## Example
    /// `{"type": "text", "parameter_name": "{{First Name}}", "text": "Mark"}`
    ///
    /// ## References
    /// rules.md `tsend.params.parameter_name.format`; DOC:/templates/overview ("Named parameters"); peers.md §3.3.
    pub static RULE = {
        code: "P005",
        name: "send-parameter-name-format",
        severity: Error,
        source: "DOC:/templates/overview",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for component in list {
            for (at, parameter) in component.parameters() {
                let Some(name) = parameter.get("parameter_name").and_then(Value::as_str) else {
                    continue;
                };
                if is_valid_name(name) {
                    continue;
                }
                let stripped = name.trim().trim_start_matches('{').trim_end_matches('}').trim();
                let help = if is_valid_name(stripped) {
                    format!("write `{stripped}`, without braces or spaces")
                } else {
                    "use the variable's name as in the template: lowercase letters and `_`".to_owned()
                };
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at.key("parameter_name"),
                        format!("parameter_name `{name}` is not a valid variable name"),
                    )
                    .with_help(help),
                );
            }
        }
    }
}
