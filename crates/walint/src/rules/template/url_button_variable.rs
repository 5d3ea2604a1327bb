//! T032 template-url-button-variable

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::pointer::Path;
use crate::rules::general::is_placeholder;
use crate::rules::message::is_http_url;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a URL button whose `url` has more than one variable, or a variable anywhere but at the very end.
    ///
    /// Warns when the `url` is nothing but its variable (`"{{1}}"`), when it is no absolute
    /// `http://` or `https://` URL (`example.com/{{1}}`, `https:\/\/…` with the backslashes of a
    /// JSON text escaped twice), or when a Template Library button's `base_url` holds a variable.
    ///
    /// ## Why is this bad
    /// A URL button takes at most 1 variable, "appended to the end of the URL" (Meta's components
    /// page, "URL buttons"); at send time the button parameter is a suffix added to the URL. Meta
    /// refuses the creation otherwise; it documents no specific error code for it.
    ///
    /// A `url` that is only `{{1}}` leaves the whole address to the send: WhatsApp Manager
    /// asks for a website URL before the variable, and Meta's examples always have one. No
    /// API rejection is on record, so it is a warning (seen in a 2026 project that fills the
    /// whole link at send time).
    ///
    /// Meta refuses a button URL it cannot read with subcode 2388052 "Message template button
    /// has invalid URL format"; the answer on record is for a library `base_url` (below), and
    /// no rejection of a URL without its scheme is, so a URL that is not absolute is a warning.
    ///
    /// A template created from the Template Library (`library_template_name`) gives its URL
    /// button a `base_url` and a `url_suffix_example`; the library template decides whether a
    /// variable follows. A project recorded Meta refusing a `base_url` with `{{1}}` in it:
    /// "Message template button has invalid URL format" (subcode 2388052, Graph v21, 2025),
    /// and the same body without it approved at once; Meta's Template Library page prints a
    /// `base_url` ending in `{{1}}`. The sources disagree: a warning.
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
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-library
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
        let written = field.text.trim();
        if !written.starts_with("{{") && !is_placeholder(written) && !is_http_url(written) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    field.pointer,
                    format!("button URL `{written}` is not an absolute http:// or https:// URL"),
                )
                .with_severity(Severity::Warning)
                .with_help("write the full URL, e.g. `https://example.com/track/{{1}}`"),
            );
        }
        let scanned = &field.scan;
        let end = field.text.trim_end().len();
        for (index, var) in scanned.vars.iter().enumerate() {
            let (message, severity) = if index > 0 {
                ("a URL button takes at most one variable", Severity::Error)
            } else if var.end != end {
                ("a URL button's variable must be at the end of the URL", Severity::Error)
            } else if field.text[..var.start].trim().is_empty() {
                (
                    "the URL is only a variable: a URL button's variable is a suffix of a fixed website URL",
                    Severity::Warning,
                )
            } else {
                continue;
            };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, message)
                    .with_severity(severity)
                    .with_text_range(field.text, var.start, var.end)
                    .with_help(
                        "use one `{{1}}` as the last part of the URL, e.g. `https://example.com/track/{{1}}`",
                    ),
            );
        }
    }
    // A Template Library button: the library template holds the variable, not `base_url`.
    let library = view.template.get("library_template_button_inputs").and_then(Value::as_array);
    for (index, input) in library.into_iter().flatten().enumerate() {
        let Some(base) = input.get("url").and_then(|u| u.get("base_url")).and_then(Value::as_str) else {
            continue;
        };
        if let Some(start) = base.find("{{") {
            let end = base[start..].find("}}").map_or(base.len(), |n| start + n + 2);
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    Path::ROOT
                        .key("library_template_button_inputs")
                        .index(index)
                        .key("url")
                        .key("base_url"),
                    "a library button's `base_url` takes no variable: the library template adds it",
                )
                .with_text_range(base, start, end)
                .with_severity(Severity::Warning)
                .with_help("give the URL without the variable, and its sample suffix in `url_suffix_example`"),
            );
        }
    }
}
