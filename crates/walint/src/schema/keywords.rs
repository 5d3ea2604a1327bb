//! One rule per JSON Schema keyword family, and the wording of each error.
//!
//! The Meta error attached to structural findings follows Meta's generic error classes
//! (rules.md "How to read this file"): a missing field is 131008, an unknown field 100,
//! any other invalid value 131009. Meta documents no code per field.

use super::node::{ARRAY, BOOLEAN, INTEGER, OBJECT, TYPE_NAMES};
use super::validate::{ErrorKind, SchemaError};

use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic, MetaError, Severity};
use crate::pointer::{self, Part};
use crate::rule::Rule;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a required field that is missing.
    ///
    /// ## Why is this bad
    /// Meta rejects the request with 131008 "Required parameter is missing".
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {}}
    /// ```
    /// Use instead (`text.body` is required):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131008)
    pub static REQUIRED = { code: "S001", name: "missing-required-field", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::MISSING_PARAMETER) }
}

declare_rule! {
    /// ## What it does
    /// Reports a value of the wrong JSON type (a number where a string is expected, …).
    ///
    /// ## Why is this bad
    /// Meta rejects it as an invalid parameter: 100 "Param text['body'] must be a string"
    /// (recorded for a number given as a text, chatwoot/chatwoot#13159), or 131009 "Parameter
    /// value is not valid"; a string `"yes"` or `"true"` is not the boolean `true`.
    ///
    /// A boolean or an integer written as a string (`"false"`, `"24990"`: senders that build
    /// every value as a string) is a warning with a safe fix: the Graph API reads request
    /// parameters as strings and converts them, and projects send `"preview_url": "false"` for
    /// years without a failure on record (LiveHelperChat, Go and PHP senders; probe of
    /// December 2026). Other strings (`"yes"`) stay errors.
    ///
    /// One exception is an info with a safe fix: an object or array written as a JSON string
    /// (`"action": "{\"buttons\": […]}"`). The Graph API parses such strings, as it parses
    /// every object of a form-encoded request; Chatwoot has sent interactive `action` this way
    /// since 2023 (chatwoot/chatwoot#6886) and its users' buttons arrive (chatwoot/chatwoot#12030,
    /// June 2026: Meta returns the buttons' ids in `button_reply` webhooks). What the string
    /// holds is checked as if written as the object: those findings point inside it, are
    /// located at the string and have no fix of their own (the info's fix writes the object
    /// first). (As of Graph v24.0.)
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"preview_url": "yes", "body": "Track it at https://example.com/orders/1001"}}
    /// ```
    /// Use instead (`preview_url` is a boolean):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"preview_url": true, "body": "Track it at https://example.com/orders/1001"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages (`preview_url`: boolean)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (100, 131009)
    pub static WRONG_TYPE = { code: "S002", name: "wrong-type", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_PARAMETER) }
}

declare_rule! {
    /// ## What it does
    /// Reports a value outside the field's fixed vocabulary (`enum` or `const`).
    ///
    /// ## Why is this bad
    /// Meta accepts only the documented values: a typo like `"intractive"` fails the send
    /// (131009 "Parameter value is not valid", or 100 "Invalid parameter").
    ///
    /// A value that differs from a documented one only in case (`"BUTTON"` for `button`) is a
    /// warning with a safe fix, not an error. Meta reads several vocabularies in either case:
    /// it answered HTTP 200 to template parameters of `type` `"TEXT"` (recorded in
    /// ruby_whatsapp_sdk's cassettes), its own error text lists button `sub_type` values in
    /// upper case, and its OpenAPI examples send `"CATALOG"`. For the other fields nothing
    /// shows a rejection either: whatsapp-business-java-api has sent `interactive.type`
    /// `"BUTTON"` and `"LIST"` since March 2023 with no failure reported. Where the schemas
    /// already list both cases (template component types, categories), no finding at all.
    /// (Holds as of Graph v24.0, November 2026.)
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "wa", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    /// Use instead (the only value is `"whatsapp"`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (`messaging_product`: `whatsapp`; `type` values)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131009)
    pub static NOT_ALLOWED_VALUE = { code: "S003", name: "value-not-allowed", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_VALUE) }
}

declare_rule! {
    /// ## What it does
    /// Reports text longer than the field's limit.
    ///
    /// Lengths are counted in Unicode code points, as Meta counts characters: `é` and `😀`
    /// count as one each.
    ///
    /// ## Why is this bad
    /// Meta rejects the message (or the template) when a field is over its limit; a reply
    /// button title, for example, has at most 20 characters.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Is this the right delivery address?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "address-yes", "title": "Yes, this is my address"}},
    ///    {"type": "reply", "reply": {"id": "address-no", "title": "No"}}]}}}
    /// ```
    /// Use instead (23 characters cut to 15):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Is this the right delivery address?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "address-yes", "title": "Yes, my address"}},
    ///    {"type": "reply", "reply": {"id": "address-no", "title": "No"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages (button title: maximum 20 characters)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131009)
    pub static TOO_LONG = { code: "S004", name: "text-too-long", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_VALUE) }
}

declare_rule! {
    /// ## What it does
    /// Reports text shorter than the field's minimum, usually an empty string.
    ///
    /// ## Why is this bad
    /// Meta rejects empty required text (a button title, a body).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Is this the right delivery address?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "address-yes", "title": "Yes, my address"}},
    ///    {"type": "reply", "reply": {"id": "address-no", "title": ""}}]}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Is this the right delivery address?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "address-yes", "title": "Yes, my address"}},
    ///    {"type": "reply", "reply": {"id": "address-no", "title": "No"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131009)
    pub static TOO_SHORT = { code: "S005", name: "text-too-short", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_VALUE) }
}

declare_rule! {
    /// ## What it does
    /// Reports an array with more items than allowed.
    ///
    /// ## Why is this bad
    /// Meta rejects the request (for example a fourth reply button: a reply-button message
    /// has at most 3).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "When should we deliver?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "morning", "title": "Morning"}},
    ///    {"type": "reply", "reply": {"id": "afternoon", "title": "Afternoon"}},
    ///    {"type": "reply", "reply": {"id": "evening", "title": "Evening"}},
    ///    {"type": "reply", "reply": {"id": "night", "title": "Night"}}]}}}
    /// ```
    /// Use instead (three buttons at most; offer more choices with a list message):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "When should we deliver?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "morning", "title": "Morning"}},
    ///    {"type": "reply", "reply": {"id": "afternoon", "title": "Afternoon"}},
    ///    {"type": "reply", "reply": {"id": "evening", "title": "Evening"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages (up to 3 buttons)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131009)
    pub static TOO_MANY_ITEMS = { code: "S006", name: "too-many-items", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_VALUE) }
}

declare_rule! {
    /// ## What it does
    /// Reports an array with fewer items than required, usually an empty one.
    ///
    /// ## Why is this bad
    /// Meta rejects the request (for example reply buttons without a button, or a list
    /// without sections).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Is this the right delivery address?"},
    ///   "action": {"buttons": []}}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "button", "body": {"text": "Is this the right delivery address?"},
    ///   "action": {"buttons": [
    ///    {"type": "reply", "reply": {"id": "address-yes", "title": "Yes, my address"}},
    ///    {"type": "reply", "reply": {"id": "address-no", "title": "No"}}]}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-reply-buttons-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-list-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131009)
    pub static TOO_FEW_ITEMS = { code: "S007", name: "too-few-items", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_VALUE) }
}

declare_rule! {
    /// ## What it does
    /// Reports a field that does not exist in this object, or that is not allowed here (a `caption` on a sticker).
    ///
    /// ## Why is this bad
    /// Meta answers 100 "Invalid parameter" for unsupported or misspelled parameters; a
    /// misspelled optional field is otherwise silently lost. Meta's OpenAPI spec declares
    /// `additionalProperties: false` on message objects. An unknown member at the top level of
    /// a send (beside `messaging_product` and `to`, such as an application's own `contract`
    /// id) is a warning: refusals are recorded for unknown members inside the message's
    /// objects, none for the top level, where the Graph API may ignore it (as of December 2026).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"preview_urls": true, "body": "Track it at https://example.com/orders/1001"}}
    /// ```
    /// Use instead (the field is `preview_url`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"preview_url": true, "body": "Track it at https://example.com/orders/1001"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/text-messages
    /// - https://github.com/facebook/openapi (Meta's OpenAPI spec: message objects with `additionalProperties: false`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (100)
    pub static UNKNOWN_FIELD = { code: "S008", name: "unknown-field", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_PARAMETER) }
}

declare_rule! {
    /// ## What it does
    /// Reports a number outside its allowed range.
    ///
    /// ## Why is this bad
    /// Meta rejects values outside a documented range (an expiry of 0 minutes, a time-to-live
    /// below its minimum). Latitude and longitude have no published range, but a latitude
    /// beyond ±90 or a longitude beyond ±180 names no place on Earth.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "location",
    ///  "location": {"latitude": 123.4, "longitude": -122.425332, "name": "Philz Coffee",
    ///   "address": "101 Forest Ave, Palo Alto, CA 94301"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "location",
    ///  "location": {"latitude": 37.44216, "longitude": -122.425332, "name": "Philz Coffee",
    ///   "address": "101 Forest Ave, Palo Alto, CA 94301"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/location-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131009)
    pub static OUT_OF_RANGE = { code: "S009", name: "number-out-of-range", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_VALUE) }
}

declare_rule! {
    /// ## What it does
    /// Reports any other structural mismatch with the schema, such as an object that must not be empty.
    ///
    /// ## Why is this bad
    /// The payload does not have the shape Meta expects. For example, a flow message's
    /// `flow_action_payload.data` is optional, but when present it must be a non-empty object
    /// of the first screen's data.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book your appointment in a few taps."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890123456",
    ///    "flow_cta": "Book now", "flow_action": "navigate",
    ///    "flow_action_payload": {"screen": "APPOINTMENT", "data": {}}}}}}
    /// ```
    /// Use instead (give the first screen its data, or leave `data` out):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
    ///  "interactive": {"type": "flow", "body": {"text": "Book your appointment in a few taps."},
    ///   "action": {"name": "flow", "parameters": {"flow_message_version": "3", "flow_id": "1234567890123456",
    ///    "flow_cta": "Book now", "flow_action": "navigate",
    ///    "flow_action_payload": {"screen": "APPOINTMENT", "data": {"service": "haircut"}}}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow
    /// - https://github.com/facebook/openapi (Meta's OpenAPI spec: `ActionObject`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    pub static MISMATCH = { code: "S010", name: "schema-mismatch", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: Some(MetaError::INVALID_VALUE) }
}

pub static RULES: &[&Rule] = &[
    &REQUIRED,
    &WRONG_TYPE,
    &NOT_ALLOWED_VALUE,
    &TOO_LONG,
    &TOO_SHORT,
    &TOO_MANY_ITEMS,
    &TOO_FEW_ITEMS,
    &UNKNOWN_FIELD,
    &OUT_OF_RANGE,
    &MISMATCH,
];

/// Whether a schema error is about a fixed vocabulary (placeholders do not excuse it).
pub fn is_vocabulary(code: &str) -> bool {
    code == NOT_ALLOWED_VALUE.code
}

/// How a message names the value at `pointer`, quoted: its key, or for an array item its
/// list and index (`buttons[0]`, `body_text[0][1]`: a bare `0` says nothing); the root is
/// "the top-level object", unquoted.
fn field_name(pointer: &str) -> String {
    let parts: Vec<String> = pointer::split(pointer).collect();
    let is_index = |part: &String| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let Some(last) = parts.last() else {
        return "the top-level object".to_owned();
    };
    if !is_index(last) {
        return format!("`{last}`");
    }
    let list = parts
        .iter()
        .rposition(|part| !is_index(part))
        .map_or(0, |at| at + 1);
    let mut name = list
        .checked_sub(1)
        .and_then(|at| parts.get(at))
        .cloned()
        .unwrap_or_default();
    for index in parts.get(list..).unwrap_or_default() {
        name.push('[');
        name.push_str(index);
        name.push(']');
    }
    // An item of a list inside an item of another (`sections[1].rows[0]`): the outer item
    // tells the two `rows[0]` apart.
    if let (Some(outer), Some(index)) = (
        list.checked_sub(3).and_then(|at| parts.get(at)),
        list.checked_sub(2).and_then(|at| parts.get(at)),
    ) {
        if is_index(index) && !is_index(outer) {
            name = format!("{outer}[{index}].{name}");
        }
    }
    format!("`{name}`")
}

fn show(value: &impl std::fmt::Display) -> String {
    cut(value.to_string())
}

/// A schema's literal as JSON text. Not through `Display`: that would bring serde_json's
/// pretty printer into the WASM module as well (2 KB gzipped) for nothing.
fn literal(value: &serde_json::Value) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// `text` cut to 40 characters.
fn cut(text: String) -> String {
    if text.chars().count() > 40 {
        format!("{}…", text.chars().take(40).collect::<String>())
    } else {
        text
    }
}

fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// `string`, or `string or number` for a set of types.
fn type_set_name(types: u8) -> String {
    let names: Vec<&str> = TYPE_NAMES
        .iter()
        .filter(|(bit, _)| types & bit != 0)
        .map(|(_, name)| *name)
        .collect();
    names.join(" or ")
}

/// The allowed values, each once: of spellings that differ only in case (`"UTILITY"`,
/// `"utility"`), the first.
fn list(options: &serde_json::Value) -> String {
    let serde_json::Value::Array(items) = options else {
        return cut(literal(options));
    };
    let same = |a: &serde_json::Value, b: &serde_json::Value| match (a.as_str(), b.as_str()) {
        (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
        _ => a == b,
    };
    items
        .iter()
        .enumerate()
        .filter(|(at, item)| !items.iter().take(*at).any(|earlier| same(earlier, item)))
        // Whole: a vocabulary's value cut short is no value to write.
        .map(|(_, item)| literal(item))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The help for a member written without a value (`""`, `null`).
const LEAVE_OUT: &str = "leave the member out when it has no value (and its object, if nothing else is set)";

/// Template categories Meta retired in 2023, and the one that took each over.
const RETIRED_CATEGORIES: [(&str, &str); 13] = [
    ("TRANSACTIONAL", "UTILITY"),
    ("ACCOUNT_UPDATE", "UTILITY"),
    ("ALERT_UPDATE", "UTILITY"),
    ("APPOINTMENT_UPDATE", "UTILITY"),
    ("AUTO_REPLY", "UTILITY"),
    ("ISSUE_RESOLUTION", "UTILITY"),
    ("PAYMENT_UPDATE", "UTILITY"),
    ("PERSONAL_FINANCE_UPDATE", "UTILITY"),
    ("RESERVATION_UPDATE", "UTILITY"),
    ("SHIPPING_UPDATE", "UTILITY"),
    ("TICKET_UPDATE", "UTILITY"),
    ("TRANSPORTATION_UPDATE", "UTILITY"),
    ("OTP", "AUTHENTICATION"),
];

/// What to write instead of a value an `enum` does not allow: the allowed value it misspells
/// (other case, one edit for short values, two for longer ones), or the category that took
/// over a retired one.
fn instead_of(value: &str, options: &serde_json::Value) -> Option<String> {
    let allowed: Vec<&str> = options
        .as_array()?
        .iter()
        .filter_map(serde_json::Value::as_str)
        .collect();
    if let Some(same) = allowed.iter().find(|option| option.eq_ignore_ascii_case(value)) {
        return Some(format!("write it `{same}`"));
    }
    if let Some((_, current)) = RETIRED_CATEGORIES
        .iter()
        .find(|(retired, current)| retired.eq_ignore_ascii_case(value) && allowed.contains(current))
    {
        return Some(format!(
            "`{value}` is a template category Meta retired in 2023: today it is `{current}`"
        ));
    }
    // A Flow's answer arrives as an interactive `nfm_reply`, not `flow` (the send's type).
    if value == "flow" && allowed.contains(&"nfm_reply") {
        return Some(
            "a Flow's answer arrives as `nfm_reply` (with `response_json`); `flow` is the type of the send"
                .to_owned(),
        );
    }
    // Messenger's typing actions: WhatsApp shows typing on a message marked read.
    if (value == "sender_action" || value == "typing_indicator") && allowed.contains(&"text") {
        return Some(
            "no message has this type: to show typing, mark the received message read with \
             `\"status\": \"read\"`, its `message_id` and `\"typing_indicator\": {\"type\": \"text\"}`"
                .to_owned(),
        );
    }
    let edits = if value.chars().count() < 5 { 1 } else { 2 };
    let near: Vec<&&str> = allowed
        .iter()
        .filter(|option| option.chars().count() >= 3 && edit_distance(value, option) <= edits)
        .collect();
    if let [only] = near[..] {
        return Some(format!("did you mean `{only}`?"));
    }
    // A value cut short or run on: `call_permission` for `call_permission_request`,
    // `product_carousel` for `carousel`.
    let long = |text: &str| text.chars().count() >= 5;
    let within: Vec<&&str> = allowed
        .iter()
        .filter(|option| {
            long(value) && long(option) && (option.starts_with(value) || value.ends_with(**option))
        })
        .collect();
    match within[..] {
        [only] => Some(format!("did you mean `{only}`?")),
        _ => None,
    }
}

/// Whether `key` is one or two edits (insertions, deletions, substitutions) away from `name`,
/// for names long enough that such a neighbour is a typo rather than another word.
fn is_near(key: &str, name: &str) -> bool {
    key != name && name.chars().count() >= 5 && edit_distance(key, name) <= 2
}

/// How many insertions, deletions and substitutions turn `key` into `name` (more than two is
/// counted as three: only near neighbours matter).
fn edit_distance(key: &str, name: &str) -> usize {
    const MAX: usize = 2;
    let (a, b): (Vec<char>, Vec<char>) = (key.chars().collect(), name.chars().collect());
    if a.len().abs_diff(b.len()) > MAX {
        return MAX + 1;
    }
    // One row of the edit-distance table at a time.
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &y) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(x != y);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous.last().map_or(MAX + 1, |&distance| distance.min(MAX + 1))
}

/// ` (type `product_list`)`: what is required often depends on the object's `type` (a
/// `product_list` message needs a header, a `button` one does not), so a missing member names
/// it. Not for a webhook status, whose `type` (a call status, a BSP's event) decides nothing,
/// nor when the field is named after its type already.
fn type_hint(instance: &Value, path: &str, field: &str) -> String {
    let parts: Vec<String> = pointer::split(path).collect();
    if parts.iter().rev().nth(1).is_some_and(|list| list == "statuses") {
        return String::new();
    }
    instance
        .get("type")
        .and_then(Value::as_str)
        .filter(|kind| {
            (1..=40).contains(&kind.len())
                && field != format!("`{kind}`")
                && kind
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        })
        .map(|kind| format!(" (type `{kind}`)"))
        .unwrap_or_default()
}

/// The allowed string that `instance` spells in another case (`"BUTTON"` for `button`).
fn other_case<'a>(instance: &Value, allowed: &'a serde_json::Value) -> Option<&'a str> {
    let text = instance.as_str()?;
    let options = match allowed {
        serde_json::Value::Array(items) => items.as_slice(),
        single => std::slice::from_ref(single),
    };
    options
        .iter()
        .filter_map(serde_json::Value::as_str)
        .find(|option| option.eq_ignore_ascii_case(text))
}

/// The object or array that a string holds as JSON text, where the schema wants one (the
/// Graph API parses such strings, as form-encoded requests send every object).
fn json_in_string(instance: &Value, types: u8) -> Option<serde_json::Value> {
    let text = instance.as_str()?.trim();
    let wanted = match text.as_bytes().first()? {
        b'{' => OBJECT,
        b'[' => ARRAY,
        _ => return None,
    };
    if types & wanted == 0 {
        return None;
    }
    serde_json::from_str(text).ok()
}

/// The boolean or integer that a string spells exactly (`"false"`, `"24990"`), where the
/// schema wants one: what a sender that writes every value as a string sends.
fn scalar_in_string(instance: &Value, types: u8) -> Option<Value<'static>> {
    let text = instance.as_str()?;
    match text {
        "true" | "false" if types & BOOLEAN != 0 => Some(Value::Bool(text == "true")),
        _ if types & INTEGER != 0
            && !text.is_empty()
            && text.len() <= 18
            && text.bytes().all(|b| b.is_ascii_digit()) =>
        {
            text.parse::<i64>().ok().map(|n| Value::Number(n.into()))
        }
        _ => None,
    }
}

/// The diagnostics for one schema error (several for several unknown fields).
pub fn diagnose(error: &SchemaError<'_, '_>) -> Vec<Diagnostic> {
    let path = error.pointer.as_str();
    let instance = error.instance;
    let field = field_name(path);
    let one = |rule: &'static Rule, message: String| vec![Diagnostic::new(rule, path, message)];
    if let ErrorKind::Enum(allowed) | ErrorKind::Const(allowed) = &error.kind {
        if let Some(documented) = other_case(instance, allowed) {
            return vec![Diagnostic::new(
                &NOT_ALLOWED_VALUE,
                path,
                format!("{field} is {}; Meta documents `{documented}`", show(instance)),
            )
            .with_severity(Severity::Warning)
            .with_help(format!("write `{documented}`, the spelling Meta documents"))
            .with_fix(
                Applicability::Safe,
                format!("use `{documented}`"),
                Value::from(documented.to_owned()),
            )];
        }
    }
    if let ErrorKind::Type(types) = &error.kind {
        if let Some(value) = scalar_in_string(instance, *types) {
            let written = value.to_string();
            return vec![Diagnostic::new(
                &WRONG_TYPE,
                path,
                format!(
                    "{field} is `{written}` written as a string; it must be {}",
                    type_set_name(*types)
                ),
            )
            .with_severity(Severity::Warning)
            .with_help(format!("write `{written}` without quotes"))
            .with_fix(Applicability::Safe, format!("write `{written}`"), value)];
        }
        if let Some(parsed) = json_in_string(instance, *types) {
            let noun = if parsed.is_array() { "array" } else { "object" };
            return vec![Diagnostic::new(
                &WRONG_TYPE,
                path,
                format!("{field} is an {noun} written as a JSON string: Meta parses it (walint checks what it holds)"),
            )
            .with_severity(Severity::Info)
            .without_meta_error()
            .with_help(format!("write the {noun} itself, not a string"))
            .with_fix(Applicability::Safe, format!("write the {noun} itself"), parsed)];
        }
    }
    match &error.kind {
        ErrorKind::Required(name) => {
            let pointer = pointer::join(path, [Part::Key(name)]);
            // A key one or two edits away is likely the member, misspelled.
            let misspelled = instance
                .as_object()
                .and_then(|object| object.keys().find(|key| is_near(key, name)));
            let of_type = type_hint(instance, path, &field);
            let (message, help) = match misspelled {
                Some(key) => (
                    format!("`{name}` is required in {field}{of_type} (`{key}` is there: a typo?)"),
                    format!("rename `{key}` to `{name}`"),
                ),
                // A template send's button component: a button without a variable takes none.
                // A quick-reply button's component is there for its payload.
                None if *name == "parameters"
                    && instance.get("sub_type").and_then(Value::as_str).is_some_and(|sub_type| sub_type.eq_ignore_ascii_case("quick_reply")) =>
                {
                    (
                        format!("`{name}` is required in {field}{of_type}"),
                        "add `\"parameters\": [{\"type\": \"payload\", \"payload\": \"…\"}]`, or leave the component \
                         out (the quick-reply button is sent without it)"
                            .to_owned(),
                    )
                }
                None if *name == "parameters" && instance.get("sub_type").is_some() => (
                    format!("`{name}` is required in {field}{of_type}"),
                    "add `parameters`, or leave the component out if the button has no variable (a static URL: \
                     Meta refuses parameters for it)"
                        .to_owned(),
                ),
                // Without `type`, Meta reads a text message: the message may be meant as another.
                None if *name == "text" && path.is_empty() && instance.get("type").is_none() => (
                    format!("`{name}` is required in {field}{of_type}: the message has no `type`, and Meta reads it as text"),
                    "add `type` and the object it names (`\"type\": \"text\"` with `\"text\": {\"body\": \"…\"}`)".to_owned(),
                ),
                // A notification's `object` has one value.
                None if *name == "object" && instance.get("entry").is_some() => (
                    format!("`{name}` is required in {field}{of_type}"),
                    "add `\"object\": \"whatsapp_business_account\"`".to_owned(),
                ),
                None => (
                    format!("`{name}` is required in {field}{of_type}"),
                    format!("add `{name}`"),
                ),
            };
            vec![Diagnostic::new(&REQUIRED, pointer, message).with_help(help)]
        }
        ErrorKind::AdditionalProperties(unexpected) => {
            // Beside the request's own members (a message's top level), no refusal is on record.
            let top_of_send = path.is_empty() && instance.get("messaging_product").is_some();
            unexpected
                .iter()
                .map(|key| {
                    let found = Diagnostic::new(
                        &UNKNOWN_FIELD,
                        pointer::join(path, [Part::Key(key)]),
                        format!("`{key}` is not a field of {field}"),
                    )
                    .with_help("remove it, or check its spelling")
                    .at_key();
                    if top_of_send {
                        found.with_severity(Severity::Warning)
                    } else {
                        found
                    }
                })
                .collect()
        }
        ErrorKind::FalseSchema => {
            vec![
                Diagnostic::new(&UNKNOWN_FIELD, path, format!("{field} is not allowed here"))
                    .with_help(format!("remove {field}"))
                    .at_key(),
            ]
        }
        ErrorKind::Type(types) => {
            let found = Diagnostic::new(
                &WRONG_TYPE,
                path,
                format!(
                    "{field} must be {}, found {}",
                    type_set_name(*types),
                    type_name(instance)
                ),
            );
            // A serializer writing an unset member as `null`.
            vec![if instance.is_null() {
                found.with_help(LEAVE_OUT)
            } else {
                found
            }]
        }
        ErrorKind::Enum(options) => {
            let found = Diagnostic::new(
                &NOT_ALLOWED_VALUE,
                path,
                format!("{field} is {}; allowed values: {}", show(instance), list(options)),
            );
            // `"type": ""`: a serializer writing an unset member (a Go struct without `omitempty`).
            vec![match instance.as_str() {
                Some("") => found.with_help(LEAVE_OUT),
                Some(value) => match instead_of(value, options) {
                    Some(help) => found.with_help(help),
                    None => found,
                },
                None if instance.is_null() => found.with_help(LEAVE_OUT),
                None => found,
            }]
        }
        ErrorKind::Const(expected) => one(
            &NOT_ALLOWED_VALUE,
            format!(
                "{field} must be {}, found {}",
                cut(literal(expected)),
                show(instance)
            ),
        ),
        ErrorKind::MaxLength(limit) => {
            let length = instance.as_str().map_or(0, |s| s.chars().count());
            one(
                &TOO_LONG,
                format!("{field} is {length} characters long; the limit is {limit}"),
            )
        }
        ErrorKind::MinLength(limit) => {
            let message = if *limit <= 1 {
                format!("{field} must not be empty")
            } else {
                let length = instance.as_str().map_or(0, |s| s.chars().count());
                format!("{field} is {length} characters long; it must be at least {limit}")
            };
            one(&TOO_SHORT, message)
        }
        ErrorKind::MaxItems(limit) => {
            let count = instance.as_array().map_or(0, Vec::len);
            one(
                &TOO_MANY_ITEMS,
                format!("{field} has {count} items; the limit is {limit}"),
            )
        }
        ErrorKind::MinItems(limit) => one(
            &TOO_FEW_ITEMS,
            format!(
                "{field} needs at least {limit} item{}",
                if *limit == 1 { "" } else { "s" }
            ),
        ),
        ErrorKind::Minimum(limit) => one(
            &OUT_OF_RANGE,
            format!("{field} is {}; the minimum is {}", show(instance), literal(limit)),
        ),
        ErrorKind::Maximum(limit) => one(
            &OUT_OF_RANGE,
            format!("{field} is {}; the maximum is {}", show(instance), literal(limit)),
        ),
        ErrorKind::MinProperties(limit) => {
            let found = Diagnostic::new(
                &MISMATCH,
                path,
                format!(
                    "{field} needs at least {limit} member{}",
                    if *limit == 1 { "" } else { "s" }
                ),
            );
            // An empty object where Meta wants members (flow data): it can go.
            vec![if *limit == 1 {
                found.with_help("give it its members, or leave it out")
            } else {
                found
            }]
        }
        ErrorKind::Not => one(
            &MISMATCH,
            format!("{field} does not match the schema (`{}`)", error.kind.keyword()),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::{field_name, instead_of, is_near};

    #[test]
    fn a_value_not_allowed_gets_what_to_write_instead() {
        let statuses = serde_json::json!(["sent", "delivered", "read", "failed"]);
        assert_eq!(
            instead_of("send", &statuses).as_deref(),
            Some("did you mean `sent`?")
        );
        assert_eq!(instead_of("SENT", &statuses).as_deref(), Some("write it `sent`"));
        assert_eq!(
            instead_of("delivred", &statuses).as_deref(),
            Some("did you mean `delivered`?")
        );
        assert_eq!(
            instead_of("seen", &statuses),
            None,
            "two edits from a short value is another word"
        );
        let categories = serde_json::json!(["AUTHENTICATION", "MARKETING", "UTILITY"]);
        let otp = instead_of("OTP", &categories).unwrap_or_default();
        assert!(otp.contains("`AUTHENTICATION`"), "{otp}");
        assert_eq!(
            instead_of("TRANSACTIONAL", &statuses),
            None,
            "only where UTILITY is allowed"
        );
    }

    #[test]
    fn near_keys_are_one_or_two_edits_away() {
        assert!(is_near("messsage_id", "message_id"));
        assert!(is_near("mesage_id", "message_id"));
        assert!(is_near("recipent_id", "recipient_id"));
        assert!(!is_near("message_id", "message_id"));
        assert!(!is_near("name", "type"), "short names are left alone");
        assert!(!is_near("caption", "message_id"));
    }

    #[test]
    fn array_items_are_named_with_their_list() {
        assert_eq!(field_name(""), "the top-level object");
        assert_eq!(field_name("/interactive/action"), "`action`");
        assert_eq!(field_name("/interactive/action/buttons/0"), "`buttons[0]`");
        assert_eq!(
            field_name("/components/1/example/body_text/0/2"),
            "`body_text[0][2]`"
        );
        assert_eq!(field_name("/0"), "`[0]`");
        assert_eq!(field_name("/a~1b/3"), "`a/b[3]`");
        assert_eq!(
            field_name("/interactive/action/sections/1/rows/0"),
            "`sections[1].rows[0]`"
        );
    }
}
