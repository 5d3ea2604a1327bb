//! Rules for outgoing messages (`POST /{phone-number-id}/messages`). One file per rule;
//! each is registered in [`CHECKS`] with the function that runs it.

mod foreign_type_object;
mod list_rows_total;
mod reply_button_ids_unique;

use serde_json::{Map, Value};

use crate::context::Ctx;
use crate::registry::Rule;

/// A rule's check: reads the whole message, reports through the context.
pub type Check = fn(&mut Ctx<'_>, &Value);

pub static CHECKS: &[(&Rule, Check)] = &[
    (&foreign_type_object::RULE, foreign_type_object::check),
    (&reply_button_ids_unique::RULE, reply_button_ids_unique::check),
    (&list_rows_total::RULE, list_rows_total::check),
];

pub fn run(ctx: &mut Ctx<'_>, message: &Value) {
    for (_, check) in CHECKS {
        check(ctx, message);
    }
}

/// The message's `type`, which defaults to `text` when absent (rules.md envelope.type.default).
pub fn message_type(message: &Value) -> Option<&str> {
    match message.get("type") {
        None => Some("text"),
        Some(value) => value.as_str(),
    }
}

/// The `interactive` object when the message is interactive of subtype `subtype`.
pub fn interactive<'v>(message: &'v Value, subtype: &str) -> Option<&'v Map<String, Value>> {
    if message_type(message) != Some("interactive") {
        return None;
    }
    let interactive = message.get("interactive")?.as_object()?;
    (interactive.get("type")?.as_str()? == subtype).then_some(interactive)
}

/// Items of the array at `key` in `object`, or nothing.
pub fn items<'v>(object: &'v Value, key: &str) -> &'v [Value] {
    object
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}
