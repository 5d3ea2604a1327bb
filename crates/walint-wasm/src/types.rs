//! TypeScript declarations of results whose core types have no `tsify` derive: the status
//! timeline (`walint::timeline`) and the service window state (`walint::window`). These
//! mirrors are never built at run time (results are the core types serialized); the tests
//! below check that each one serializes exactly as its core type, field for field and
//! variant for variant, so the declarations cannot drift from the values.

use serde::Serialize;
use tsify::Tsify;

/// A delivery status of an outgoing message, in precedence order for events sharing a
/// timestamp: `sent` < `delivered` < `read` < `played`, then `warning`, then the final
/// `failed` and `deleted`.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Sent,
    Delivered,
    Read,
    /// First play of a voice message.
    Played,
    /// Legacy status; carries no progress.
    Warning,
    Failed,
    /// Legacy status: the user deleted the message.
    Deleted,
}

/// One status notification of a message.
#[derive(Serialize, Tsify)]
pub struct StatusEvent {
    pub status: Status,
    /// Unix seconds as sent by Meta.
    pub timestamp: i64,
    /// RFC 6901 pointer to the status inside the body it came from.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pointer: Option<String>,
}

/// How much an anomaly matters: `warning` needs attention, `note` is often normal.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum AnomalyLevel {
    Note,
    Warning,
}

/// What is odd about a message's history.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum AnomalyKind {
    /// A status arrived after `failed` or `deleted` (by timestamp).
    AfterFinal,
    /// `read` without `delivered` (normal when both happen at once).
    ReadWithoutDelivered,
    /// The user deleted the message: erase it from your own store too.
    Deleted,
    /// The timestamp is not plausible Unix seconds (e.g. milliseconds).
    TimestampNotUnixSeconds,
}

/// An anomaly found in one message's history.
#[derive(Serialize, Tsify)]
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
#[derive(Serialize, Tsify)]
pub struct MessageTimeline {
    /// The message id (wamid).
    pub id: String,
    /// The recipient; if notifications disagree, the smallest value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recipient_id: Option<String>,
    /// Events ordered by timestamp, then by status precedence; never empty.
    pub history: Vec<StatusEvent>,
    /// The first final status if any, else the furthest progress, else `warning`.
    pub current: Status,
    pub anomalies: Vec<Anomaly>,
}

/// The status timelines of every message seen: what `statuses()` and `Timeline.toJSON()`
/// return, the same as `walint statuses --format json`.
#[derive(Serialize, Tsify)]
pub struct Statuses {
    /// Ordered by message id.
    pub messages: Vec<MessageTimeline>,
}

/// Why a status notification was not (fully) taken into a timeline.
#[derive(Serialize, Tsify)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// The body has no `entry[]` array: not a webhook notification.
    NotAWebhook,
    /// The status is not an object, or lacks `id` or `status`.
    MissingField,
    /// `status` is not one of the known values.
    UnknownStatus,
    /// `timestamp` is missing or not an unsigned integer, so it cannot be ordered.
    UnusableTimestamp,
    /// Same id, status and timestamp as an event already fed (a webhook retry).
    Duplicate,
}

/// What `Timeline.feed()` skipped or ignored, and where.
#[derive(Serialize, Tsify)]
pub struct TimelineNote {
    pub kind: NoteKind,
    /// RFC 6901 pointer into the fed body (`""` when unknown).
    pub pointer: String,
    pub message: String,
}

/// Where a send time stands relative to the 24-hour customer service window.
#[derive(Serialize, Tsify)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WindowState {
    /// Free-form messages are allowed for `closes_in_secs` more seconds.
    Open { closes_in_secs: i64 },
    /// Only templates can be sent; the window closed `closed_for_secs` seconds ago.
    Closed { closed_for_secs: i64 },
    /// The last inbound message is later than the send time: clock skew, a milliseconds
    /// timestamp or swapped arguments.
    InboundInFuture { ahead_by_secs: i64 },
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use serde_json::{json, Value};
    use walint::timeline as core;
    use walint::window;

    use super::*;

    fn status(status: core::Status) -> Status {
        match status {
            core::Status::Sent => Status::Sent,
            core::Status::Delivered => Status::Delivered,
            core::Status::Read => Status::Read,
            core::Status::Played => Status::Played,
            core::Status::Warning => Status::Warning,
            core::Status::Failed => Status::Failed,
            core::Status::Deleted => Status::Deleted,
        }
    }

    fn event(event: &core::StatusEvent) -> StatusEvent {
        let core::StatusEvent {
            status: s,
            timestamp,
            pointer,
        } = event;
        StatusEvent {
            status: status(*s),
            timestamp: *timestamp,
            pointer: pointer.clone(),
        }
    }

    fn anomaly(anomaly: &core::Anomaly) -> Anomaly {
        let core::Anomaly {
            kind,
            level,
            status: s,
            timestamp,
            pointer,
            message,
        } = anomaly;
        Anomaly {
            kind: match kind {
                core::AnomalyKind::AfterFinal => AnomalyKind::AfterFinal,
                core::AnomalyKind::ReadWithoutDelivered => AnomalyKind::ReadWithoutDelivered,
                core::AnomalyKind::Deleted => AnomalyKind::Deleted,
                core::AnomalyKind::TimestampNotUnixSeconds => AnomalyKind::TimestampNotUnixSeconds,
            },
            level: match level {
                core::AnomalyLevel::Note => AnomalyLevel::Note,
                core::AnomalyLevel::Warning => AnomalyLevel::Warning,
            },
            status: status(*s),
            timestamp: *timestamp,
            pointer: pointer.clone(),
            message: message.clone(),
        }
    }

    fn message(message: &core::MessageTimeline) -> MessageTimeline {
        let core::MessageTimeline {
            id,
            recipient_id,
            history,
            current,
            anomalies,
        } = message;
        MessageTimeline {
            id: id.clone(),
            recipient_id: recipient_id.clone(),
            history: history.iter().map(event).collect(),
            current: status(*current),
            anomalies: anomalies.iter().map(anomaly).collect(),
        }
    }

    fn note(note: &core::TimelineNote) -> TimelineNote {
        let core::TimelineNote {
            kind,
            pointer,
            message,
        } = note;
        TimelineNote {
            kind: match kind {
                core::NoteKind::NotAWebhook => NoteKind::NotAWebhook,
                core::NoteKind::MissingField => NoteKind::MissingField,
                core::NoteKind::UnknownStatus => NoteKind::UnknownStatus,
                core::NoteKind::UnusableTimestamp => NoteKind::UnusableTimestamp,
                core::NoteKind::Duplicate => NoteKind::Duplicate,
            },
            pointer: pointer.clone(),
            message: message.clone(),
        }
    }

    fn same<A: serde::Serialize, B: serde::Serialize>(core: &A, mirror: &B) {
        let (core, mirror) = (
            serde_json::to_value(core).expect("core serializes"),
            serde_json::to_value(mirror).expect("mirror serializes"),
        );
        assert_eq!(core, mirror);
    }

    /// Statuses covering every status, anomaly and note kind.
    fn statuses() -> Value {
        let s = |id: &str, status: &str, timestamp: Value| json!({"id": id, "status": status, "timestamp": timestamp, "recipient_id": "16505551234"});
        json!({"entry": [{"changes": [{"value": {"statuses": [
            s("wamid.A", "sent", json!("1750000000")),
            s("wamid.A", "delivered", json!("1750000010")),
            s("wamid.A", "read", json!("1750000020")),
            s("wamid.A", "played", json!("1750000030")),
            s("wamid.A", "sent", json!("1750000000")),
            s("wamid.B", "read", json!("1750000000000")),
            s("wamid.C", "failed", json!("1750000000")),
            s("wamid.C", "warning", json!(1_750_000_005)),
            s("wamid.D", "deleted", json!("1750000000")),
            {"id": "wamid.E", "status": "sent", "timestamp": "1750000000"},
            s("wamid.F", "seen", json!("1750000000")),
            s("wamid.F", "sent", json!("soon")),
            {"status": "sent"},
        ]}}]}]})
    }

    #[test]
    fn timeline_mirrors_serialize_as_the_core_types() {
        let mut timeline = core::Timeline::new();
        let notes = timeline.feed(&statuses());
        let mut kinds: Vec<String> = notes.iter().map(|n| format!("{:?}", n.kind)).collect();
        notes.iter().for_each(|n| same(n, &note(n)));
        let not_a_webhook = timeline.feed(&json!([]));
        not_a_webhook.iter().for_each(|n| same(n, &note(n)));
        kinds.extend(not_a_webhook.iter().map(|n| format!("{:?}", n.kind)));
        kinds.sort();
        kinds.dedup();
        assert_eq!(kinds.len(), 5, "every note kind: {kinds:?}");

        let messages: Vec<MessageTimeline> = timeline.messages().map(message).collect();
        let mut anomalies: Vec<String> = timeline
            .messages()
            .flat_map(|m| &m.anomalies)
            .map(|a| format!("{:?}", a.kind))
            .collect();
        anomalies.sort();
        anomalies.dedup();
        assert_eq!(anomalies.len(), 4, "every anomaly kind: {anomalies:?}");
        assert!(messages.iter().any(|m| m.recipient_id.is_none()));
        same(&timeline, &Statuses { messages });
    }

    #[test]
    fn window_state_mirror_serializes_as_the_core_type() {
        for (last_inbound, now) in [(0, 10), (0, 86_400), (10, 0)] {
            let state = window::state(last_inbound, now);
            let mirror = match state {
                window::WindowState::Open { closes_in_secs } => WindowState::Open { closes_in_secs },
                window::WindowState::Closed { closed_for_secs } => WindowState::Closed { closed_for_secs },
                window::WindowState::InboundInFuture { ahead_by_secs } => {
                    WindowState::InboundInFuture { ahead_by_secs }
                }
            };
            same(&state, &mirror);
        }
    }
}
