//! Status timelines, as `walint statuses --format json` prints them: `statuses()` folds webhook
//! bodies at once, the `Timeline` class one body at a time. The values are the core's own
//! serialization; their TypeScript types are declared in [`crate::types`].

use walint::timeline::{after_log_prefix, Timeline as CoreTimeline};
use walint::value::Value;
use wasm_bindgen::prelude::*;

use crate::{input, output, types};

type StatusesJs = <types::Statuses as tsify::Tsify>::JsType;

/// The webhook bodies of a text, read as `walint statuses` reads a file (not named `.ndjson`):
/// one JSON document, whose items are the bodies when it is an array; else one body per
/// non-blank line (a log line from its first `{`), skipping lines that are not JSON. When the
/// first line is not JSON either, the text is taken as one broken document and nothing is read
/// (the CLI reports it).
pub fn bodies(text: &str) -> Vec<Value<'_>> {
    if let Some(value) = Value::parse(text) {
        return match value {
            Value::Array(bodies) => bodies,
            body => vec![body],
        };
    }
    let mut bodies = Vec::new();
    let lines = text
        .split('\n')
        .filter(|line| !line.bytes().all(|b| b.is_ascii_whitespace()));
    for (position, line) in lines.enumerate() {
        match Value::parse(line).or_else(|| after_log_prefix(line).and_then(Value::parse)) {
            Some(body) => bodies.push(body),
            None if position == 0 => return Vec::new(),
            None => {}
        }
    }
    bodies
}

/// The timeline of every body in `text` (see [`bodies`]).
pub fn fold(text: &str) -> CoreTimeline {
    let mut timeline = CoreTimeline::new();
    for body in bodies(text) {
        timeline.feed(&body);
    }
    timeline
}

/// Folds webhook notifications into one status history per outgoing message: the same
/// `{ messages }` as `walint statuses --format json`. `notifications` is JSON text (one body,
/// an array of bodies, or NDJSON: one body per line) or the same as objects. What the CLI
/// skips is skipped (lines that are not JSON, bodies without `entry`, statuses without `id`,
/// a known `status` or a timestamp, retries); feed bodies to a `Timeline` to see why.
#[wasm_bindgen]
pub fn statuses(
    #[wasm_bindgen(unchecked_param_type = "string | object")] notifications: JsValue,
) -> Result<StatusesJs, JsValue> {
    let text = input::json_text(&notifications, "notifications")?;
    Ok(output::to_js(&fold(&text))?)
}

/// Status histories built one webhook body at a time (e.g. in a webhook handler). Feeding the
/// same bodies in any order, retries included, gives the same result. Free the module memory
/// it holds with `free()` when done.
#[wasm_bindgen(js_name = Timeline)]
#[derive(Default)]
pub struct TimelineHandle {
    inner: CoreTimeline,
}

#[wasm_bindgen(js_class = Timeline)]
impl TimelineHandle {
    /// An empty timeline.
    #[wasm_bindgen(constructor)]
    pub fn new() -> TimelineHandle {
        TimelineHandle::default()
    }

    /// Takes in every status of one webhook body (JSON text or an object; text that is not
    /// JSON throws an `Error`). Returns what was skipped or ignored, and why: a body without
    /// `entry`, a status without `id`, `status` or a usable timestamp, a retry (`duplicate`).
    #[wasm_bindgen(unchecked_return_type = "TimelineNote[]")]
    pub fn feed(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "string | object")] notification: JsValue,
    ) -> Result<JsValue, JsValue> {
        let body = input::json_value(&notification, "notification")?;
        Ok(output::to_js_value(
            &self.inner.feed(&walint::value::Value::from_serde(&body)),
        )?)
    }

    /// Every message seen so far, ordered by message id.
    #[wasm_bindgen(unchecked_return_type = "MessageTimeline[]")]
    pub fn messages(&self) -> Result<JsValue, JsValue> {
        let messages: Vec<_> = self.inner.messages().collect();
        Ok(output::to_js_value(&messages)?)
    }

    /// The history of one message (by its wamid), or `undefined` when none of its statuses was fed.
    #[wasm_bindgen(unchecked_return_type = "MessageTimeline | undefined")]
    pub fn message(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] id: JsValue,
    ) -> Result<JsValue, JsValue> {
        let id = input::string_arg(&id, "id")?;
        match self.inner.message(&id) {
            Some(message) => Ok(output::to_js_value(message)?),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// `{ messages }`, the same as `statuses()` and `walint statuses --format json` for the
    /// bodies fed (also what `JSON.stringify` writes).
    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> Result<StatusesJs, JsValue> {
        Ok(output::to_js(&self.inner)?)
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use serde_json::json;

    use super::*;

    fn body(id: &str, status: &str, timestamp: &str) -> serde_json::Value {
        json!({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages",
            "value": {"messaging_product": "whatsapp", "statuses": [
                {"id": id, "status": status, "timestamp": timestamp, "recipient_id": "16505551234"}]}}]}]})
    }

    fn ids(timeline: &CoreTimeline) -> Vec<(String, &'static str)> {
        timeline
            .messages()
            .map(|m| (m.id.clone(), m.current.as_str()))
            .collect()
    }

    #[test]
    fn one_document_an_array_or_lines() {
        let (a, b) = (
            body("wamid.A", "sent", "1750000000"),
            body("wamid.B", "read", "1750000001"),
        );
        let one = fold(&a.to_string());
        assert_eq!(ids(&one), [("wamid.A".to_owned(), "sent")]);
        let array = fold(&json!([a, b]).to_string());
        let lines = fold(&format!("{a}\n\n{b}\r\n"));
        assert_eq!(ids(&array), ids(&lines));
        assert_eq!(ids(&array).len(), 2);
        let pretty = serde_json::to_string_pretty(&a).expect("serializes");
        assert_eq!(
            ids(&fold(&pretty)),
            ids(&one),
            "a pretty-printed body is one document"
        );
    }

    #[test]
    fn bad_lines_are_skipped_unless_the_first_is_bad() {
        let a = body("wamid.A", "sent", "1750000000");
        assert_eq!(ids(&fold(&format!("{a}\n{{\"entry\": [\n{a}"))).len(), 1);
        assert!(bodies(&format!("{{\"entry\": [\n{a}")).is_empty());
        assert!(bodies("").is_empty());
        assert!(bodies("  \n").is_empty());
    }

    #[test]
    fn log_lines_are_read_from_their_json() {
        let (a, b) = (
            body("wamid.A", "sent", "1750000000"),
            body("wamid.B", "read", "1750000001"),
        );
        let log = format!("2025-11-10 06:45:28 INFO payload: {a}\n2025-11-10 06:45:29 INFO payload: {b}\n");
        assert_eq!(ids(&fold(&log)), ids(&fold(&format!("{a}\n{b}"))));
    }
}
