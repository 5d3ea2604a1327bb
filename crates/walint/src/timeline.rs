//! Status timeline: folds webhook status notifications (rules.md §11) into one history per
//! outgoing message.
//!
//! Meta retries webhooks for up to 7 days, so notifications arrive duplicated and out of order
//! (`wh.order`). The state kept here is therefore a *set* of events per message, and everything
//! reported (history order, current status, anomalies) is derived from that set alone: feeding
//! the same notifications in any order gives the same result.

use serde::{Serialize, Serializer};
use std::collections::BTreeMap;
use std::fmt;

use crate::value::Value;

/// Smallest and largest values accepted as Unix seconds: 2001-09-09 .. 2286-11-20.
/// Anything outside is most likely milliseconds, microseconds or a made-up number.
const PLAUSIBLE_SECONDS: std::ops::Range<i64> = 1_000_000_000..10_000_000_000;

/// A delivery status of an outgoing message.
///
/// The declaration order is the precedence used to order events sharing a timestamp:
/// progress first (sent < delivered < read < played), then the informational `warning`,
/// then the final states `failed` and `deleted`.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Sent,
    Delivered,
    Read,
    /// First play of a voice message (from 17 Mar 2026).
    Played,
    /// Legacy status; carries no progress.
    Warning,
    Failed,
    /// Legacy status: the user deleted the message.
    Deleted,
}

impl Status {
    /// Parses the `status` string of a status notification.
    pub fn parse(text: &str) -> Option<Status> {
        Some(match text {
            "sent" => Status::Sent,
            "delivered" => Status::Delivered,
            "read" => Status::Read,
            "played" => Status::Played,
            "warning" => Status::Warning,
            "failed" => Status::Failed,
            "deleted" => Status::Deleted,
            _ => return None,
        })
    }

    /// The wire name, as Meta sends it.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Sent => "sent",
            Status::Delivered => "delivered",
            Status::Read => "read",
            Status::Played => "played",
            Status::Warning => "warning",
            Status::Failed => "failed",
            Status::Deleted => "deleted",
        }
    }

    /// `failed` and `deleted` end a message's life: nothing may follow them.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Failed | Status::Deleted)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One status notification of a message, as kept in its history.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatusEvent {
    pub status: Status,
    /// Unix seconds as sent by Meta (not corrected when implausible: see [`AnomalyKind`]).
    pub timestamp: i64,
    /// RFC 6901 pointer to the status inside the body it came from. For exact duplicates the
    /// smallest pointer is kept, so the value does not depend on feeding order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Why it failed: the first entry of the status's `errors` (a `failed` or `warning`
    /// status carries one).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub error: Option<StatusError>,
}

/// The first error of a status notification, as Meta sends it.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct StatusError {
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub code: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub title: Option<String>,
    /// `error_data.details`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub details: Option<String>,
}

impl StatusError {
    /// The first entry of `status.errors`, if any.
    fn of(status: &Value) -> Option<StatusError> {
        let first = status.get("errors")?.as_array()?.first()?;
        let text = |value: Option<&Value>| value.and_then(Value::as_str).map(str::to_owned);
        Some(StatusError {
            code: first.get("code").and_then(Value::as_i64),
            title: text(first.get("title")),
            details: text(first.get("error_data").and_then(|data| data.get("details"))),
        })
    }
}

/// How much an anomaly matters.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnomalyLevel {
    /// Worth knowing, often normal.
    Note,
    /// Needs attention or action by the caller.
    Warning,
}

/// What is odd about a message's history.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnomalyKind {
    /// A status timestamped after `deleted`, or a `sent` or `warning` after `failed`: Meta
    /// does not produce these.
    AfterFinal,
    /// The message is `failed` and also `delivered`, `read` or `played`, in either order: Meta
    /// sends both when one of the user's devices got it and another did not. A note.
    DeliveredAndFailed,
    /// `read` without `delivered`: normal when delivery and read happen together
    /// (Meta skips the `delivered` webhook then), so only a note.
    ReadWithoutDelivered,
    /// The user deleted the message: the caller must erase it from its own store too.
    Deleted,
    /// The timestamp is digits but not plausible Unix seconds (e.g. milliseconds).
    TimestampNotUnixSeconds,
}

/// An anomaly found in one message's history.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Anomaly {
    pub kind: AnomalyKind,
    pub level: AnomalyLevel,
    /// The status event the anomaly is about.
    pub status: Status,
    pub timestamp: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
    /// Human-readable explanation.
    pub message: String,
}

/// Everything known about one outgoing message.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MessageTimeline {
    /// The message id (wamid).
    pub id: String,
    /// The recipient; if notifications disagree, the smallest value (deterministic).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient_id: Option<String>,
    /// Events ordered by timestamp, then by status precedence; never empty.
    pub history: Vec<StatusEvent>,
    /// `deleted` if the user deleted it; else the furthest progress when a device got it
    /// (even if another device `failed`); else `failed`; else the furthest progress; else
    /// `warning`.
    pub current: Status,
    pub anomalies: Vec<Anomaly>,
}

/// Why a status notification was not (fully) taken into the timeline.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// The body has no `entry[]` array: not a webhook notification.
    NotAWebhook,
    /// The status is not an object, or lacks `id` or `status`.
    MissingField,
    /// `status` is not one of the known values.
    UnknownStatus,
    /// `timestamp` is missing or not an unsigned integer (string of digits), so it cannot be ordered.
    UnusableTimestamp,
    /// Same id, status and timestamp as an event already fed (a webhook retry).
    Duplicate,
}

/// Feedback about one feed: what was skipped or ignored, and where.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineNote {
    pub kind: NoteKind,
    /// RFC 6901 pointer into the fed value ("" when unknown).
    pub pointer: String,
    pub message: String,
}

/// Raw events of one message: (timestamp, status), the smallest pointer seen and the smallest
/// error, sorted by event (a message has a handful: a vector is smaller code than another
/// `BTreeMap`).
type EventSet = Vec<((i64, Status), EventData)>;

/// What is kept of an event besides its time and status.
#[derive(Debug, Clone, Default)]
struct EventData {
    /// The smallest pointer it was seen at.
    pointer: Option<String>,
    /// The smallest error it carried.
    error: Option<StatusError>,
    /// Whether a feed gave its timestamp in milliseconds (it is kept in seconds).
    in_milliseconds: bool,
}

#[derive(Debug, Clone, Default)]
struct MessageRecord {
    recipient_id: Option<String>,
    events: EventSet,
    derived: Option<MessageTimeline>,
}

/// The status timelines of every message seen so far.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    records: BTreeMap<String, MessageRecord>,
}

impl Serialize for Timeline {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let messages: Vec<&MessageTimeline> = self.messages().collect();
        let mut state = serializer.serialize_struct("Timeline", 1)?;
        state.serialize_field("messages", &messages)?;
        state.end()
    }
}

impl Timeline {
    pub fn new() -> Timeline {
        Timeline::default()
    }

    /// Feeds a full webhook body: every `entry[].changes[].value.statuses[]` of a `messages`
    /// change is taken in. Other changes are simply skipped: inbound messages and template
    /// updates have no statuses, and a `calls` change's statuses are call states (`RINGING`).
    /// A change without `field` is read as a `messages` one.
    pub fn feed(&mut self, body: &Value) -> Vec<TimelineNote> {
        let Some(entries) = body.get("entry").and_then(Value::as_array) else {
            return vec![TimelineNote {
                kind: NoteKind::NotAWebhook,
                pointer: String::new(),
                message: "not a webhook body: no `entry` array".to_string(),
            }];
        };
        let mut notes = Vec::new();
        for (e, entry) in entries.iter().enumerate() {
            let changes = entry.get("changes").and_then(Value::as_array);
            for (c, change) in changes.into_iter().flatten().enumerate() {
                let field = change.get("field").and_then(Value::as_str);
                if field.is_some_and(|field| field != "messages") {
                    continue;
                }
                let statuses = change.get("value").and_then(|value| value.get("statuses"));
                if statuses.is_some_and(|statuses| !statuses.is_array()) {
                    notes.push(TimelineNote {
                        kind: NoteKind::MissingField,
                        pointer: format!("/entry/{e}/changes/{c}/value/statuses"),
                        message: "`statuses` is not an array: skipped".to_string(),
                    });
                }
                for (s, status) in statuses
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .enumerate()
                {
                    let pointer = format!("/entry/{e}/changes/{c}/value/statuses/{s}");
                    notes.extend(self.feed_status(status, Some(&pointer)));
                }
            }
        }
        notes
    }

    /// Feeds one status object (`{id, status, timestamp, recipient_id, ...}`).
    /// `pointer` says where it sits in the body it came from, if known.
    pub fn feed_status(&mut self, status: &Value, pointer: Option<&str>) -> Vec<TimelineNote> {
        // A payment's status (India Payments API: captured, pending, failed) shares `statuses`
        // with messages' but is no step of a message's history.
        if status.get("type").and_then(Value::as_str) == Some("payment") {
            return Vec::new();
        }
        let note = |kind: NoteKind, message: String| {
            vec![TimelineNote {
                kind,
                pointer: pointer.unwrap_or_default().to_string(),
                message,
            }]
        };
        let Some(id) = status
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
        else {
            return note(
                NoteKind::MissingField,
                "status has no `id` (a non-empty string): skipped".into(),
            );
        };
        let Some(status_text) = status.get("status").and_then(Value::as_str) else {
            return note(
                NoteKind::MissingField,
                format!("status of {id} has no string `status`: skipped"),
            );
        };
        let Some(kind) = Status::parse(status_text) else {
            return note(
                NoteKind::UnknownStatus,
                format!(
                    "status {} of {id} is not a known status: skipped",
                    crate::diagnostic::quoted(status_text)
                ),
            );
        };
        let Some(timestamp) = status.get("timestamp").and_then(parse_timestamp) else {
            return note(
                NoteKind::UnusableTimestamp,
                format!("`{kind}` of {id} has no timestamp made of digits (Unix seconds): skipped"),
            );
        };
        // Some feeds (BSPs relaying Meta's statuses) give milliseconds: ordered in seconds
        // with the others, and noted.
        let in_milliseconds = MILLISECONDS.contains(&timestamp);
        let timestamp = if in_milliseconds {
            timestamp / 1000
        } else {
            timestamp
        };
        let recipient = status.get("recipient_id").and_then(Value::as_str);

        let record = self.records.entry(id.to_string()).or_default();
        if let Some(recipient) = recipient {
            // Keep the smallest so the result does not depend on feeding order.
            let keep_old = matches!(&record.recipient_id, Some(old) if old.as_str() <= recipient);
            if !keep_old {
                record.recipient_id = Some(recipient.to_string());
            }
        }
        let new_pointer = pointer.map(str::to_string);
        let new_error = StatusError::of(status);
        let mut notes = Vec::new();
        let event = (timestamp, kind);
        match record.events.binary_search_by(|(seen, _)| seen.cmp(&event)) {
            Ok(at) => {
                if let Some((_, kept)) = record.events.get_mut(at) {
                    // The smallest of each, so the result does not depend on feeding order.
                    keep_smaller(&mut kept.pointer, new_pointer);
                    keep_smaller(&mut kept.error, new_error);
                    kept.in_milliseconds |= in_milliseconds;
                }
                notes = note(
                    NoteKind::Duplicate,
                    format!("duplicate `{kind}` of {id} at {timestamp} (webhook retry): ignored"),
                );
            }
            Err(at) => {
                let data = EventData {
                    pointer: new_pointer,
                    error: new_error,
                    in_milliseconds,
                };
                record.events.insert(at, (event, data));
            }
        }
        record.derived = Some(derive(id, record.recipient_id.clone(), &record.events));
        notes
    }

    /// Every message seen, ordered by message id.
    pub fn messages(&self) -> impl Iterator<Item = &MessageTimeline> {
        self.records.values().filter_map(|record| record.derived.as_ref())
    }

    /// The timeline of one message, if any status of it was fed.
    pub fn message(&self, id: &str) -> Option<&MessageTimeline> {
        self.records.get(id).and_then(|record| record.derived.as_ref())
    }
}

/// Keeps the smaller of `kept` and `new`, a missing value counting as larger than any.
fn keep_smaller<T: Ord>(kept: &mut Option<T>, new: Option<T>) {
    if new.is_some() && (kept.is_none() || new < *kept) {
        *kept = new;
    }
}

/// The JSON of a log line, from its first `{`, when text precedes it (`2025-11-10 06:45:28 INFO
/// payload: {…}`, as application logs write webhook bodies); `None` otherwise.
pub fn after_log_prefix(line: &str) -> Option<&str> {
    let start = line.find('{').filter(|start| *start > 0)?;
    line.get(start..)
}

/// Timestamps in milliseconds of the years 2001 to 2286.
const MILLISECONDS: std::ops::Range<i64> = 1_000_000_000_000..10_000_000_000_000;

/// Why `timestamp` cannot be Unix seconds of a real event ("looks like milliseconds", ...),
/// or `None` when it is plausible. Shared with the webhook rule W001.
pub fn implausible_seconds(timestamp: i64) -> Option<&'static str> {
    match timestamp {
        t if PLAUSIBLE_SECONDS.contains(&t) => None,
        t if MILLISECONDS.contains(&t) => Some("looks like milliseconds"),
        t if t >= PLAUSIBLE_SECONDS.end => Some("too large: milliseconds or microseconds?"),
        _ => Some("before 2001: not a real send time"),
    }
}

/// Reads a timestamp given as a string of ASCII digits (as Meta sends it) or, leniently, as a
/// non-negative JSON integer. `None` when it cannot be placed on a time line at all.
fn parse_timestamp(value: &Value) -> Option<i64> {
    match value {
        Value::String(text) => {
            if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            text.parse::<i64>().ok()
        }
        Value::Number(number) => number.as_i64().filter(|n| *n >= 0),
        _ => None,
    }
}

/// Builds the reported timeline from the event set: a pure function, hence order-independent.
fn derive(id: &str, recipient_id: Option<String>, events: &EventSet) -> MessageTimeline {
    let history: Vec<StatusEvent> = events
        .iter()
        .map(|((timestamp, status), data)| StatusEvent {
            status: *status,
            timestamp: *timestamp,
            pointer: data.pointer.clone(),
            error: data.error.clone(),
        })
        .collect();

    let first = |status: Status| history.iter().find(|event| event.status == status);
    let (deleted, failed) = (first(Status::Deleted), first(Status::Failed));
    let progress = history
        .iter()
        .map(|event| event.status)
        .filter(|status| !status.is_final() && *status != Status::Warning)
        .max();
    let reached = progress.filter(|status| *status >= Status::Delivered);
    let current = if deleted.is_some() {
        Status::Deleted
    } else if let Some(reached) = reached {
        reached
    } else if failed.is_some() {
        Status::Failed
    } else {
        progress.unwrap_or(Status::Warning)
    };

    let mut anomalies = Vec::new();
    for (event, ((_, _), data)) in history.iter().zip(events) {
        if data.in_milliseconds {
            anomalies.push(anomaly(
                AnomalyKind::TimestampNotUnixSeconds,
                AnomalyLevel::Warning,
                event,
                format!(
                    "the timestamp of `{}` is in milliseconds: read as {} seconds",
                    event.status, event.timestamp
                ),
            ));
        } else if let Some(hint) = implausible_seconds(event.timestamp) {
            anomalies.push(anomaly(
                AnomalyKind::TimestampNotUnixSeconds,
                AnomalyLevel::Warning,
                event,
                format!(
                    "timestamp {} of `{}` is not Unix seconds ({hint})",
                    event.timestamp, event.status
                ),
            ));
        }
    }
    // Nothing follows `deleted`; after `failed`, a `delivered`/`read`/`played` is another
    // device (the note below), but a `sent` or `warning` is not Meta's.
    for event in &history {
        let is_before = |end: &&StatusEvent| (end.timestamp, end.status) < (event.timestamp, event.status);
        let unexpected_after_failed = matches!(event.status, Status::Sent | Status::Warning);
        let final_event = deleted
            .filter(is_before)
            .or_else(|| failed.filter(is_before).filter(|_| unexpected_after_failed));
        if let Some(final_event) = final_event {
            anomalies.push(anomaly(
                AnomalyKind::AfterFinal,
                AnomalyLevel::Warning,
                event,
                format!(
                    "`{}` at {} is timestamped after the message was `{}` at {}: Meta sends nothing after it",
                    event.status, event.timestamp, final_event.status, final_event.timestamp
                ),
            ));
        }
    }
    if let (Some(reached), Some(failed)) = (reached, failed) {
        anomalies.push(anomaly(
            AnomalyKind::DeliveredAndFailed,
            AnomalyLevel::Note,
            failed,
            format!(
                "the message is `{reached}` and also `failed`: Meta sends both when one of the user's \
                 devices got it and another did not"
            ),
        ));
    }
    // Only when an earlier status is here: a lone `read` is partial input, not this case.
    if first(Status::Sent).is_some() && first(Status::Delivered).is_none() {
        if let Some(read) = first(Status::Read) {
            anomalies.push(anomaly(
                AnomalyKind::ReadWithoutDelivered,
                AnomalyLevel::Note,
                read,
                "`read` without `delivered`: normal when the message was delivered and read at once \
                 (Meta then skips the delivered webhook)"
                    .to_string(),
            ));
        }
    }
    if let Some(deleted) = deleted {
        anomalies.push(anomaly(
            AnomalyKind::Deleted,
            AnomalyLevel::Warning,
            deleted,
            "the user deleted this message: erase it from your own store too".to_string(),
        ));
    }

    MessageTimeline {
        id: id.to_string(),
        recipient_id,
        history,
        current,
        anomalies,
    }
}

fn anomaly(kind: AnomalyKind, level: AnomalyLevel, event: &StatusEvent, message: String) -> Anomaly {
    Anomaly {
        kind,
        level,
        status: event.status,
        timestamp: event.timestamp,
        pointer: event.pointer.clone(),
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    fn body(statuses: Vec<Value>) -> Value {
        json!({
            "object": "whatsapp_business_account",
            "entry": [{
                "id": "102290129340398",
                "changes": [{
                    "field": "messages",
                    "value": {
                        "messaging_product": "whatsapp",
                        "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
                        "statuses": statuses
                    }
                }]
            }]
        })
    }

    fn st(id: &str, status: &str, timestamp: &str) -> Value<'static> {
        json!({"id": id, "status": status, "timestamp": timestamp, "recipient_id": "16505551234"})
    }

    fn statuses_of(timeline: &MessageTimeline) -> Vec<(Status, i64)> {
        timeline.history.iter().map(|e| (e.status, e.timestamp)).collect()
    }

    fn kinds(timeline: &MessageTimeline) -> Vec<AnomalyKind> {
        timeline.anomalies.iter().map(|a| a.kind).collect()
    }

    fn single(statuses: Vec<Value>) -> MessageTimeline {
        let mut timeline = Timeline::new();
        let notes = timeline.feed(&body(statuses));
        assert!(notes.iter().all(|n| n.kind == NoteKind::Duplicate), "{notes:?}");
        let mut messages: Vec<_> = timeline.messages().cloned().collect();
        assert_eq!(messages.len(), 1);
        messages.remove(0)
    }

    #[test]
    fn a_payment_status_is_no_step_of_a_message() {
        let payment = json!({"id": "wamid.1", "status": "captured", "timestamp": "1750000000", "type": "payment",
            "payment": {"reference_id": "order-1"}});
        let m = single(vec![st("wamid.1", "sent", "1750000001"), payment]);
        assert_eq!(statuses_of(&m), vec![(Status::Sent, 1750000001)]);
    }

    #[test]
    fn normal_progress_sent_delivered_read() {
        let m = single(vec![
            st("w1", "read", "1750000020"),
            st("w1", "sent", "1750000000"),
            st("w1", "delivered", "1750000010"),
        ]);
        assert_eq!(
            statuses_of(&m),
            vec![
                (Status::Sent, 1750000000),
                (Status::Delivered, 1750000010),
                (Status::Read, 1750000020)
            ]
        );
        assert_eq!(m.current, Status::Read);
        assert!(m.anomalies.is_empty());
        assert_eq!(m.recipient_id.as_deref(), Some("16505551234"));
        assert_eq!(
            m.history[0].pointer.as_deref(),
            Some("/entry/0/changes/0/value/statuses/1")
        );
    }

    #[test]
    fn a_failure_keeps_its_error_whatever_the_feeding_order() {
        let failed = |code: i64| {
            json!({"id": "w1", "status": "failed", "timestamp": "1750000002", "recipient_id": "16505551234",
                "errors": [{"code": code, "title": "Re-engagement message",
                    "error_data": {"details": "More than 24 hours have passed."}}]})
        };
        let sent = st("w1", "sent", "1750000000");
        let one = single(vec![sent.clone(), failed(131047), failed(131026)]);
        let other = single(vec![failed(131026), failed(131047), sent]);
        // The same events and errors (the pointers follow the order in the body).
        let events = |m: &MessageTimeline| -> Vec<(Status, i64, Option<StatusError>)> {
            m.history
                .iter()
                .map(|e| (e.status, e.timestamp, e.error.clone()))
                .collect()
        };
        assert_eq!(events(&one), events(&other));
        let error = one.history.last().and_then(|e| e.error.clone()).expect("error");
        assert_eq!(error.code, Some(131026));
        assert_eq!(error.title.as_deref(), Some("Re-engagement message"));
        assert_eq!(error.details.as_deref(), Some("More than 24 hours have passed."));
        assert!(one.history[0].error.is_none());
    }

    #[test]
    fn call_states_of_a_calls_change_are_not_message_statuses() {
        let calls = json!({"object": "whatsapp_business_account", "entry": [{"changes": [{
            "field": "calls",
            "value": {"statuses": [
                {"id": "wacid.A", "timestamp": "1750000000", "type": "call", "status": "RINGING"}
            ]}
        }]}]});
        let mut timeline = Timeline::new();
        let notes = timeline.feed(&calls);
        assert!(notes.is_empty(), "{notes:?}");
        assert_eq!(timeline.messages().count(), 0);
    }

    #[test]
    fn equal_timestamps_follow_precedence() {
        let m = single(vec![
            st("w1", "played", "1750000000"),
            st("w1", "read", "1750000000"),
            st("w1", "delivered", "1750000000"),
            st("w1", "sent", "1750000000"),
        ]);
        let order: Vec<Status> = m.history.iter().map(|e| e.status).collect();
        assert_eq!(
            order,
            vec![Status::Sent, Status::Delivered, Status::Read, Status::Played]
        );
        assert_eq!(m.current, Status::Played);
    }

    #[test]
    fn exact_duplicates_are_ignored_with_a_note() {
        let mut timeline = Timeline::new();
        assert!(timeline
            .feed(&body(vec![st("w1", "sent", "1750000000")]))
            .is_empty());
        let notes = timeline.feed(&body(vec![st("w1", "sent", "1750000000")]));
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].kind, NoteKind::Duplicate);
        assert_eq!(notes[0].pointer, "/entry/0/changes/0/value/statuses/0");
        let m = timeline.message("w1").unwrap();
        assert_eq!(m.history.len(), 1);
    }

    #[test]
    fn same_status_at_another_time_is_not_a_duplicate() {
        let m = single(vec![
            st("w1", "delivered", "1750000010"),
            st("w1", "delivered", "1750000011"),
        ]);
        assert_eq!(m.history.len(), 2);
    }

    #[test]
    fn delivered_after_failed_is_another_device_not_an_anomaly() {
        let m = single(vec![
            st("w1", "sent", "1750000000"),
            st("w1", "failed", "1750000005"),
            st("w1", "delivered", "1750000009"),
        ]);
        assert_eq!(m.current, Status::Delivered, "a device got it");
        assert_eq!(kinds(&m), vec![AnomalyKind::DeliveredAndFailed]);
        assert_eq!(m.anomalies[0].status, Status::Failed);
        assert_eq!(m.anomalies[0].level, AnomalyLevel::Note);
        let failed_later = single(vec![
            st("w1", "sent", "1750000000"),
            st("w1", "read", "1750000005"),
            st("w1", "failed", "1750000009"),
        ]);
        assert_eq!(failed_later.current, Status::Read);
        assert_eq!(
            kinds(&failed_later),
            vec![AnomalyKind::DeliveredAndFailed, AnomalyKind::ReadWithoutDelivered]
        );
    }

    #[test]
    fn sent_after_failed_and_anything_after_deleted_are_anomalies() {
        let m = single(vec![
            st("w1", "failed", "1750000005"),
            st("w1", "sent", "1750000009"),
        ]);
        assert_eq!(m.current, Status::Failed);
        assert_eq!(kinds(&m), vec![AnomalyKind::AfterFinal]);
        assert_eq!(m.anomalies[0].status, Status::Sent);
        assert_eq!(m.anomalies[0].level, AnomalyLevel::Warning);
    }

    #[test]
    fn milliseconds_are_ordered_as_seconds_and_noted() {
        let m = single(vec![
            st("w1", "sent", "1750000000000"),
            st("w1", "failed", "1750000005"),
        ]);
        assert_eq!(
            statuses_of(&m),
            vec![(Status::Sent, 1750000000), (Status::Failed, 1750000005)]
        );
        assert_eq!(m.current, Status::Failed);
        assert_eq!(
            kinds(&m),
            vec![AnomalyKind::TimestampNotUnixSeconds],
            "no status after the final one"
        );
    }

    #[test]
    fn status_before_failed_by_timestamp_is_fine_even_if_fed_later() {
        let mut timeline = Timeline::new();
        timeline.feed(&body(vec![st("w1", "failed", "1750000005")]));
        timeline.feed(&body(vec![st("w1", "sent", "1750000000")]));
        let m = timeline.message("w1").unwrap();
        assert_eq!(m.current, Status::Failed);
        assert!(m.anomalies.is_empty(), "{:?}", m.anomalies);
    }

    #[test]
    fn failed_at_same_second_as_delivered_sorts_last() {
        let m = single(vec![
            st("w1", "failed", "1750000005"),
            st("w1", "delivered", "1750000005"),
        ]);
        assert_eq!(m.current, Status::Delivered);
        assert_eq!(m.history.last().map(|e| e.status), Some(Status::Failed));
        assert_eq!(kinds(&m), vec![AnomalyKind::DeliveredAndFailed]);
    }

    #[test]
    fn deleted_is_final_and_asks_the_caller_to_erase() {
        let m = single(vec![
            st("w1", "sent", "1750000000"),
            st("w1", "delivered", "1750000001"),
            st("w1", "deleted", "1750000100"),
            st("w1", "read", "1750000200"),
        ]);
        assert_eq!(m.current, Status::Deleted);
        assert_eq!(kinds(&m), vec![AnomalyKind::AfterFinal, AnomalyKind::Deleted]);
        assert!(m.anomalies[1].message.contains("erase"));
    }

    #[test]
    fn read_without_delivered_is_a_note() {
        let m = single(vec![
            st("w1", "sent", "1750000000"),
            st("w1", "read", "1750000003"),
        ]);
        assert_eq!(m.current, Status::Read);
        assert_eq!(kinds(&m), vec![AnomalyKind::ReadWithoutDelivered]);
        assert_eq!(m.anomalies[0].level, AnomalyLevel::Note);
        let lone_read = single(vec![st("w2", "read", "1750000003")]);
        assert!(lone_read.anomalies.is_empty(), "partial input, not this case");
    }

    #[test]
    fn out_of_order_timestamps_keep_the_furthest_progress() {
        // delivered carries an earlier timestamp than sent: current is still delivered.
        let m = single(vec![
            st("w1", "delivered", "1750000000"),
            st("w1", "sent", "1750000004"),
        ]);
        assert_eq!(m.current, Status::Delivered);
    }

    #[test]
    fn warning_alone_is_current_but_does_not_override_progress() {
        assert_eq!(
            single(vec![st("w1", "warning", "1750000000")]).current,
            Status::Warning
        );
        let m = single(vec![
            st("w1", "delivered", "1750000000"),
            st("w1", "warning", "1750000009"),
        ]);
        assert_eq!(m.current, Status::Delivered);
    }

    #[test]
    fn milliseconds_timestamp_is_flagged() {
        let m = single(vec![st("w1", "sent", "1750000000000")]);
        assert_eq!(kinds(&m), vec![AnomalyKind::TimestampNotUnixSeconds]);
        assert!(
            m.anomalies[0].message.contains("milliseconds"),
            "{}",
            m.anomalies[0].message
        );
        let tiny = single(vec![st("w2", "sent", "12")]);
        assert_eq!(kinds(&tiny), vec![AnomalyKind::TimestampNotUnixSeconds]);
    }

    #[test]
    fn unusable_timestamps_are_skipped_with_a_note() {
        let mut timeline = Timeline::new();
        for bad in [
            json!("2025-06-18T10:00:00Z"),
            json!(""),
            json!("-5"),
            json!(-5),
            json!(1.5),
            json!(null),
        ] {
            let status = json!({"id": "w1", "status": "sent", "timestamp": bad});
            let notes = timeline.feed_status(&status, None);
            assert_eq!(notes.len(), 1, "{bad}");
            assert_eq!(notes[0].kind, NoteKind::UnusableTimestamp);
        }
        let notes = timeline.feed_status(&json!({"id": "w1", "status": "sent"}), Some("/x"));
        assert_eq!(notes[0].kind, NoteKind::UnusableTimestamp);
        assert_eq!(notes[0].pointer, "/x");
        let overflow = json!({"id": "w1", "status": "sent", "timestamp": "99999999999999999999999"});
        assert_eq!(
            timeline.feed_status(&overflow, None)[0].kind,
            NoteKind::UnusableTimestamp
        );
        assert_eq!(timeline.messages().count(), 0);
    }

    #[test]
    fn integer_timestamp_is_accepted_leniently() {
        let mut timeline = Timeline::new();
        let notes = timeline.feed_status(
            &json!({"id": "w1", "status": "sent", "timestamp": 1750000000}),
            None,
        );
        assert!(notes.is_empty());
        assert_eq!(timeline.message("w1").unwrap().history[0].timestamp, 1750000000);
        assert_eq!(timeline.message("w1").unwrap().history[0].pointer, None);
    }

    #[test]
    fn malformed_statuses_and_bodies_give_notes_not_panics() {
        let mut timeline = Timeline::new();
        assert_eq!(
            timeline.feed(&json!([1, 2])).first().map(|n| n.kind),
            Some(NoteKind::NotAWebhook)
        );
        assert_eq!(timeline.feed(&json!("text"))[0].kind, NoteKind::NotAWebhook);
        let weird =
            json!({"entry": [null, {"changes": 3}, {"changes": [{"value": {"statuses": {"a": 1}}}]}]});
        let notes = timeline.feed(&weird);
        assert_eq!(
            notes.iter().map(|n| n.kind).collect::<Vec<_>>(),
            [NoteKind::MissingField]
        );
        assert_eq!(notes[0].pointer, "/entry/2/changes/0/value/statuses");
        let notes = timeline.feed(&body(vec![
            json!(7),
            json!({"id": "", "status": "sent", "timestamp": "1750000000"}),
            json!({"id": "w1", "timestamp": "1750000000"}),
            st("w1", "seen", "1750000000"),
        ]));
        let got: Vec<NoteKind> = notes.iter().map(|n| n.kind).collect();
        assert_eq!(
            got,
            vec![
                NoteKind::MissingField,
                NoteKind::MissingField,
                NoteKind::MissingField,
                NoteKind::UnknownStatus
            ]
        );
        assert_eq!(notes[3].pointer, "/entry/0/changes/0/value/statuses/3");
        assert_eq!(timeline.messages().count(), 0);
    }

    #[test]
    fn inbound_message_bodies_have_no_statuses() {
        let inbound = json!({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages",
            "value": {"messages": [{"id": "wamid.in", "type": "text", "timestamp": "1750000000"}]}}]}]});
        let mut timeline = Timeline::new();
        assert!(timeline.feed(&inbound).is_empty());
        assert_eq!(timeline.messages().count(), 0);
    }

    #[test]
    fn messages_are_ordered_by_id_and_recipient_is_deterministic() {
        let mut timeline = Timeline::new();
        timeline.feed(&body(vec![
            st("wamid.B", "sent", "1750000000"),
            st("wamid.A", "sent", "1750000000"),
        ]));
        timeline.feed_status(&json!({"id": "wamid.A", "status": "delivered", "timestamp": "1750000001", "recipient_id": "1000"}), None);
        let ids: Vec<&str> = timeline.messages().map(|m| m.id.as_str()).collect();
        assert_eq!(ids, vec!["wamid.A", "wamid.B"]);
        assert_eq!(
            timeline.message("wamid.A").unwrap().recipient_id.as_deref(),
            Some("1000")
        );
    }

    #[test]
    fn serializes_to_json() {
        let mut timeline = Timeline::new();
        timeline.feed(&body(vec![
            st("w1", "sent", "1750000000"),
            st("w1", "read", "1750000001"),
        ]));
        let value = serde_json::to_value(&timeline).unwrap();
        assert_eq!(value["messages"][0]["id"], "w1");
        assert_eq!(value["messages"][0]["current"], "read");
        assert_eq!(value["messages"][0]["history"][1]["status"], "read");
        assert_eq!(
            value["messages"][0]["anomalies"][0]["kind"],
            "read_without_delivered"
        );
        assert_eq!(value["messages"][0]["anomalies"][0]["level"], "note");
    }

    /// Calls `visit` with every permutation of `items` (Heap's algorithm, iterative).
    fn for_each_permutation<T: Clone>(items: &[T], mut visit: impl FnMut(&[T])) {
        let mut items = items.to_vec();
        let n = items.len();
        let mut counters = vec![0usize; n];
        visit(&items);
        let mut i = 0;
        while i < n {
            if counters[i] < i {
                if i % 2 == 0 {
                    items.swap(0, i);
                } else {
                    items.swap(counters[i], i);
                }
                visit(&items);
                counters[i] += 1;
                i = 0;
            } else {
                counters[i] = 0;
                i += 1;
            }
        }
    }

    #[test]
    fn permutation_generator_visits_every_order_once() {
        let mut seen = std::collections::BTreeSet::new();
        let mut visits = 0;
        for_each_permutation(&[1, 2, 3, 4], |p| {
            seen.insert(p.to_vec());
            visits += 1;
        });
        assert_eq!(visits, 24);
        assert_eq!(seen.len(), 24);
    }

    #[test]
    fn final_state_does_not_depend_on_feeding_order() {
        let notifications = vec![
            body(vec![st("wamid.A", "sent", "1750000000")]),
            body(vec![st("wamid.A", "delivered", "1750000005")]),
            // Same second as delivered, and a batched duplicate of it at another pointer.
            body(vec![
                st("wamid.A", "read", "1750000005"),
                st("wamid.A", "delivered", "1750000005"),
            ]),
            body(vec![
                st("wamid.B", "sent", "1750000000"),
                st("wamid.C", "read", "1750000050"),
            ]),
            body(vec![st("wamid.B", "failed", "1750000002")]),
            // After failed by timestamp (another device); plus a deletion with a status after it.
            body(vec![
                st("wamid.C", "deleted", "1750000040"),
                st("wamid.B", "delivered", "1750000003"),
            ]),
            body(vec![
                st("wamid.A", "sent", "1750000000"),
                st("wamid.C", "sent", "1750000030"),
            ]),
        ];
        let mut reference: Option<String> = None;
        let mut runs = 0;
        for_each_permutation(&notifications, |order| {
            let mut timeline = Timeline::new();
            for notification in order {
                timeline.feed(notification);
            }
            let state = serde_json::to_string(&timeline).unwrap();
            match &reference {
                None => reference = Some(state),
                Some(expected) => assert_eq!(&state, expected),
            }
            runs += 1;
        });
        assert_eq!(runs, 5040);

        // And the shared result is the right one.
        let mut timeline = Timeline::new();
        for notification in &notifications {
            timeline.feed(notification);
        }
        let a = timeline.message("wamid.A").unwrap();
        assert_eq!(
            statuses_of(a),
            vec![
                (Status::Sent, 1750000000),
                (Status::Delivered, 1750000005),
                (Status::Read, 1750000005)
            ]
        );
        assert_eq!(a.current, Status::Read);
        assert!(a.anomalies.is_empty());
        assert_eq!(
            a.history[1].pointer.as_deref(),
            Some("/entry/0/changes/0/value/statuses/0")
        );
        let b = timeline.message("wamid.B").unwrap();
        assert_eq!(b.current, Status::Delivered);
        assert_eq!(kinds(b), vec![AnomalyKind::DeliveredAndFailed]);
        let c = timeline.message("wamid.C").unwrap();
        assert_eq!(c.current, Status::Deleted);
        assert_eq!(
            kinds(c),
            vec![
                AnomalyKind::AfterFinal,
                AnomalyKind::ReadWithoutDelivered,
                AnomalyKind::Deleted
            ]
        );
        assert_eq!(reference, Some(serde_json::to_string(&timeline).unwrap()));
    }
}
