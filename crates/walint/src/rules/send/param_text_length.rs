//! P009 send-param-text-length

use serde_json::Value;

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a text parameter that is too long for its component: 60 characters in a
    /// header, 1024 in the body, or 32768 when the body is the send's only component
    /// (lengths in code points).
    ///
    /// ## Why is this bad
    /// The value is part of the rendered text: Meta refuses the send (132005 "Template
    /// Hydrated Text Too Long", inferred). Users find the 1024-vs-32768 rule unclear
    /// (chatwoot/chatwoot#6435). With the definition (`Options.templates`), X007 checks the
    /// filled-in text itself.
    ///
    /// ## Example
    /// A header parameter of 61 characters.
    ///
    /// ## References
    /// rules.md `tsend.params.text.header-max`, `tsend.params.text.body-max`; OAS#TextParameter; WAJS `BodyParameter`.
    pub static RULE = {
        code: "P009",
        name: "send-param-text-length",
        severity: Error,
        source: "OAS#TextParameter; WAJS BodyParameter",
        meta_error: Some(MetaError::HYDRATED_TOO_LONG),
    }
}

pub const HEADER_PARAM_MAX: usize = 60;
pub const BODY_PARAM_MAX: usize = 1024;
pub const BODY_ONLY_PARAM_MAX: usize = 32768;

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    let components = view.components();
    let body_only = components.len() == 1;
    for component in components {
        let limit = match &*component.kind {
            "header" => HEADER_PARAM_MAX,
            "body" if body_only => BODY_ONLY_PARAM_MAX,
            "body" => BODY_PARAM_MAX,
            _ => continue,
        };
        for (at, parameter) in component.parameters() {
            if super::parts::parameter_type(parameter).as_deref() != Some("text") {
                continue;
            }
            let Some(text) = parameter.get("text").and_then(Value::as_str) else {
                continue;
            };
            let length = text.chars().count();
            if length <= limit {
                continue;
            }
            let cut = text.char_indices().nth(limit).map_or(text.len(), |(i, _)| i);
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    at.key("text"),
                    format!(
                        "this {} parameter has {length} characters; the limit is {limit}",
                        component.kind
                    ),
                )
                .with_text_range(text, cut, text.len())
                .with_help("shorten the value"),
            );
        }
    }
}
