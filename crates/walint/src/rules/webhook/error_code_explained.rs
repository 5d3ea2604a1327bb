use serde_json::{Map, Value};

use super::{changes_of, child, items_of};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;

declare_rule! {
    /// ## What it does
    /// Explains the Meta error codes a webhook carries and what to do about them.
    ///
    /// Explains the Meta error codes a webhook carries, in `statuses[].errors[]` (a `failed`
    /// message), `value.errors[]` (system and app errors) and `messages[].errors[]` (an inbound
    /// message the API cannot show): what the code means and what to do about it.
    ///
    /// ## Why is this bad
    /// It is not bad: it saves a trip to the error-code table. Meta advises keying on `code`
    /// and `error_data.details`, not on titles ("titles will eventually be deprecated"), and
    /// the right reaction differs by code (131047: send a template; 131049: do not retry a
    /// marketing message soon; 130429: back off).
    ///
    /// ## Example
    /// ```json
    /// {"status": "failed", "errors": [{"code": 131047, "title": "Re-engagement message"}]}
    /// ```
    ///
    /// ## References
    /// rules.md `wh.status.errors`, `wh.errors-value`, §13 (error codes); ERRTABLE
    /// (DOC:/support/error-codes).
    pub static RULE = {
        code: "W002",
        name: "error-code-explained",
        severity: Info,
        source: "DOC:/support/error-codes",
        meta_error: None,
    }
}

/// Meta's code, title (rules.md §13, ERRTABLE) and what to do about it.
const EXPLAINED: &[(u32, &str, &str)] = &[
    (
        100,
        "Invalid parameter",
        "a parameter is unsupported or misspelled: lint the payload that was sent",
    ),
    (
        1026,
        "Receiver Incapable",
        "legacy code: the recipient's app cannot show this message type",
    ),
    (
        80007,
        "Rate limit issues",
        "the WhatsApp Business Account hit its rate limit: retry later",
    ),
    (
        130429,
        "Rate limit hit",
        "throughput exceeded: retry with backoff",
    ),
    (
        131008,
        "Required parameter is missing",
        "the sent payload lacks a required field: lint it",
    ),
    (
        131009,
        "Parameter value is not valid",
        "a value of the sent payload is not valid: lint it",
    ),
    (
        131021,
        "Recipient cannot be sender",
        "the message was sent to the business's own number",
    ),
    (
        131026,
        "Message Undeliverable",
        "the number is not on WhatsApp, uses an old app or has not accepted the terms: do not retry as is",
    ),
    (
        131047,
        "Re-engagement message",
        "more than 24 hours passed since the customer last wrote: send an approved template instead",
    ),
    (
        131048,
        "Spam rate limit hit",
        "too many messages were blocked or reported: slow down and review quality",
    ),
    (
        131049,
        "This message was not delivered to maintain healthy ecosystem engagement",
        "per-user marketing limit: do not resend this marketing message right away",
    ),
    (
        131051,
        "Unsupported message type",
        "the message type is not supported by the Cloud API",
    ),
    (
        131052,
        "Media download error",
        "the customer's media could not be downloaded (over 100 MB?)",
    ),
    (
        131053,
        "Media upload error",
        "the media could not be fetched or has a wrong MIME type: see error_data.details",
    ),
    (
        131056,
        "Pair rate limit hit",
        "too many messages to the same customer in a short time: wait before retrying",
    ),
    (
        132000,
        "Template Param Count Mismatch",
        "the send's parameter count differs from the template's",
    ),
    (
        132001,
        "Template does not exist",
        "no approved template with this name and language",
    ),
    (
        132005,
        "Template Hydrated Text Too Long",
        "the text with parameters filled in is too long",
    ),
    (
        132007,
        "Template Format Character Policy Violated",
        "the template content violates a WhatsApp policy",
    ),
    (
        132012,
        "Template Parameter Format Mismatch",
        "a parameter's format differs from the template's",
    ),
    (
        132015,
        "Template is Paused",
        "the template was paused for low quality: fix it or use another",
    ),
    (
        132016,
        "Template is Disabled",
        "the template was disabled for low quality: use another",
    ),
    (
        132018,
        "There was an issue with the parameters in your template",
        "a text parameter has new lines, tabs or more than 4 consecutive spaces, or another parameter issue",
    ),
    (
        132068,
        "Flow is blocked",
        "the flow is blocked: fix it in WhatsApp Manager",
    ),
    (
        132069,
        "Flow is throttled",
        "10 messages with this flow were already sent in the last hour",
    ),
    (
        135000,
        "Generic user error",
        "Meta could not tell which parameter is wrong: lint the sent payload",
    ),
];

pub fn check(ctx: &mut Ctx<'_>, body: &Value) {
    for (pointer, status) in items_of(body, "statuses") {
        explain_all(ctx, &pointer, status);
    }
    for (pointer, message) in items_of(body, "messages") {
        explain_all(ctx, &pointer, message);
    }
    for change in changes_of(body, "messages") {
        explain_all(ctx, &child(&change.pointer, "value"), change.value);
    }
}

/// Explains each `errors[]` item of `owner`.
fn explain_all(ctx: &mut Ctx<'_>, owner_pointer: &Path<'_>, owner: &Map<String, Value>) {
    let errors = owner.get("errors").and_then(Value::as_array);
    for (index, error) in errors.into_iter().flatten().enumerate() {
        let Some(code) = error.get("code").and_then(Value::as_u64) else {
            continue;
        };
        let Some((code, title, advice)) = EXPLAINED.iter().find(|(known, _, _)| u64::from(*known) == code)
        else {
            continue;
        };
        let pointer = owner_pointer.key("errors").index(index).key("code");
        ctx.report(
            Diagnostic::new(&RULE, pointer, format!("error {code} ({title}): {advice}"))
                .with_meta_error(MetaError { code: *code, title }),
        );
    }
}
