//! `checkSend`: a template send checked against its definition, as `walint lint --templates`
//! checks it, with the findings placed in the send's text.

use serde_json::Value;
use walint::Diagnostic;

use crate::error::FacadeError;

/// The X findings of the send in `send_text` against `definition`: one template definition, a
/// `GET /message_templates` response (`data: [...]`) or an array of definitions (then the one
/// with the send's name and language is used, as by the CLI), placed in `send_text` and
/// ordered as `lint` orders them ([`walint::check_send_str`]).
pub fn check(send_text: &str, definition: Value) -> Result<Vec<Diagnostic>, FacadeError> {
    walint::check_send_str(send_text, definition)
        .map_err(|error| FacadeError::Invalid(format!("definition: {error}")))
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
        let found = check(SEND, definition("en_US")).expect("checked");
        assert_eq!(codes(&found), ["X002"]);
        let location = found[0].location.expect("located");
        assert_eq!(location.line, 3);
        assert_eq!(SEND.get(location.start..location.end), Some("[]"));
    }

    #[test]
    fn a_definition_set_is_searched_by_name_and_language() {
        let set = json!({"data": [definition("de"), definition("en_US")]});
        assert_eq!(codes(&check(SEND, set).expect("checked")), ["X002"]);
        let array = json!([definition("de"), definition("fr")]);
        let unknown = check(SEND, array).expect("checked");
        assert_eq!(codes(&unknown), ["X001"]);
        assert_eq!(
            unknown[0].help.as_deref(),
            Some("`order_update` is defined in `de`, `fr`")
        );
        assert!(matches!(
            check(SEND, json!({"data": []})),
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
            let mut expected = walint::check_send(&send, &definition);
            let parsed = walint::source::parse(SEND).expect("valid JSON");
            walint::source::locate(SEND, &parsed.spans, &mut expected);
            assert_eq!(check(SEND, definition.clone()).expect("checked"), expected);
        }
    }
}
