//! M030 text-body-empty

use serde_json::Value;

use super::{str_at, type_object};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports a text message whose `text.body` is empty or only whitespace.
    ///
    /// ## Why is this bad
    /// `body` is required: an empty or blank message has nothing to show. The schema
    /// only sees a string; this rule sees that there is no text in it.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "text": {"body": "  \n"}}
    /// ```
    ///
    /// ## References
    /// rules.md `text.body.non-empty` (inferred from "Required"); DOC:/messages/text-messages.
    pub static RULE = {
        code: "M030",
        name: "text-body-empty",
        severity: Error,
        source: "DOC:/messages/text-messages",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(body) = type_object(message, "text").and_then(|text| str_at(text, "body")) else {
        return;
    };
    if body.trim().is_empty() {
        let what = if body.is_empty() {
            "empty"
        } else {
            "only whitespace"
        };
        ctx.report(
            Diagnostic::new(&RULE, ptr!("text", "body"), format!("the message text is {what}"))
                .with_help("write the text to send"),
        );
    }
}
