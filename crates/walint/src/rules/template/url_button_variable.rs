//! T032 template-url-button-variable

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a URL button whose `url` has more than one variable, or a variable anywhere but at the very end.
    ///
    /// ## Why is this bad
    /// A URL button takes at most 1 variable, "appended to the end of the URL" (Meta's components
    /// page, "URL buttons"); at send time the button parameter is a suffix added to the URL. Meta
    /// refuses the creation otherwise; it documents no specific error code for it.
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_tracking", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}},
    ///   {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track order", "url": "https://example.com/{{1}}/track",
    ///     "example": ["https://example.com/A-1001/track"]}]}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_tracking", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your order {{1}} has shipped and is on its way to you.",
    ///    "example": {"body_text": [["A-1001"]]}},
    ///   {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track order", "url": "https://example.com/track/{{1}}",
    ///     "example": ["https://example.com/track/A-1001"]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    pub static RULE = {
        code: "T032",
        name: "template-url-button-variable",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Url) {
        let scanned = &field.scan;
        let end = field.text.trim_end().len();
        for (index, var) in scanned.vars.iter().enumerate() {
            let message = if index > 0 {
                "a URL button takes at most one variable"
            } else if var.end != end {
                "a URL button's variable must be at the end of the URL"
            } else {
                continue;
            };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, message)
                    .with_text_range(field.text, var.start, var.end)
                    .with_help(
                        "use one `{{1}}` as the last part of the URL, e.g. `https://example.com/track/{{1}}`",
                    ),
            );
        }
    }
}
