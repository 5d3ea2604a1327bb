use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::placeholder::dangling;

declare_rule! {
    /// ## What it does
    /// Reports a body that starts or ends with a variable: an error when nothing but
    /// whitespace is beyond it (`… here: {{2}}`), an info note when only punctuation is
    /// (`… is {{order_number}}.`).
    ///
    /// ## Why is this bad
    /// Meta refuses a bare edge variable: `code=100 subcode=2388299 "Leading or trailing
    /// params not allowed"` (review reason INVALID_FORMAT, "dangling parameters"). Behind
    /// punctuation the sources disagree: review guides count `{{1}}!` as dangling, but Meta's
    /// own named-parameter example ends with `… your order number is {{order_number}}.` and
    /// is accepted, so walint only notes it there (info).
    ///
    /// ## Example
    /// `"text": "{{1}}, your order has shipped. Track it here: {{2}}"`
    ///
    /// Use instead: `"text": "Hi {{1}}, your order has shipped. Track it here: {{2}}. Thank you!"`
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review
    ///   (dangling parameters)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    ///   (named-parameter example ending `{{order_number}}.`)
    pub static RULE = {
        code: "T014",
        name: "template-variable-at-edge",
        severity: Error,
        source: "MSGR-REVIEW; error subcode 2388299",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Body) {
        let scanned = &field.scan;
        let text = field.text;
        let (starts, ends) = dangling(text, scanned);
        if let (true, Some(var)) = (starts, scanned.vars.first()) {
            let bare = text.get(..var.start).is_some_and(|before| before.trim().is_empty());
            let message = if bare {
                "the body starts with a variable"
            } else {
                "the body starts with a variable behind punctuation only"
            };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, message)
                    .with_severity(edge_severity(bare))
                    .with_text_range(text, var.start, var.end)
                    .with_help("start the body with text, e.g. `Hi {{1}}, …`"),
            );
        }
        if let (true, Some(var)) = (ends, scanned.vars.last()) {
            let bare = text.get(var.end..).is_some_and(|after| after.trim().is_empty());
            let message = if bare {
                "the body ends with a variable"
            } else {
                "the body ends with a variable followed by punctuation only"
            };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, message)
                    .with_severity(edge_severity(bare))
                    .with_text_range(text, var.start, var.end)
                    .with_help("end the body with text, e.g. `… {{2}}. Thank you!`"),
            );
        }
    }
}

/// A bare edge variable is refused; behind punctuation Meta's own example passes review.
fn edge_severity(bare: bool) -> Severity {
    if bare {
        RULE.severity
    } else {
        Severity::Info
    }
}
