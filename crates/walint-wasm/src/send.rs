//! `checkSend`: a template send checked against its definition, as `walint lint --templates`
//! checks it, with the findings placed in the send's text.

use serde_json::Value;
use walint::context::Ctx;
use walint::rules::send_definition;
use walint::{Diagnostic, Options};

use crate::error::FacadeError;

/// The X findings of `send` (parsed from `send_text`) against `definition`: one template
/// definition, a `GET /message_templates` response (`data: [...]`) or an array of definitions
/// (then the one with the send's name and language is used, as by the CLI). Locations are
/// filled in from `send_text`, and the findings ordered as `lint` orders them: by position,
/// then code, then pointer.
pub fn check(send_text: &str, send: &Value, definition: Value) -> Result<Vec<Diagnostic>, FacadeError> {
    let mut diagnostics = against(send, definition)?;
    walint::source::locate(send_text, &mut diagnostics);
    // The engine's order (`engine::sort`, private to the core).
    diagnostics.sort_by(|a, b| {
        let start = |d: &Diagnostic| d.location.map_or(0, |l| l.start);
        start(a)
            .cmp(&start(b))
            .then_with(|| a.code.cmp(b.code))
            .then_with(|| a.pointer.cmp(&b.pointer))
    });
    Ok(diagnostics)
}

fn against(send: &Value, definition: Value) -> Result<Vec<Diagnostic>, FacadeError> {
    let is_template = definition.get("name").is_some() && definition.get("components").is_some();
    let is_set =
        !is_template && (definition.is_array() || definition.get("data").is_some_and(Value::is_array));
    if !is_set {
        return Ok(walint::check_send(send, &definition));
    }
    let templates = walint::definitions::from_value(definition)
        .map_err(|error| FacadeError::Invalid(format!("definition: {error}")))?;
    let options = Options {
        templates,
        ..Options::default()
    };
    // The send's template object, or the send itself when it is a bare template object.
    let template = send
        .get("template")
        .filter(|template| template.is_object())
        .or_else(|| send.get("name").map(|_| send));
    if let Some(definition) = template.and_then(|template| options.definition_of(template)) {
        return Ok(walint::check_send(send, definition));
    }
    // None matches: X001, whose help names the languages the set defines the template in.
    let mut ctx = Ctx::new(&options);
    send_definition::against_options(&mut ctx, send);
    Ok(ctx.into_diagnostics())
}

#[cfg(test)]
#[allow(clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use serde_json::json;

    use super::*;

    fn definition(language: &str) -> Value {
        json!({"name": "order_update", "language": language, "category": "UTILITY", "status": "APPROVED",
            "components": [{"type": "BODY", "text": "Hi {{1}}", "example": {"body_text": [["Ann"]]}}]})
    }

    const SEND: &str = r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
  "template": {"name": "order_update", "language": {"code": "en_US"},
    "components": [{"type": "body", "parameters": []}]}}"#;

    fn codes(diagnostics: &[Diagnostic]) -> Vec<&str> {
        diagnostics.iter().map(|d| d.code).collect()
    }

    #[test]
    fn findings_are_placed_in_the_send_text() {
        let send: Value = serde_json::from_str(SEND).expect("valid");
        let found = check(SEND, &send, definition("en_US")).expect("checked");
        assert_eq!(codes(&found), ["X002"]);
        let location = found[0].location.expect("located");
        assert_eq!(location.line, 3);
        assert_eq!(SEND.get(location.start..location.end), Some("[]"));
    }

    #[test]
    fn a_definition_set_is_searched_by_name_and_language() {
        let send: Value = serde_json::from_str(SEND).expect("valid");
        let set = json!({"data": [definition("de"), definition("en_US")]});
        assert_eq!(codes(&check(SEND, &send, set).expect("checked")), ["X002"]);
        let array = json!([definition("de"), definition("fr")]);
        let unknown = check(SEND, &send, array).expect("checked");
        assert_eq!(codes(&unknown), ["X001"]);
        assert_eq!(
            unknown[0].help.as_deref(),
            Some("`order_update` is defined in `de`, `fr`")
        );
        assert!(matches!(
            check(SEND, &send, json!({"data": []})),
            Err(FacadeError::Invalid(_))
        ));
    }

    #[test]
    fn a_single_definition_is_the_core_check_send() {
        let send: Value = serde_json::from_str(SEND).expect("valid");
        for definition in [
            definition("en_US"),
            definition("de"),
            json!({"name": "x"}),
            json!(null),
        ] {
            assert_eq!(
                against(&send, definition.clone()).expect("checked"),
                walint::check_send(&send, &definition)
            );
        }
    }
}
