//! T074 template-call-permission-layout

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a call-permission-request template without a non-empty BODY text, or combined with buttons, a limited-time offer or a carousel.
    ///
    /// ## Why is this bad
    /// Meta's limitations for templates with a `{"type": "CALL_PERMISSION_REQUEST"}`
    /// component: "You must include body text, and it must not be empty", and "You can't
    /// combine the call permission request component with other interactive components".
    /// Meta refuses the creation. (T070 checks the category: MARKETING or UTILITY only.)
    ///
    /// ## Example
    /// ```json
    /// {"name": "support_call", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "We would like to call you about your recent order."},
    ///  {"type": "CALL_PERMISSION_REQUEST"},
    ///  {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Not now"}]}]}
    /// ```
    /// Use instead: the BODY and the CALL_PERMISSION_REQUEST component alone:
    /// ```json
    /// {"name": "support_call", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "We would like to call you about your recent order."},
    ///  {"type": "CALL_PERMISSION_REQUEST"}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/call-permission-request-message-template
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/utility-templates/utility-call-permission-request-templates
    pub static RULE = {
        code: "T074",
        name: "template-call-permission-layout",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/call-permission-request-message-template",
        meta_error: None,
    }
}

/// The interactive components a call permission request cannot be combined with, and how
/// they read.
fn interactive(kind: &str) -> Option<&'static str> {
    match kind {
        "BUTTONS" => Some("buttons"),
        "LIMITED_TIME_OFFER" => Some("a limited-time offer"),
        "CAROUSEL" => Some("a carousel"),
        _ => None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let Some(request) = view.find("CALL_PERMISSION_REQUEST") else {
        return;
    };
    match view.find("BODY") {
        None => ctx.report(
            Diagnostic::new(
                &RULE,
                request.pointer,
                "a call permission request template needs a BODY with text",
            )
            .with_help("add `{\"type\": \"BODY\", \"text\": \"…\"}` saying why you want to call"),
        ),
        Some(body) => {
            let text = body.value.get("text");
            let filled = text.and_then(Value::as_str).is_some_and(|t| !t.trim().is_empty());
            if !filled {
                let at = if text.is_some() {
                    body.pointer.key("text")
                } else {
                    body.pointer
                };
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at,
                        "the body of a call permission request template must have non-empty text",
                    )
                    .with_help("say in the body why you want to call"),
                );
            }
        }
    }
    for component in &view.components {
        let Some(label) = interactive(&component.kind) else {
            continue;
        };
        ctx.report(
            Diagnostic::new(
                &RULE,
                component.pointer,
                format!("a call permission request cannot be combined with {label}"),
            )
            .with_help("remove this component, or send it in another template"),
        );
    }
}
