//! Rules for template definitions (`POST /message_templates` bodies, template objects from
//! `GET /message_templates`, and `data[]` lists of them). One file per rule; each is
//! registered in [`CHECKS`]. A check receives one template object and reports pointers
//! relative to it; [`run`] adds the template's prefix (`/data/3`) for `data[]` responses.

mod allow_category_change_deprecated;
mod auth_body_text;
mod auth_no_url_media_emoji;
mod auth_otp_button;
mod auth_package_name;
mod auth_signature_hash;
mod auth_supported_apps;
mod auth_zero_tap_terms;
mod body_count;
mod button_type_limit;
mod buttons_grouped;
mod call_permission_layout;
mod carousel_card_components;
mod carousel_cards_uniform;
mod category_restriction;
mod component_duplicate;
mod example_count;
mod example_missing;
mod example_named_params;
mod example_shape;
mod example_whitespace;
mod flow_button_source;
mod footer_variable;
mod header_one_variable;
mod language_supported;
mod lto_body_length;
mod lto_copy_code_length;
mod lto_footer;
mod name_format;
mod named_variable_contested;
mod parameter_format_mismatch;
pub mod parts;
mod phone_number_format;
mod promotional_content;
mod ttl_out_of_range;
mod url_button_variable;
mod variable_at_edge;
mod variable_malformed;
mod variable_ratio;
mod variables_adjacent;
mod variables_mixed;
mod variables_not_sequential;

use serde_json::Value;

use crate::context::Ctx;
use crate::diagnostic::Diagnostic;
use crate::registry::Rule;
pub use parts::TemplateView;

/// A rule's check: reads one template definition (through the views every rule shares),
/// reports through the context.
pub type Check = fn(&mut Ctx<'_>, &TemplateView<'_>);

pub static CHECKS: &[(&Rule, Check)] = &[
    (&name_format::RULE, name_format::check),
    (&language_supported::RULE, language_supported::check),
    (&parameter_format_mismatch::RULE, parameter_format_mismatch::check),
    (&body_count::RULE, body_count::check),
    (&component_duplicate::RULE, component_duplicate::check),
    (&variable_malformed::RULE, variable_malformed::check),
    (&variables_not_sequential::RULE, variables_not_sequential::check),
    (&named_variable_contested::RULE, named_variable_contested::check),
    (&variables_mixed::RULE, variables_mixed::check),
    (&variable_at_edge::RULE, variable_at_edge::check),
    (&variables_adjacent::RULE, variables_adjacent::check),
    (&header_one_variable::RULE, header_one_variable::check),
    (&footer_variable::RULE, footer_variable::check),
    (&variable_ratio::RULE, variable_ratio::check),
    (&example_missing::RULE, example_missing::check),
    (&example_shape::RULE, example_shape::check),
    (&example_count::RULE, example_count::check),
    (&example_named_params::RULE, example_named_params::check),
    (&example_whitespace::RULE, example_whitespace::check),
    (&button_type_limit::RULE, button_type_limit::check),
    (&buttons_grouped::RULE, buttons_grouped::check),
    (&url_button_variable::RULE, url_button_variable::check),
    (&phone_number_format::RULE, phone_number_format::check),
    (&flow_button_source::RULE, flow_button_source::check),
    (&auth_no_url_media_emoji::RULE, auth_no_url_media_emoji::check),
    (&auth_otp_button::RULE, auth_otp_button::check),
    (&auth_signature_hash::RULE, auth_signature_hash::check),
    (&auth_supported_apps::RULE, auth_supported_apps::check),
    (&auth_package_name::RULE, auth_package_name::check),
    (&auth_zero_tap_terms::RULE, auth_zero_tap_terms::check),
    (&carousel_card_components::RULE, carousel_card_components::check),
    (&carousel_cards_uniform::RULE, carousel_cards_uniform::check),
    (&lto_footer::RULE, lto_footer::check),
    (&lto_body_length::RULE, lto_body_length::check),
    (&lto_copy_code_length::RULE, lto_copy_code_length::check),
    (&category_restriction::RULE, category_restriction::check),
    (
        &allow_category_change_deprecated::RULE,
        allow_category_change_deprecated::check,
    ),
    (&promotional_content::RULE, promotional_content::check),
    (&ttl_out_of_range::RULE, ttl_out_of_range::check),
    (&call_permission_layout::RULE, call_permission_layout::check),
    (&auth_body_text::RULE, auth_body_text::check),
];

/// Runs every template rule on one definition found at `prefix` of the document.
pub fn run(ctx: &mut Ctx<'_>, prefix: &str, template: &Value) {
    let view = TemplateView::new(template);
    let mut inner = Ctx::new(ctx.options);
    for (_, check) in CHECKS {
        check(&mut inner, &view);
    }
    ctx.extend(inner.into_diagnostics().into_iter().map(|d| prefixed(d, prefix)));
}

/// Moves a diagnostic (and its fix) from pointers relative to a sub-document to pointers
/// of the whole document.
pub fn prefixed(mut diagnostic: Diagnostic, prefix: &str) -> Diagnostic {
    if prefix.is_empty() {
        return diagnostic;
    }
    diagnostic.pointer.insert_str(0, prefix);
    if let Some(fix) = &mut diagnostic.fix {
        for edit in &mut fix.edits {
            edit.pointer.insert_str(0, prefix);
        }
    }
    diagnostic
}

/// Whether the template is of `category` (upper-cased comparison).
pub fn is_category(template: &Value, category: &str) -> bool {
    parts::category(template).as_deref() == Some(category)
}

pub use example_whitespace::forbidden_whitespace;
pub use language_supported::is_respelling;

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
    fn data_lists_prefix_pointers_and_fixes() {
        let found = lint(json!({"data": [
            {"name": "ok", "language": "en_US", "category": "UTILITY", "components": [{"type": "BODY", "text": "Hello there"}]},
            {"name": "bad", "language": "en-US", "category": "UTILITY", "components": [{"type": "BODY", "text": "Hello there"}]}
        ]}));
        let (applicability, value, pointer) = fix_of(&found, "T002");
        assert_eq!(
            (applicability, value.as_str(), pointer),
            (Applicability::Safe, Some("en_US"), "/data/1/language")
        );
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
