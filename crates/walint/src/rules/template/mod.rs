//! Rules for template definitions (`POST /message_templates` bodies, template objects from
//! `GET /message_templates`, and `data[]` lists of them). One file per rule; each is
//! registered in [`CHECKS`]. A check receives one template object and reports pointers
//! relative to it; [`run`] adds the template's prefix (`/data/3`) for `data[]` responses.

pub mod parts;

use crate::rules::texts::Text;
use crate::value::Value;

use crate::context::Ctx;
pub use parts::TemplateView;

/// A rule's check: reads one template definition (through the views every rule shares),
/// reports through the context.
pub type Check = fn(&mut Ctx<'_>, &TemplateView<'_>);

crate::rule_files! {
    Check;
    name_format,
    language_supported,
    parameter_format_mismatch,
    body_count,
    component_duplicate,
    variable_malformed,
    variables_not_sequential,
    named_variable_contested,
    variables_mixed,
    variable_at_edge,
    variables_adjacent,
    header_one_variable,
    footer_variable,
    variable_ratio,
    example_missing,
    example_shape,
    example_count,
    example_named_params,
    example_whitespace,
    header_handle_form,
    button_type_limit,
    buttons_grouped,
    url_button_variable,
    phone_number_format,
    flow_button_source,
    auth_no_url_media_emoji,
    auth_otp_button,
    auth_signature_hash,
    auth_supported_apps,
    auth_package_name,
    auth_zero_tap_terms,
    carousel_card_components,
    carousel_cards_uniform,
    lto_footer,
    lto_body_length,
    lto_copy_code_length,
    lto_buttons,
    category_restriction,
    allow_category_change_deprecated,
    promotional_content,
    ttl_out_of_range,
    call_permission_layout,
    auth_body_text,
    header_text_format,
    button_text_format,
}

/// Runs every template rule on one definition found at `prefix` of the document.
/// `shown`: the template's shown texts ([`crate::rules::texts::template_texts`]).
pub fn run(ctx: &mut Ctx<'_>, prefix: &str, template: &Value, shown: &[Text<'_>]) {
    let view = TemplateView::new(template, shown);
    let mut inner = Ctx::new(ctx.options);
    for (_, check) in CHECKS {
        check(&mut inner, &view);
    }
    ctx.append(
        inner
            .into_diagnostics()
            .into_iter()
            .map(|d| d.prefixed(prefix))
            .collect(),
    );
}

/// Whether the template is of `category` (upper-cased comparison).
pub fn is_category(template: &Value, category: &str) -> bool {
    parts::category(template).as_deref() == Some(category)
}

pub use example_whitespace::forbidden_whitespace;
pub use language_supported::is_respelling;
pub use name_format::{is_name_char, suggestion as name_suggestion};

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::diagnostic::{Applicability, Diagnostic};
    use crate::{lint_value, Kind, Options};

    fn lint(template: Value) -> Vec<Diagnostic> {
        lint_value(&template, Kind::Template, &Options::default()).diagnostics
    }

    fn body(text: &str, examples: Value) -> Value {
        json!({"name": "t", "language": "en_US", "category": "UTILITY", "components": [
            {"type": "BODY", "text": text, "example": {"body_text": [examples]}}]})
    }

    fn fix_of<'d>(found: &'d [Diagnostic], code: &str) -> (Applicability, &'d Value, &'d str) {
        let d = found.iter().find(|d| d.code == code).expect("diagnostic");
        let fix = d.fix.as_ref().expect("fix");
        (
            fix.applicability,
            &fix.edits[0].value,
            fix.edits[0].pointer.as_str(),
        )
    }

    #[test]
    fn spaces_inside_braces_get_a_safe_fix_of_the_whole_string() {
        let found = lint(body(
            "Hi {{ 1 }}, your order {{2}} is ready. Thanks!",
            json!(["a", "b"]),
        ));
        let (applicability, value, pointer) = fix_of(&found, "T010");
        assert_eq!(applicability, Applicability::Safe);
        assert_eq!(value, "Hi {{1}}, your order {{2}} is ready. Thanks!");
        assert_eq!(pointer, "/components/0/text");
        let range = found.iter().find_map(|d| d.text_range).expect("range");
        assert_eq!((range.start, range.end), (3, 10));
    }

    #[test]
    fn renaming_fixes_are_unsafe() {
        let found = lint(body(
            "Hi {{First_Name}}, your order is ready. Thanks!",
            json!(["a"]),
        ));
        assert_eq!(fix_of(&found, "T010").0, Applicability::Unsafe);
    }

    #[test]
    fn gaps_get_an_unsafe_renumbering_fix() {
        let found = lint(body(
            "Hi {{1}}, order {{4}} ships {{7}}, {{4}} again. Thanks!",
            json!(["a", "b", "c"]),
        ));
        let (applicability, value, _) = fix_of(&found, "T011");
        assert_eq!(applicability, Applicability::Unsafe);
        assert_eq!(value, "Hi {{1}}, order {{2}} ships {{3}}, {{2}} again. Thanks!");
    }

    #[test]
    fn lists_prefix_pointers_and_fixes_and_returned_templates_carry_no_fix() {
        let ok = json!({"name": "ok", "language": "en_US", "category": "UTILITY", "components": [{"type": "BODY", "text": "Hello there"}]});
        let bad = json!({"name": "bad", "language": "en-US", "category": "UTILITY", "components": [{"type": "BODY", "text": "Hello there"}]});
        // A project's templates kept in one file: each is a create body, fixes included.
        let found = lint(json!([ok, bad]));
        let (applicability, value, pointer) = fix_of(&found, "T002");
        assert_eq!(
            (applicability, value.as_str(), pointer),
            (Applicability::Safe, Some("en_US"), "/1/language")
        );
        // Meta's GET answer: read, not edited.
        let found = lint(json!({"data": [ok, bad]}));
        let t002 = found.iter().find(|d| d.code == "T002").expect("T002");
        assert_eq!(t002.pointer, "/data/1/language");
        assert!(t002.fix.is_none());
    }

    #[test]
    fn odd_inputs_never_panic() {
        for template in [
            json!({"name": 1, "components": "x"}),
            json!({"name": "é", "language": "🎉", "category": "AUTHENTICATION", "components": [null, 1, {"type": "BODY", "text": "{{"}, {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP", "signature_hash": "%E2%8", "package_name": "é.é"}]}]}),
            json!({"name": "x", "components": [{"type": "CAROUSEL", "cards": [{"components": [{"type": "BODY", "text": "}}{{ {1} é {{"}]}, 3]}]}),
        ] {
            let _ = lint(template);
        }
    }
}
