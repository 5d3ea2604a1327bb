//! P015 send-template-name-format

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;
use crate::rules::general::is_placeholder;
use crate::rules::template::{is_name_char, name_suggestion};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when a template send's `template.name` has anything but lowercase letters, digits and underscores.
    ///
    /// ## Why is this bad
    /// Meta refuses such a name when the template is created (error 100: "If a name contains
    /// uppercase letters, spaces, or special characters, the API returns error code 100",
    /// template management), so no approved template has it, and the send names a template
    /// that does not exist: 132001 "Template name does not exist in the translation". Seen in
    /// a project's sends of `"test template"` (2025). Meta documents no case folding at send
    /// time, but none is on record either: a warning. Holds for every Graph version to date.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "Order Update", "language": {"code": "en_US"}}}
    /// ```
    /// Use instead (the name the template was created with):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_update", "language": {"code": "en_US"}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "P015",
        name: "send-template-name-format",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    let Some(name) = view.template.get("name").and_then(Value::as_str) else {
        return;
    };
    // A placeholder, or an expression of the sending code left in (`${name}`, `%s`).
    if name.is_empty() || is_placeholder(name) || name.contains(['$', '%', '{', '<']) {
        return;
    }
    let Some((at, bad)) = name.char_indices().find(|&(_, c)| !is_name_char(c)) else {
        return;
    };
    let renamed = name_suggestion(name);
    let mut diagnostic = Diagnostic::new(
        &RULE,
        Path::ROOT.key("name"),
        format!(
            "template name `{name}` has {}{}: no template can be created with it, so none is found at send time",
            if bad.is_uppercase() { "the capital " } else { "" },
            crate::format::checks::describe(bad)
        ),
    )
    .with_text_range(name, at, at + bad.len_utf8());
    if !renamed.is_empty() {
        diagnostic = diagnostic.with_help(format!("send the name the template was created with (`{renamed}`?)"));
    }
    ctx.report(diagnostic);
}
