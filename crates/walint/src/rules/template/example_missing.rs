//! T020 template-example-missing

use super::parts::{Examples, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::VarKind;

declare_rule! {
    /// ## What it does
    /// Reports a header, body, card body or URL button with variables but no `example` values.
    ///
    /// Authentication templates are not checked: Meta writes their texts and fills in the
    /// one-time code itself (a body `text` in a create body is T075's finding).
    ///
    /// ## Why is this bad
    /// "If this string contains a parameter, you must include the example property": Meta
    /// refuses the creation ("BODY component does not contain the expected field(s)
    /// (example)"). A URL button without its example is a frequent miss
    /// (https://github.com/shridarpatil/whatomate/pull/258).
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_ready", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Hi {{1}}, your order is ready."}]}
    /// ```
    /// Use instead: a sample for every variable:
    /// ```json
    /// {"name": "order_ready", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Hi {{1}}, your order is ready.", "example": {"body_text": [["Mark"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://github.com/shridarpatil/whatomate/pull/258
    pub static RULE = {
        code: "T020",
        name: "template-example-missing",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

fn help(role: Role, named: bool) -> &'static str {
    match (role, named) {
        (Role::Header, false) => "add `\"example\": {\"header_text\": [\"…\"]}`",
        (Role::Header, true) => {
            "add `\"example\": {\"header_text_named_params\": [{\"param_name\": \"…\", \"example\": \"…\"}]}`"
        }
        (Role::Url, _) => "add `\"example\": [\"https://…/sample-suffix\"]` to the button",
        (_, false) => "add `\"example\": {\"body_text\": [[\"…\", \"…\"]]}`, one sample per variable",
        (_, true) => {
            "add `\"example\": {\"body_text_named_params\": [{\"param_name\": \"…\", \"example\": \"…\"}]}`"
        }
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    // Meta writes an authentication template's texts and its one-time code itself: a body
    // `text` given in a create body is T075's finding, a URL button GET's form of the OTP
    // button (T040).
    if view.is_category("AUTHENTICATION") {
        return;
    }
    for field in &view.texts {
        if field.role == Role::Footer {
            continue;
        }
        let Some(first) = field.scan.vars.first() else {
            continue;
        };
        if !matches!(field.examples, Examples::None) {
            continue;
        }
        let named = matches!(first.kind, VarKind::Named(_));
        // Samples under another text's key (`body_text` in a HEADER): say so, not "none".
        let other_keys: &[&str] = match field.role {
            Role::Header => &["body_text", "body_text_named_params"],
            Role::Body | Role::CardBody => &["header_text", "header_text_named_params"],
            _ => &[],
        };
        let example = field.holder.get("example");
        let misplaced = other_keys
            .iter()
            .find(|key| example.and_then(|e| e.get(**key)).is_some());
        let message = match misplaced {
            Some(key) => format!(
                "the {} has variables, and its examples are under `{key}`, which is for another component",
                field.role.label()
            ),
            None => format!("the {} has variables but no example values", field.role.label()),
        };
        ctx.report(Diagnostic::new(&RULE, field.holder_pointer, message).with_help(help(field.role, named)));
    }
}
