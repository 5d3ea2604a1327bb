//! P001 send-language-code

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError};
use crate::languages::{is_supported_template_language, suggest};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::rules::template::is_respelling;
use crate::rules::value_at;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when `template.language.code` is not a supported template language code, and suggests the code it most likely meant (`en-US` → `en_US`, a safe fix).
    ///
    /// ## Why is this bad
    /// The code accepts both the language and the language_locale forms (`en`, `en_US`), but it
    /// must equal the approved template's language code exactly: case-sensitive, with an
    /// underscore, not a hyphen. Otherwise Meta answers 132001 "Template does not exist" (the
    /// template "does not exist in the specified language"). It is a warning because Meta's list
    /// of supported codes changes over time (it grew from about 70 codes before 2025 to over 100
    /// with regional variants).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "order_shipped", "language": {"code": "en-US"}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "order_shipped", "language": {"code": "en_US"}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/supported-languages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "P001",
        name: "send-language-code",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/supported-languages",
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
    let message = if code.trim() != code && is_supported_template_language(code.trim()) {
        format!("`{code}` has spaces around a supported language code")
    } else {
        format!("`{code}` is not a supported template language code")
    };
    let mut diagnostic = Diagnostic::new(&RULE, ptr!("language", "code"), message);
    diagnostic = match suggest(code) {
        Some(suggested) => {
            let applicability = if is_respelling(code, suggested) {
                Applicability::Safe
            } else {
                Applicability::Unsafe
            };
            diagnostic
                .with_help(format!(
                    "did you mean `{suggested}`? The code must match the approved template's code exactly"
                ))
                .with_fix(
                    applicability,
                    format!("use `{suggested}`"),
                    Value::from(suggested.to_owned()),
                )
        }
        None => diagnostic.with_help("use the language code of the approved template, e.g. `en_US`"),
    };
    ctx.report(diagnostic);
}
