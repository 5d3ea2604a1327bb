//! T002 template-language-supported

use super::parts::{is_placeholder, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError};
use crate::languages::{is_supported_template_language, suggest};
use crate::pointer::Path;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template `language` that is not one of Meta's supported template language codes, with the code it most likely meant.
    ///
    /// The codes checked are a definition's `language` and each of a bulk upsert body's
    /// `languages`. walint knows the 111 codes of Meta's supported-languages page as of May 2026
    /// (older lists, up to 2024, had 68 to 71 codes without the regional variants).
    ///
    /// ## Why is this bad
    /// Meta answers error 100 (Invalid parameter) at creation ("Category and language validation"),
    /// and a send naming an unsupported language fails with 132001 (template does not exist in that
    /// language). Codes are case-sensitive and use an underscore: `en_US`, not `en-US`.
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en-US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/supported-languages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T002",
        name: "template-language-supported",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/supported-languages",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

/// Whether `suggested` only re-spells `code` (case, `-` for `_`): then the fix keeps the meaning.
pub fn is_respelling(code: &str, suggested: &str) -> bool {
    code.trim().replace('-', "_").eq_ignore_ascii_case(suggested)
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let template = view.template;
    check_code(ctx, template.get("language"), Path::ROOT.key("language"));
    // A bulk upsert body lists its languages instead.
    let languages = template.get("languages").and_then(Value::as_array);
    for (index, language) in languages.into_iter().flatten().enumerate() {
        check_code(ctx, Some(language), Path::ROOT.key("languages").index(index));
    }
}

fn check_code(ctx: &mut Ctx<'_>, language: Option<&Value>, pointer: Path<'_>) {
    let Some(code) = language.and_then(Value::as_str) else {
        return;
    };
    if code.is_empty() || is_placeholder(language) || is_supported_template_language(code) {
        return;
    }
    let mut diagnostic = Diagnostic::new(
        &RULE,
        pointer,
        format!("`{code}` is not a supported template language code"),
    );
    match suggest(code) {
        Some(suggested) => {
            let applicability = if is_respelling(code, suggested) {
                Applicability::Safe
            } else {
                Applicability::Unsafe
            };
            diagnostic = diagnostic
                .with_help(format!("did you mean `{suggested}`?"))
                .with_fix(
                    applicability,
                    format!("use `{suggested}`"),
                    Value::from(suggested.to_owned()),
                );
        }
        None => {
            diagnostic = diagnostic
                .with_help("use a code of Meta's supported-languages list, e.g. `en_US`, `pt_BR`, `es`")
        }
    }
    ctx.report(diagnostic);
}
