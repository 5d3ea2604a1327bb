//! Rules for template sends (`"type": "template"` messages), run by the engine after the
//! message rules.
//! One file per rule, registered in [`CHECKS`]. A check receives the message's `template`
//! object and reports pointers relative to it; [`run`] prefixes them with `/template`.
//! With `Options.templates`, the engine then checks the send against its definition
//! ([`crate::rules::send_definition`]).

pub mod parts;

use crate::context::Ctx;
use crate::rules::message::message_type;
use crate::value::Value;
pub use parts::SendView;

/// A rule's check: reads the `template` object of a send (through the views every rule
/// shares).
pub type Check = fn(&mut Ctx<'_>, &SendView<'_>);

crate::rule_files! {
    Check;
    language_code,
    component_duplicate,
    button_index,
    parameter_type,
    parameter_name_format,
    parameters_mixed,
    param_whitespace,
    param_empty,
    param_text_length,
    flow_button_without_parameters,
    header_parameter_count,
    url_button_suffix,
    lto_expiration_time,
    template_name_format,
}

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
    ctx.append(
        inner
            .into_diagnostics()
            .into_iter()
            .map(|d| d.prefixed("/template"))
            .collect(),
    );
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
