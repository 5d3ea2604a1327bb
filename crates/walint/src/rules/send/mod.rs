//! Rules for template sends (`"type": "template"` messages), run from the message rules.
//! One file per rule, registered in [`CHECKS`]. A check receives the message's `template`
//! object and reports pointers relative to it; [`run`] prefixes them with `/template`.
//! With `Options.templates`, the send is also checked against its definition
//! ([`crate::check_send`]).

mod button_index;
mod component_duplicate;
mod flow_button_without_parameters;
mod header_parameter_count;
mod language_code;
mod param_empty;
mod param_text_length;
mod param_whitespace;
mod parameter_name_format;
mod parameter_type;
mod parameters_mixed;
pub mod parts;
mod url_button_suffix;

use serde_json::Value;

use crate::context::Ctx;
use crate::registry::Rule;
use crate::rules::message::message_type;
use crate::rules::template::prefixed;
pub use parts::SendView;

/// A rule's check: reads the `template` object of a send (through the views every rule
/// shares).
pub type Check = fn(&mut Ctx<'_>, &SendView<'_>);

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
    (
        &flow_button_without_parameters::RULE,
        flow_button_without_parameters::check,
    ),
    (&header_parameter_count::RULE, header_parameter_count::check),
    (&url_button_suffix::RULE, url_button_suffix::check),
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
    let view = SendView::new(template);
    let mut inner = Ctx::new(ctx.options);
    for (_, check) in CHECKS {
        check(&mut inner, &view);
    }
    ctx.extend(
        inner
            .into_diagnostics()
            .into_iter()
            .map(|d| prefixed(d, "/template")),
    );
    crate::check_send::against_options(ctx, message);
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::diagnostic::Applicability;
    use crate::{lint_value, Kind, Options};

    #[test]
    fn whitespace_and_language_fixes() {
        let message = json!({"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
            "template": {"name": "t", "language": {"code": "pt-br"}, "components": [
                {"type": "body", "parameters": [{"type": "text", "text": "Olá\tJoão      🎉"}]}]}});
        let found = lint_value(&message, Kind::Auto, &Options::default()).diagnostics;
        let p007 = found.iter().find(|d| d.code == "P007").expect("P007");
        let fix = p007.fix.as_ref().expect("fix");
        assert_eq!(fix.applicability, Applicability::Unsafe);
        assert_eq!(fix.edits[0].value, "Olá João 🎉");
        assert_eq!(p007.pointer, "/template/components/0/parameters/0/text");
        let range = p007.text_range.expect("range");
        assert_eq!((range.start, range.end), (3, 4));
        let p001 = found.iter().find(|d| d.code == "P001").expect("P001");
        let fix = p001.fix.as_ref().expect("fix");
        assert_eq!(
            (fix.applicability, fix.edits[0].value.as_str()),
            (Applicability::Safe, Some("pt_BR"))
        );
    }
}
