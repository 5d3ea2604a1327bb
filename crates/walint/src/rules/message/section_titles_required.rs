//! M112 section-titles-required


use super::{Message, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports an untitled section in a list or multi-product message with several sections.
    ///
    /// A blank title (spaces only) counts as missing.
    ///
    /// ## Why is this bad
    /// With several sections the titles are what separates them, and Meta requires one
    /// per section ("Required if the message has more than one section"; at most 24
    /// characters). A single section may go without. Meta does not document the error code
    /// (a missing parameter, 131008, is the generic one).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list", "body": {"text": "What would you like to order?"},
    ///   "action": {"button": "See menu", "sections": [
    ///    {"title": "Pizzas", "rows": [{"id": "1", "title": "Margherita"}]},
    ///    {"rows": [{"id": "2", "title": "Tiramisù"}]}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "list", "body": {"text": "What would you like to order?"},
    ///   "action": {"button": "See menu", "sections": [
    ///    {"title": "Pizzas", "rows": [{"id": "1", "title": "Margherita"}]},
    ///    {"title": "Desserts", "rows": [{"id": "2", "title": "Tiramisù"}]}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/catalogs/sell-products-and-services/share-products (multi-product messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (the section object)
    pub static RULE = {
        code: "M112",
        name: "section-titles-required",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some((subtype @ ("list" | "product_list"), interactive)) = message.any_interactive() else {
        return;
    };
    let Some(action) = interactive.get("action") else {
        return;
    };
    let sections = items(action, "sections");
    if sections.len() < 2 {
        return;
    }
    for (index, section) in sections.iter().enumerate() {
        let blank = match section.get("title") {
            None => true,
            Some(title) => title.as_str().is_some_and(|t| t.trim().is_empty()),
        };
        if blank {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    ptr!("interactive", "action", "sections", index),
                    format!(
                        "section {index} has no title; a {subtype} with {} sections needs a title for each",
                        sections.len()
                    ),
                )
                .with_help("add `\"title\"` (at most 24 characters) to every section"),
            );
        }
    }
}
