//! Rules for template sends (`"type": "template"` messages), run from the message rules.
//! One file per rule, registered in [`CHECKS`]. A check receives the message's `template`
//! object and reports pointers relative to it; [`run`] prefixes them with `/template`.
//! With `Options.templates`, the send is also checked against its definition
//! ([`crate::check_send`]).

mod button_index;
mod component_duplicate;
mod language_code;
mod param_empty;
mod param_text_length;
mod param_whitespace;
mod parameter_name_format;
mod parameter_type;
mod parameters_mixed;
pub mod parts;

use serde_json::Value;

use crate::context::Ctx;
use crate::registry::Rule;
use crate::rules::message::message_type;
use crate::rules::template::prefixed;

/// A rule's check: reads the `template` object of a send.
pub type Check = fn(&mut Ctx<'_>, &Value);

pub static CHECKS: &[(&Rule, Check)] = &[
    (&language_code::RULE, language_code::check),
    (&component_duplicate::RULE, component_duplicate::check),
    (&button_index::RULE, button_index::check),
    (&parameter_type::RULE, parameter_type::check),
    (&parameter_name_format::RULE, parameter_name_format::check),
    (&parameters_mixed::RULE, parameters_mixed::check),
    (&param_whitespace::RULE, param_whitespace::check),
    (&param_empty::RULE, param_empty::check),
    (&param_text_length::RULE, param_text_length::check),
];

/// Runs the send rules on a template message, then the definition checks when the caller
/// gave definitions.
pub fn run(ctx: &mut Ctx<'_>, message: &Value) {
    if message_type(message) != Some("template") {
        return;
    }
    let Some(template) = message.get("template").filter(|t| t.is_object()) else {
        return;
    };
    let mut inner = Ctx::new(ctx.options);
    for (_, check) in CHECKS {
        check(&mut inner, template);
    }
    ctx.extend(
        inner
            .into_diagnostics()
            .into_iter()
            .map(|d| prefixed(d, "/template")),
    );
    crate::check_send::against_options(ctx, message);
}
