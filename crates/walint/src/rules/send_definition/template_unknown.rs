//! X001 send-template-unknown

use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;
use crate::rules::template::is_respelling;
use crate::rules::value_at;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns about a template send whose name and language match none of the template definitions given (`walint lint --templates`).
    ///
    /// The rule only runs when definitions are given. When the name is known in another
    /// language, the help names the definition's languages, and points out a code that differs
    /// only in case or `-`/`_` (`en-US` for `en_US`).
    ///
    /// ## Why is this bad
    /// Meta answers 132001 "Template does not exist" when the name, or the exact language code,
    /// has no approved template ("does not exist in the specified language or … has not been
    /// approved"). The language code is case-sensitive and uses an underscore. It is a warning
    /// because the definitions given may be incomplete.
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "order_update", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "components": [{"type": "BODY", "text": "Your order has been updated."}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "order_update", "language": {"code": "en_GB"}}}
    /// ```
    /// Use instead: the name and the language code of an approved template.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "order_update", "language": {"code": "en_US"}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/supported-languages
    pub static RULE = {
        code: "X001",
        name: "send-template-unknown",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

/// Reports the send at `prefix` as matching none of `definitions`.
pub fn report(ctx: &mut Ctx<'_>, template: &Value, prefix: Path<'_>, definitions: &[&serde_json::Value]) {
    let name = template.get("name").and_then(Value::as_str).unwrap_or("");
    let code = value_at(template, &["language", "code"])
        .and_then(Value::as_str)
        .unwrap_or("");
    let languages: Vec<&str> = definitions
        .iter()
        .filter(|d| d.get("name").and_then(serde_json::Value::as_str) == Some(name))
        .filter_map(|d| d.get("language").and_then(serde_json::Value::as_str))
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
