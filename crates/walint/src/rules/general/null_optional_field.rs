//! G003 null-optional-field

use std::borrow::Cow;

use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::{self, Part};
use crate::value::{Map, Value};

declare_rule! {
    /// ## What it does
    /// Reports a member given as `null` in a document you send, and checks the document as if the member were absent.
    ///
    /// ## Why is this bad
    /// Serializers write `null` for unset optional fields (`"context": null`,
    /// `"name": null` in a location). Request recordings of open-source projects show Meta
    /// answering HTTP 200 to such bodies, so an optional `null` is `info`, not an error: it is
    /// treated as absent, and the rest of the document is checked as usual. (It was a warning
    /// until November 2026; SDKs whose serializer writes every unset member, such as the .NET
    /// SDK on System.Text.Json, got a warning per member on every send, for bodies Meta
    /// accepts.) A `null` where a value is required is still an error (the required-field
    /// check reports it: Meta answers 131008 or 100). Leaving nulls out keeps the body
    /// unambiguous for every API version.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "context": null,
    ///  "text": {"body": "Hi"}}
    /// ```
    /// Use instead: leave `context` out (`skip_serializing_if`, `exclude_none=True`,
    /// `JsonInclude.Include.NON_NULL`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hi"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages (optional fields are omitted in every documented request)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    /// - Evidence of acceptance: recorded request/response pairs in open-source SDK test
    ///   suites (HTTP 200 with `context: null` and null contact sub-fields); Meta documents
    ///   no position, so walint is lenient.
    pub static RULE = {
        code: "G003",
        name: "null-optional-field",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/send-messages",
        meta_error: None,
    }
}

/// The pointers of every object member whose value is `null`, in document order.
pub fn null_members(value: &Value) -> Vec<String> {
    let mut found = Vec::new();
    collect(value, &mut Vec::new(), &mut found);
    found
}

fn collect<'v>(value: &'v Value, path: &mut Vec<Part<'v>>, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, item) in map {
                path.push(Part::Key(key));
                if item.is_null() {
                    found.push(pointer::join("", path.iter().copied()));
                } else {
                    collect(item, path, found);
                }
                path.pop();
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                path.push(Part::Index(index));
                collect(item, path, found);
                path.pop();
            }
        }
        _ => {}
    }
}

/// A copy of `value` without its `null` object members (array items stay: a `null` in a
/// list is a wrong value, not an absent one).
pub fn without_nulls<'v>(value: &'v Value<'v>) -> Value<'v> {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(_, item)| !item.is_null())
                .map(|(key, item)| (Cow::Borrowed(key), without_nulls(item)))
                .collect::<Map>(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(without_nulls).collect()),
        other => other.clone(),
    }
}

/// The finding for an optional member given as `null`.
pub fn finding(at: &str) -> Diagnostic {
    let name = pointer::split(at).last().unwrap_or_default();
    Diagnostic::new(
        &RULE,
        at.to_owned(),
        format!("`{name}` is null; it is treated as absent"),
    )
    .with_help(format!("leave `{name}` out instead of sending null"))
    .at_key()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_null_members_but_not_null_items() {
        let value = crate::value::json!({"a": null, "b": {"c": null, "d": [null, {"e": null}]}, "f": 1});
        assert_eq!(null_members(&value), ["/a", "/b/c", "/b/d/1/e"]);
        assert_eq!(
            without_nulls(&value),
            serde_json::json!({"b": {"d": [null, {}]}, "f": 1})
        );
    }
}
