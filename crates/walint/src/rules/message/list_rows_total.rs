//! M110 list-rows-total


use super::{Message, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::ptr;
use crate::value::Value;

/// Rows allowed across all sections of a list message.
const MAX_ROWS: usize = 10;

declare_rule! {
    /// ## What it does
    /// Counts the rows of a list message across all its sections: at least 1 and at most 10 in total.
    ///
    /// A list without any row is an error: the message-api reference requires `rows` in a list
    /// message's sections ("Required for List Messages"), and a list offers nothing to pick
    /// without one. A section without rows, beside sections with some, is a warning: Meta's OpenAPI sets no
    /// minimum per section and Meta's own sample app (fbsamples/whatsapp-api-examples, the
    /// e-commerce template sample) sends one, but it shows an empty heading.
    ///
    /// ## Why is this bad
    /// Meta's list-message page allows "up to 10 rows for all sections combined" (the legacy
    /// Messages reference: "Limited to 10 rows across all sections"; an older page said 10 rows
    /// per section, which is superseded). The limit is per message, not per section: three
    /// sections of 10 rows are rejected, as peers report. Meta documents no error code for it
    /// (the generic one is 131009 "Parameter value is not valid"). A schema cannot count across
    /// arrays, so this is a rule.
    ///
    /// ## Example
    /// Two sections with 6 rows each (12 rows):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list", "body": {"text": "Choose an option"},
    ///   "action": {"button": "Options", "sections": [
    ///    {"title": "A", "rows": [
    ///      {"id": "r0", "title": "Row 0"}, {"id": "r1", "title": "Row 1"}, {"id": "r2", "title": "Row 2"},
    ///      {"id": "r3", "title": "Row 3"}, {"id": "r4", "title": "Row 4"}, {"id": "r5", "title": "Row 5"}]},
    ///    {"title": "B", "rows": [
    ///      {"id": "r6", "title": "Row 6"}, {"id": "r7", "title": "Row 7"}, {"id": "r8", "title": "Row 8"},
    ///      {"id": "r9", "title": "Row 9"}, {"id": "r10", "title": "Row 10"}, {"id": "r11", "title": "Row 11"}]}]}}}
    /// ```
    /// Use instead: two sections with 5 rows each (10 rows).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list", "body": {"text": "Choose an option"},
    ///   "action": {"button": "Options", "sections": [
    ///    {"title": "A", "rows": [
    ///      {"id": "r0", "title": "Row 0"}, {"id": "r1", "title": "Row 1"}, {"id": "r2", "title": "Row 2"},
    ///      {"id": "r3", "title": "Row 3"}, {"id": "r4", "title": "Row 4"}]},
    ///    {"title": "B", "rows": [
    ///      {"id": "r5", "title": "Row 5"}, {"id": "r6", "title": "Row 6"}, {"id": "r7", "title": "Row 7"},
    ///      {"id": "r8", "title": "Row 8"}, {"id": "r9", "title": "Row 9"}]}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages ("up to 10 rows for all sections combined")
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    ///   (the section object: `rows` required for list messages)
    /// - https://github.com/fbsamples/whatsapp-api-examples (the e-commerce sample's empty section)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M110",
        name: "list-rows-total",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(interactive) = message.interactive("list") else {
        return;
    };
    let Some(action) = interactive.get("action") else {
        return;
    };
    let sections = items(action, "sections");
    let total: usize = sections.iter().map(|section| items(section, "rows").len()).sum();
    // A section without `rows` at all is the schema's finding (S001).
    let rows_given = sections.iter().all(|section| section.get("rows").is_some_and(Value::is_array));
    if total == 0 && !sections.is_empty() && rows_given {
        ctx.report(
            Diagnostic::new(&RULE, ptr!("interactive", "action", "sections"), "the list has no rows")
                .with_help("add at least one row: it is what the user picks"),
        );
    }
    if total > 0 {
        for (index, section) in sections.iter().enumerate() {
            if section.get("rows").and_then(Value::as_array).is_some_and(Vec::is_empty) {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        ptr!("interactive", "action", "sections", index, "rows"),
                        "this section has no rows: it shows as an empty heading",
                    )
                    .with_severity(Severity::Warning)
                    .with_help("remove the section, or give it rows"),
                );
            }
        }
    }
    if total > MAX_ROWS {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "sections"),
                format!("the list has {total} rows across its sections; the limit is {MAX_ROWS} in total"),
            )
            .with_help("remove rows, or split the choice into two messages"),
        );
    }
}
