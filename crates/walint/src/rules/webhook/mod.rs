//! Rules for webhook notification bodies (rules.md §11 and §9.7). One file per rule; each is
//! registered in [`CHECKS`] with the function that runs it. The structure itself (required
//! fields, status and pricing vocabularies, `failed` carrying `errors[]`) is checked by
//! `schemas/webhook.schema.json`; these rules say what a schema cannot.

use std::cell::OnceCell;

use crate::context::Ctx;
use crate::pointer::Path;
use crate::timeline::{Timeline, TimelineNote};
use crate::value::{Map, Value};

/// A rule's check: reads the webhook body (through its [`Notification`]), reports through the context.
pub type Check = fn(&mut Ctx<'_>, &Notification<'_>);

crate::rule_files! {
    Check;
    timestamp_unix_seconds,
    error_code_explained,
    deleted_status,
    status_after_final,
    duplicate_status,
    pricing_model_outdated,
    pricing_billable_deprecated,
    template_rejected_without_reason,
    template_status_value_unknown,
    rejection_info_mismatch,
    template_not_sendable,
    template_recategorised,
    inbound_type_unknown,
    legacy_category_value,
    quality_current_limit_removed,
    unknown_webhook_field,
}

/// The engine explains the code of a Graph API error response with W002.
pub use error_code_explained::explain_response;

pub fn run(ctx: &mut Ctx<'_>, body: &Value) {
    let webhook = Notification::new(body);
    for (_, check) in CHECKS {
        check(ctx, &webhook);
    }
}

/// One `entry[].changes[]` item whose `value` is an object.
pub struct Change<'v> {
    /// Pointer to the change (`/entry/0/changes/1`).
    pub pointer: Path<'v>,
    /// The `field` it notifies about (`messages`, `message_template_status_update`, ...).
    pub field: Option<&'v str>,
    pub value: &'v Map<'v>,
}

/// A webhook body as every rule reads it: its changes are listed once (and its statuses
/// folded into a timeline on first use), not again by each rule.
pub struct Notification<'v> {
    pub body: &'v Value<'v>,
    changes: Vec<Change<'v>>,
    /// The items of `statuses`, `messages` and `contacts`, listed on first use: many rules
    /// read them.
    items: [OnceCell<Vec<Item<'v>>>; 3],
    timeline: OnceCell<(Timeline, Vec<TimelineNote>)>,
}

/// An object of a list of a `messages` change, with its pointer.
pub type Item<'v> = (Path<'v>, &'v Map<'v>);

/// The lists of a `messages` change that [`Notification::items_of`] keeps.
const ITEM_LISTS: [&str; 3] = ["statuses", "messages", "contacts"];

impl<'v> Notification<'v> {
    pub fn new(body: &'v Value) -> Self {
        let mut changes = Vec::new();
        for (e, entry) in array(body, "entry").iter().enumerate() {
            for (c, change) in array(entry, "changes").iter().enumerate() {
                if let Some(value) = change.get("value").and_then(Value::as_object) {
                    changes.push(Change {
                        pointer: Path::ROOT.key("entry").index(e).key("changes").index(c),
                        field: change.get("field").and_then(Value::as_str),
                        value,
                    });
                }
            }
        }
        Notification {
            body,
            changes,
            items: Default::default(),
            timeline: OnceCell::new(),
        }
    }

    /// Every change with an object `value`, in document order.
    pub fn changes(&self) -> &[Change<'v>] {
        &self.changes
    }

    /// Every change notifying about `field`, in document order. A change without `field` is
    /// read as a `messages` one (as the status timeline reads it): the schema reports the
    /// missing member, and the rules still read its statuses and messages.
    pub fn changes_of<'a>(&'a self, field: &'a str) -> impl Iterator<Item = &'a Change<'v>> + 'a {
        self.changes.iter().filter(move |change| {
            change.field == Some(field) || (change.field.is_none() && field == "messages")
        })
    }

    /// The objects of `value.<key>[]` in every `messages` change, with their pointers: `key`
    /// is `statuses`, `messages` or `contacts` (any other key has none).
    pub fn items_of(&self, key: &str) -> &[Item<'v>] {
        // The list's own name, for pointers that live as long as the body.
        let Some((&key, cell)) = ITEM_LISTS.iter().zip(&self.items).find(|(list, _)| **list == key) else {
            return &[];
        };
        cell.get_or_init(|| {
            let mut found = Vec::new();
            for change in self.changes_of("messages") {
                for (index, object) in objects(change.value.get(key)) {
                    found.push((change.pointer.key("value").key(key).index(index), object));
                }
            }
            found
        })
    }

    /// The status objects of the body (`entry[].changes[].value.statuses[]`).
    pub fn statuses(&self) -> &[Item<'v>] {
        self.items_of("statuses")
    }

    /// The `value` of every `message_template_status_update` change, with its pointer.
    pub fn template_status_updates(&self) -> Vec<(Path<'v>, &'v Map<'v>)> {
        self.changes_of("message_template_status_update")
            .map(|change| (child(&change.pointer, "value"), change.value))
            .collect()
    }

    /// Whether the body has two statuses or more: a history to fold (W004, W005).
    pub fn has_several_statuses(&self) -> bool {
        let count: usize = self
            .changes_of("messages")
            .filter_map(|change| change.value.get("statuses").and_then(Value::as_array))
            .map(Vec::len)
            .sum();
        count >= 2
    }

    /// The body's statuses folded into a timeline: what W004 and W005 read.
    pub fn timeline(&self) -> &(Timeline, Vec<TimelineNote>) {
        self.timeline.get_or_init(|| {
            let mut timeline = Timeline::new();
            let notes = timeline.feed(self.body);
            (timeline, notes)
        })
    }
}

/// The object items of an optional array, with their indexes.
pub fn objects<'v>(value: Option<&'v Value<'v>>) -> impl Iterator<Item = (usize, &'v Map<'v>)> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(index, item)| item.as_object().map(|object| (index, object)))
}

/// The items of the array at `key`, or nothing.
fn array<'v>(value: &'v Value<'v>, key: &str) -> &'v [Value<'v>] {
    value
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// `/a/b` + `key`.
pub fn child<'a>(pointer: &Path<'a>, key: &'a str) -> Path<'a> {
    pointer.key(key)
}

/// Documented `reason` values of a template status update (rules.md `tstatus.reasons`,
/// DOC:/webhooks/reference/message_template_status_update) and the review rejection codes
/// (`tstatus.reject-codes`, MSGR-REVIEW), with what each means.
pub const TEMPLATE_REASONS: &[(&str, &str)] = &[
    (
        "ABUSIVE_CONTENT",
        "the content was judged abusive or against policy",
    ),
    (
        "CATEGORY_NOT_AVAILABLE",
        "the category is not available (deprecated reason)",
    ),
    (
        "INCORRECT_CATEGORY",
        "the content does not match the chosen category",
    ),
    (
        "INVALID_FORMAT",
        "the template is malformed; its `rejection_info`, when sent, says how to fix it",
    ),
    ("NONE", "no reason given"),
    ("PROMOTIONAL", "promotional content in a non-marketing template"),
    ("SCAM", "the content was judged a scam"),
    (
        "TAG_CONTENT_MISMATCH",
        "the content does not match the category tag",
    ),
    (
        "INCORRECT_PARAMS",
        "variables are malformed, adjacent or dangling",
    ),
    (
        "PARAMS_TO_WORD_RATIO_EXCEED_LIMIT",
        "too many variables for the amount of fixed text",
    ),
    ("TAG_SHOULD_BE_MARKETING", "the content is marketing"),
];

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::{lint_value, Kind, Options};

    fn body(statuses: Value) -> Value {
        json!({"object": "whatsapp_business_account", "entry": [{"id": "1", "time": 1750000000, "changes": [{
            "field": "messages", "value": {"messaging_product": "whatsapp",
            "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
            "statuses": statuses}}]}]})
    }

    fn codes(value: &Value) -> Vec<(&'static str, String)> {
        let report = lint_value(value, Kind::Auto, &Options::default());
        report
            .diagnostics
            .into_iter()
            .map(|d| (d.code, d.pointer))
            .collect()
    }

    #[test]
    fn milliseconds_get_an_unsafe_fix_in_seconds() {
        let value =
            body(json!([{"id": "w", "status": "sent", "timestamp": "1750000000123", "recipient_id": "1"}]));
        let report = lint_value(&value, Kind::Auto, &Options::default());
        let w001 = report
            .diagnostics
            .iter()
            .find(|d| d.code == "W001")
            .expect("W001");
        let fix = w001.fix.as_ref().expect("fix");
        assert_eq!(fix.edits[0].value, json!("1750000000"));
        assert_eq!(fix.applicability, crate::Applicability::Unsafe);
    }

    #[test]
    fn entry_time_is_checked_as_an_integer() {
        let mut value = body(json!([]));
        value["entry"][0]["time"] = json!(1750000000000_i64);
        assert!(codes(&value).contains(&("W001", "/entry/0/time".to_owned())));
    }

    #[test]
    fn odd_shapes_do_not_panic_or_report_rules() {
        for value in [
            json!({"object": "whatsapp_business_account", "entry": "x"}),
            json!({"entry": [null, 1, {"changes": [null, {"value": 3}, {"field": "messages", "value": {"statuses": [null, "x", {"status": 7}]}}]}]}),
            json!({"entry": [{"changes": [{"field": "message_template_status_update", "value": {"event": ["REJECTED"], "reason": {}}}]}]}),
        ] {
            let found = codes(&value);
            assert!(
                found
                    .iter()
                    .all(|(code, _)| !code.starts_with('W') || *code == "W090"),
                "{found:?}"
            );
        }
    }

    #[test]
    fn a_status_after_failed_is_found_whatever_the_order_in_the_body() {
        let failed = json!({"id": "w", "status": "failed", "timestamp": "1750000010", "recipient_id": "1",
            "errors": [{"code": 131026, "title": "Message Undeliverable"}]});
        let sent = json!({"id": "w", "status": "sent", "timestamp": "1750000011", "recipient_id": "1"});
        for (statuses, at) in [(json!([failed, sent]), 1), (json!([sent, failed]), 0)] {
            let pointer = format!("/entry/0/changes/0/value/statuses/{at}/status");
            assert!(codes(&body(statuses)).contains(&("W004", pointer)));
        }
        // Another device got it: both statuses are Meta's, and not a finding.
        let delivered =
            json!({"id": "w", "status": "delivered", "timestamp": "1750000011", "recipient_id": "1"});
        let found = codes(&body(json!([failed, delivered])));
        assert!(found.iter().all(|(code, _)| *code != "W004"), "{found:?}");
    }
}
