//! T015 template-variables-adjacent

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::placeholder::adjacent_pairs;

declare_rule! {
    /// ## What it does
    /// Reports two variables with nothing but whitespace between them, such as `{{1}}{{2}}` or `{{1}} {{2}}`.
    ///
    /// ## Why is this bad
    /// Meta's review rejects the template with reason INVALID_FORMAT; the `rejection_info.reason` of
    /// the `message_template_status_update` webhook reads "Your template has parameters placed next
    /// to each other (like {{1}}{{2}}) without text or punctuation between them."
    ///
    /// Variables with only whitespace between them (`{{2}} {{3}}`) are a warning, not an error:
    /// the rejection text names `{{1}}{{2}}`, and templates with a space between two variables
    /// have been approved (two APPROVED UTILITY templates, "Your {{2}} {{3}} at {{4}}" and
    /// "*{{2}} {{5}}*", in a production `GET /message_templates` dump of 2025). Review decides
    /// case by case; words or punctuation between them avoid the risk. (As of November 2026.)
    ///
    /// ## Example
    /// ```json
    /// {"name": "appointment_reminder", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your appointment is on {{1}} {{2}} at our store.",
    ///    "example": {"body_text": [["May 4", "10:00"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "appointment_reminder", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Your appointment is on {{1}} at {{2}} at our store.",
    ///    "example": {"body_text": [["May 4", "10:00"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review
    pub static RULE = {
        code: "T015",
        name: "template-variables-adjacent",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        if field.role == Role::Url {
            continue;
        }
        let scanned = &field.scan;
        for (first, second) in adjacent_pairs(field.text, scanned) {
            let (Some(a), Some(b)) = (scanned.vars.get(first), scanned.vars.get(second)) else {
                continue;
            };
            // Only whitespace between them: approved often enough to be a warning (see the docs).
            let spaced = a.end < b.start;
            let (severity, what) = if spaced {
                (Severity::Warning, "have only whitespace between them")
            } else {
                (Severity::Error, "are next to each other")
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    field.pointer,
                    format!("two variables {what} in the {}", field.role.label()),
                )
                .with_severity(severity)
                .with_text_range(field.text, a.start, b.end)
                .with_help("put words or punctuation between them, or use one variable for both values"),
            );
        }
    }
}
