//! P001 send-language-code

use serde_json::Value;

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError};
use crate::languages::{is_supported_template_language, suggest};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::rules::template::is_respelling;
use crate::rules::value_at;

declare_rule! {
    /// ## What it does
    /// Warns when `template.language.code` is not a supported template language code, with
    /// the code it most likely meant (`en-US` → `en_US`, a safe fix).
    ///
    /// ## Why is this bad
    /// The code must equal the approved template's language exactly (case-sensitive,
    /// underscore): otherwise Meta answers 132001 "Template does not exist in the specified
    /// language". A warning, because the list of codes changes over time.
    ///
    /// ## Example
    /// `"language": {"code": "en-US"}`
    ///
    /// ## References
    /// rules.md `tsend.language.code`, `tlang.codes`; ONPREM; DOC:/templates/supported-languages.
    pub static RULE = {
        code: "P001",
        name: "send-language-code",
        severity: Warning,
        source: "ONPREM; DOC:/templates/supported-languages",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    let template = view.template;
    let value = value_at(template, &["language", "code"]);
    let Some(code) = value.and_then(Value::as_str) else {
        return;
    };
    if code.is_empty() || is_placeholder(code) || is_supported_template_language(code) {
        return;
    }
    let mut diagnostic = Diagnostic::new(
        &RULE,
        ptr!("language", "code"),
        format!("`{code}` is not a supported template language code"),
    );
    diagnostic = match suggest(code) {
        Some(suggested) => {
            let applicability = if is_respelling(code, suggested) {
                Applicability::Safe
            } else {
                Applicability::Unsafe
            };
            diagnostic
                .with_help(format!(
                    "did you mean `{suggested}`? The code must match the approved template's"
                ))
                .with_fix(
                    applicability,
                    format!("use `{suggested}`"),
                    Value::String(suggested.to_owned()),
                )
        }
        None => diagnostic.with_help("use the language code of the approved template, e.g. `en_US`"),
    };
    ctx.report(diagnostic);
}
