//! Rules for template definitions (`POST /message_templates` bodies, template objects from
//! `GET /message_templates`, and `data[]` lists of them). One file per rule; each is
//! registered in [`CHECKS`]. A check receives one template object and reports pointers
//! relative to it; [`run`] adds the template's prefix (`/data/3`) for `data[]` responses.

mod auth_no_url_media_emoji;
mod auth_otp_button;
mod auth_package_name;
mod auth_signature_hash;
mod auth_supported_apps;
mod auth_zero_tap_terms;
mod body_count;
mod button_type_limits;
mod buttons_grouped;
mod carousel_card_components;
mod carousel_cards_uniform;
mod category_restrictions;
mod component_duplicate;
mod example_count;
mod example_kind;
mod example_missing;
mod example_named_params;
mod example_whitespace;
mod flow_button_source;
mod footer_no_variable;
mod header_one_variable;
mod language_supported;
mod lto_body_length;
mod lto_copy_code_length;
mod lto_footer;
mod name_format;
mod named_variable_length;
mod parameter_format_matches;
pub mod parts;
mod phone_number_format;
mod positional_sequence;
mod url_button_variable;
mod variable_at_edge;
mod variable_malformed;
mod variable_ratio;
mod variables_adjacent;
mod variables_mixed;

use serde_json::Value;

use crate::context::Ctx;
use crate::diagnostic::Diagnostic;
use crate::registry::Rule;

/// A rule's check: reads one template definition, reports through the context.
pub type Check = fn(&mut Ctx<'_>, &Value);

pub static CHECKS: &[(&Rule, Check)] = &[
    (&name_format::RULE, name_format::check),
    (&language_supported::RULE, language_supported::check),
    (&parameter_format_matches::RULE, parameter_format_matches::check),
    (&body_count::RULE, body_count::check),
    (&component_duplicate::RULE, component_duplicate::check),
    (&variable_malformed::RULE, variable_malformed::check),
    (&positional_sequence::RULE, positional_sequence::check),
    (&named_variable_length::RULE, named_variable_length::check),
    (&variables_mixed::RULE, variables_mixed::check),
    (&variable_at_edge::RULE, variable_at_edge::check),
    (&variables_adjacent::RULE, variables_adjacent::check),
    (&header_one_variable::RULE, header_one_variable::check),
    (&footer_no_variable::RULE, footer_no_variable::check),
    (&variable_ratio::RULE, variable_ratio::check),
    (&example_missing::RULE, example_missing::check),
    (&example_kind::RULE, example_kind::check),
    (&example_count::RULE, example_count::check),
    (&example_named_params::RULE, example_named_params::check),
    (&example_whitespace::RULE, example_whitespace::check),
    (&button_type_limits::RULE, button_type_limits::check),
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
    (&category_restrictions::RULE, category_restrictions::check),
];

/// Runs every template rule on one definition found at `prefix` of the document.
pub fn run(ctx: &mut Ctx<'_>, prefix: &str, template: &Value) {
    let mut inner = Ctx::new(ctx.options);
    for (_, check) in CHECKS {
        check(&mut inner, template);
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
