//! X001 send-template-unknown

use serde_json::Value;

use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;
use crate::rules::template::is_respelling;
use crate::rules::value_at;

declare_rule! {
    /// ## What it does
    /// With template definitions given (`Options.templates`, `walint lint --templates`), warns
    /// about a template send whose name and language match none of them.
    ///
    /// ## Why is this bad
    /// Meta answers 132001 "Template does not exist" when the name or the exact language code
    /// has no approved template. A warning: the definitions given may be incomplete.
    ///
    /// ## Example
    /// A send of `order_update` in `en-US` with only `order_update` in `en_US` defined.
    ///
    /// ## References
    /// rules.md `tsend.exists`, `tsend.language.code`; ERRTABLE (132001).
    pub static RULE = {
        code: "X001",
        name: "send-template-unknown",
        severity: Warning,
        source: "ERRTABLE (132001)",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

/// Reports the send at `prefix` as matching none of `definitions`.
pub fn report(ctx: &mut Ctx<'_>, template: &Value, prefix: Path<'_>, definitions: &[&Value]) {
    let name = template.get("name").and_then(Value::as_str).unwrap_or("");
    let code = value_at(template, &["language", "code"])
        .and_then(Value::as_str)
        .unwrap_or("");
    let languages: Vec<&str> = definitions
        .iter()
        .filter(|d| d.get("name").and_then(Value::as_str) == Some(name))
        .filter_map(|d| d.get("language").and_then(Value::as_str))
        .collect();
    let (at, help) = if languages.is_empty() {
        (
            prefix.key("name"),
            "check the template name, or pass its definition".to_owned(),
        )
    } else {
        let respelt = languages.iter().find(|known| is_respelling(code, known));
        let help = match respelt {
            Some(known) => {
                format!("the definition's language is `{known}`: codes are case-sensitive with `_`")
            }
            None => format!(
                "`{name}` is defined in {}",
                languages
                    .iter()
                    .map(|l| format!("`{l}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        };
        (prefix.key("language").key("code"), help)
    };
    ctx.report(
        Diagnostic::new(
            &RULE,
            at,
            format!("no template definition `{name}` in language `{code}`"),
        )
        .with_help(help),
    );
}
