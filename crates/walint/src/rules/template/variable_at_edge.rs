//! T014 template-variable-at-edge

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::placeholder::dangling;

declare_rule! {
    /// ## What it does
    /// Reports a body that starts or ends with a variable, with nothing but whitespace beyond it.
    ///
    /// For example `… here: {{2}}`. A variable behind punctuation only (`… is {{order_number}}.`)
    /// is a warning. An authentication template's body is not reported: Meta writes it ("{{1}}
    /// is your verification code."), and a `text` given in a create body is T075's finding.
    ///
    /// ## Why is this bad
    /// Meta refuses a bare edge variable: `code=100 subcode=2388299 "Leading or trailing params not
    /// allowed"`, and its template review page lists "The message template cannot start or end with
    /// a parameter (dangling parameters are not allowed)" among the common rejection reasons (review
    /// reason INVALID_FORMAT). Behind punctuation the sources disagree: review guides count `{{1}}!`
    /// as dangling, and projects recorded 2388299 for a body ending `Booking reference {{4}}.`
    /// (2025–2026: "a trailing full stop does not count as text"), but Meta's own
    /// named-parameter example ends with `… your order number is {{order_number}}.` and is
    /// accepted: a warning.
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "{{1}}, your order has shipped. Track it here: {{2}}",
    ///    "example": {"body_text": [["Anna", "https://example.com/track/A-1001"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{1}}, your order has shipped. Track it here: {{2}}. Thank you!",
    ///    "example": {"body_text": [["Anna", "https://example.com/track/A-1001"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review (dangling parameters)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview (named-parameter example ending `{{order_number}}.`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "T014",
        name: "template-variable-at-edge",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    // Meta writes an authentication template's body itself ("{{1}} is your verification
    // code."); a `text` given in a create body is T075's finding.
    if view.is_category("AUTHENTICATION") {
        return;
    }
    for field in view.texts.iter().filter(|f| f.role == Role::Body) {
        let scanned = &field.scan;
        let text = field.text;
        let (starts, ends) = dangling(text, scanned);
        // A bare edge is refused; behind punctuation the sources disagree (see the docs).
        let bare = |around: Option<&str>| around.is_some_and(|s| s.trim().is_empty());
        if let (true, Some(var)) = (starts, scanned.vars.first()) {
            let severity = if bare(text.get(..var.start)) { Severity::Error } else { Severity::Warning };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, "the body starts with a variable")
                    .with_text_range(text, var.start, var.end)
                    .with_severity(severity)
                    .with_help("start the body with text, e.g. `Hi {{1}}, …`"),
            );
        }
        if let (true, Some(var)) = (ends, scanned.vars.last()) {
            let (message, severity) = if bare(text.get(var.end..)) {
                ("the body ends with a variable", Severity::Error)
            } else {
                ("the body ends with a variable and punctuation, which Meta may not count as text", Severity::Warning)
            };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, message)
                    .with_text_range(text, var.start, var.end)
                    .with_severity(severity)
                    .with_help("end the body with text, e.g. `… {{2}}. Thank you!`"),
            );
        }
    }
}
