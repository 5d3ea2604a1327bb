//! T021 template-example-shape

use super::parts::{Examples, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, Severity};
use crate::placeholder::VarKind;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports example values in the wrong form: a flat `body_text`, positional samples for named variables, or `*_named_params` for positional variables.
    ///
    /// `body_text` is a list holding one list of samples (`[["a", "b"]]`, not `["a", "b"]`); a
    /// flat list gets a safe fix that wraps it.
    ///
    /// A COPY_CODE button's `example` given as a one-item list (`["SAVE20"]`) is a warning
    /// with a safe fix that unwraps it. Meta's components page documents a string; but
    /// `GET /message_templates` returns the list form (an APPROVED template reproduced in
    /// CleverTap's template import documentation: `"example": ["HAPPYDIWALI"]`), and several
    /// production codebases create templates that way with no rejection reported. (As of
    /// November 2026.) The other way round, a URL button's `example` given as a string (not a
    /// list of one sample URL) is a warning with a safe fix that wraps it: Meta documents the
    /// list, and Odoo (17.0 to 19.0) and OCA's WhatsApp gateway create templates with a string
    /// ("tested and working", OCA/social#1780, February 2026). A `body_text` given as one string
    /// (`"Pablo"`) is a warning with a safe fix when the body has one variable: Meta's
    /// product-card and media-card carousel pages allow it ("If message body text uses a single
    /// variable, body_text value can be a string"), and its product-card example sends it; with
    /// no variable or more than one it is an error.
    ///
    /// ## Why is this bad
    /// Meta refuses the creation: "BODY component does not contain the expected field(s)
    /// (example)" (https://github.com/megaapp977/stack/issues/324 sent a flat `body_text`).
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped and is on its way.", "example": {"body_text": ["Mark", "860198"]}}]}
    /// ```
    /// Use instead: one list of samples inside `body_text`:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped and is on its way.", "example": {"body_text": [["Mark", "860198"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://github.com/megaapp977/stack/issues/324
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/product-card-carousel-template-messages
    pub static RULE = {
        code: "T021",
        name: "template-example-shape",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "URL") {
        let Some(Value::String(sample)) = button.value.get("example") else {
            continue;
        };
        ctx.report(
            Diagnostic::new(
                &RULE,
                button.pointer.key("example"),
                "a URL button's example is a list of one sample URL, not a string",
            )
            .with_severity(Severity::Warning)
            .with_help(format!("write `[\"{sample}\"]`"))
            .with_fix(
                Applicability::Safe,
                "wrap the sample in a list",
                Value::Array(vec![Value::from(sample.to_string())]),
            ),
        );
    }
    // A template Meta returned has its list: that is how GET writes it.
    let returned = crate::produced::is_returned_template(view.template, false);
    for button in view.buttons.iter().filter(|b| b.kind == "COPY_CODE" && !returned) {
        let Some(Value::Array(items)) = button.value.get("example") else {
            continue;
        };
        if let [Value::String(code)] = items.as_slice() {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer.key("example"),
                    "a COPY_CODE example is one code, not a list (the list is how GET returns it)",
                )
                .with_severity(Severity::Warning)
                .with_help(format!("write `\"{code}\"`"))
                .with_fix(Applicability::Safe, "unwrap the code", Value::from(code.to_string())),
            );
        }
    }
    for field in &view.texts {
        if field.role == Role::Footer {
            continue;
        }
        // The schema leaves a flat `body_text` to this rule: one finding, with variables or not.
        if let Examples::Flat(pointer, values) = &field.examples {
            let wrapped = Value::Array(vec![Value::Array(values.iter().map(|v| (*v).clone()).collect())]);
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    pointer,
                    "`body_text` is flat: it must be a list holding one list of samples",
                )
                .with_help("write `[[\"…\", \"…\"]]`")
                .with_fix(Applicability::Safe, "wrap the samples in a list", wrapped),
            );
            continue;
        }
        if let Examples::Plain(pointer, sample) = &field.examples {
            let named = field.scan.vars.iter().any(|var| matches!(var.kind, VarKind::Named(_)));
            plain_body_text(ctx, pointer, sample, crate::placeholder::distinct_vars(&field.scan).len(), named);
            continue;
        }
        let Some(first) = field.scan.vars.first() else {
            continue;
        };
        let named = matches!(first.kind, VarKind::Named(_));
        match &field.examples {
            Examples::Named(pointer, _) if !named && field.role != Role::Url => ctx.report(
                Diagnostic::new(
                    &RULE,
                    pointer,
                    format!(
                        "the {} has positional variables but named examples",
                        field.role.label()
                    ),
                )
                .with_help("give positional samples: `header_text: [\"…\"]` or `body_text: [[\"…\"]]`"),
            ),
            Examples::Positional(pointer, _) if named => ctx.report(
                Diagnostic::new(
                    &RULE,
                    pointer,
                    format!(
                        "the {} has named variables but positional examples",
                        field.role.label()
                    ),
                )
                .with_help("give `*_named_params: [{\"param_name\": \"…\", \"example\": \"…\"}]`"),
            ),
            _ => {}
        }
    }
}

/// A `body_text` given as one string. Meta's carousel pages allow it for a body with one
/// variable; the components page documents the list of one list, which every body takes.
/// Named variables take `body_text_named_params` whatever their number.
fn plain_body_text(ctx: &mut Ctx<'_>, pointer: &crate::pointer::Path<'_>, sample: &Value, variables: usize, named: bool) {
    let wrapped = Value::Array(vec![Value::Array(vec![sample.clone()])]);
    if named {
        ctx.report(
            Diagnostic::new(&RULE, pointer, "the body has named variables but a positional example")
                .with_help("give `body_text_named_params: [{\"param_name\": \"…\", \"example\": \"…\"}]`"),
        );
        return;
    }
    let diagnostic = if variables == 1 {
        Diagnostic::new(
            &RULE,
            pointer,
            "`body_text` is one string: Meta's carousel pages allow it for one variable, its components page documents a list holding one list",
        )
        .with_severity(Severity::Warning)
        .with_fix(Applicability::Safe, "wrap the sample in a list of one list", wrapped)
    } else {
        Diagnostic::new(
            &RULE,
            pointer,
            format!("`body_text` is one string, but the body has {variables} variables: it must be a list holding one list of samples"),
        )
    };
    ctx.report(diagnostic.with_help("write `[[\"…\"]]`, one sample per variable"));
}
