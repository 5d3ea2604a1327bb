//! T020 template-example-missing

use super::parts::{Examples, Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::VarKind;

declare_rule! {
    /// ## What it does
    /// Reports a header, body, card body or URL button with variables but no `example`
    /// values.
    ///
    /// ## Why is this bad
    /// "If this string contains a parameter, you must include the example property": Meta
    /// refuses the creation ("BODY component does not contain the expected field(s)
    /// (example)"); a URL button without its example is a frequent miss (whatomate PR #258).
    ///
    /// ## Example
    /// `{"type": "BODY", "text": "Hi {{1}}, your order is ready."}` without `example`.
    ///
    /// ## References
    /// rules.md `tcreate.example.required`; DOC:/templates/components; peers.md §3.6.
    pub static RULE = {
        code: "T020",
        name: "template-example-missing",
        severity: Error,
        source: "DOC:/templates/components",
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
        ctx.report(
            Diagnostic::new(
                &RULE,
                field.holder_pointer,
                format!("the {} has variables but no example values", field.role.label()),
            )
            .with_help(help(field.role, named)),
        );
    }
}
