//! T021 template-example-shape

use serde_json::Value;

use super::parts::{Examples, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic};
use crate::placeholder::VarKind;

declare_rule! {
    /// ## What it does
    /// Reports example values in the wrong form: a flat `body_text: ["a", "b"]` (it is a
    /// list holding one list: `[["a", "b"]]`, safe fix), positional samples for named
    /// variables, or `*_named_params` for positional variables.
    ///
    /// ## Why is this bad
    /// Meta refuses the creation: "BODY component does not contain the expected field(s)
    /// (example)" (megaapp977/stack#324 sent a flat `body_text`).
    ///
    /// ## Example
    /// `"example": {"body_text": ["Mark", "860198"]}`
    ///
    /// ## References
    /// rules.md `tcreate.example.body_text-shape`, `tcreate.example.required`; DOC:/templates/components; peers.md §3.6.
    pub static RULE = {
        code: "T021",
        name: "template-example-shape",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        if field.role == Role::Footer {
            continue;
        }
        let Some(first) = field.scan.vars.first() else {
            continue;
        };
        let named = matches!(first.kind, VarKind::Named(_));
        match &field.examples {
            Examples::Flat(pointer, values) => {
                let wrapped = Value::Array(vec![Value::Array(values.iter().map(|v| (*v).clone()).collect())]);
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        pointer,
                        "`body_text` is a list holding one list of samples",
                    )
                    .with_help("write `[[\"…\", \"…\"]]`")
                    .with_fix(Applicability::Safe, "wrap the samples in a list", wrapped),
                );
            }
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
