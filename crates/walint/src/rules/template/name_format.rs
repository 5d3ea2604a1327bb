//! T001 template-name-format

use super::parts::{is_placeholder, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a template `name` with anything but lowercase letters, digits and underscores.
    ///
    /// ## Why is this bad
    /// Meta answers error 100 (Invalid parameter): "If a name contains uppercase letters, spaces, or
    /// special characters, the API returns error code 100" (template management, "Template name
    /// validation"). The length limit (512 characters) is checked by the template schema. The
    /// suggested rename is unsafe: every send must use the new name too.
    ///
    /// ## Example
    /// ```json
    /// {"name": "Order Update", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_update", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T001",
        name: "template-name-format",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn is_name_char(c: char) -> bool {
    c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'
}

/// Lowercases and turns every run of other characters into one `_`.
pub fn suggestion(name: &str) -> String {
    let mut out = String::new();
    for c in name.trim().chars() {
        let c = c.to_ascii_lowercase();
        if is_name_char(c) {
            out.push(c);
        } else if !out.ends_with('_') {
            out.push('_');
        }
    }
    out.trim_matches('_').to_owned()
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let template = view.template;
    let Some(name) = template.get("name").and_then(Value::as_str) else {
        return;
    };
    if name.is_empty() || is_placeholder(template.get("name")) {
        return;
    }
    let Some((at, bad)) = name.char_indices().find(|&(_, c)| !is_name_char(c)) else {
        return;
    };
    let mut diagnostic = Diagnostic::new(
        &RULE,
        ptr!("name"),
        format!("template name `{name}` has `{bad}`: use only lowercase letters, digits and `_`"),
    )
    .with_text_range(name, at, at + bad.len_utf8());
    let renamed = suggestion(name);
    if !renamed.is_empty() {
        diagnostic = diagnostic
            .with_help(format!("rename it `{renamed}` (and use that name in sends)"))
            .with_fix(
                Applicability::Unsafe,
                format!("rename to `{renamed}`"),
                Value::from(renamed),
            );
    }
    ctx.report(diagnostic);
}
