//! M111 list-row-ids-unique

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::general::is_placeholder;
use crate::rules::repeats;

declare_rule! {
    /// ## What it does
    /// Reports two rows of a list message with the same `id`, in any sections.
    ///
    /// Placeholders (`<ROW_ID>`, G001) are not compared: documentation examples repeat them.
    ///
    /// ## Why is this bad
    /// Meta's list-message page describes the row `id` as the string identifying the row,
    /// and it is what comes back in the `list_reply` webhook: with two equal ids you cannot
    /// tell which row the customer chose. Uniqueness is inferred from that description; Meta
    /// documents no error code for it (the generic one would be 131009 "Parameter value is not
    /// valid") and no rejection is on record (Meta's own list sample repeats an id across
    /// sections), so it is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list", "body": {"text": "Our menu"},
    ///   "action": {"button": "See the menu", "sections": [
    ///    {"title": "Coffee", "rows": [{"id": "1", "title": "Espresso"}]},
    ///    {"title": "Tea", "rows": [{"id": "1", "title": "Matcha"}]}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list", "body": {"text": "Our menu"},
    ///   "action": {"button": "See the menu", "sections": [
    ///    {"title": "Coffee", "rows": [{"id": "coffee-espresso", "title": "Espresso"}]},
    ///    {"title": "Tea", "rows": [{"id": "tea-matcha", "title": "Matcha"}]}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/interactive (`list_reply.id` is the row id)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M111",
        name: "list-row-ids-unique",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(action) = message.interactive("list").and_then(|i| i.get("action")) else {
        return;
    };
    let ids = items(action, "sections").iter().enumerate().flat_map(|(section_index, section)| {
        items(section, "rows").iter().enumerate().filter_map(move |(row_index, row)| {
            let id = row.get("id")?.as_str()?;
            (!is_placeholder(id)).then_some((id, (section_index, row_index)))
        })
    });
    for (id, (section_index, row_index), (section, row)) in repeats(ids) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!(
                    "interactive",
                    "action",
                    "sections",
                    section_index,
                    "rows",
                    row_index,
                    "id"
                ),
                format!("row id `{id}` is already used by row {row} of section {section}"),
            )
            .with_help("give every row its own id")
            .with_related(
                ptr!("interactive", "action", "sections", section, "rows", row, "id"),
                "the id's first use",
            ),
        );
    }
}
