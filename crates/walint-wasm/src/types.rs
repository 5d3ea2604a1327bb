//! TypeScript declaration of `statuses()`'s result: the core's message timelines (their types
//! carry `tsify` derives in `walint::timeline`) under `messages`, as
//! `walint statuses --format json` prints them.

use serde::Serialize;
use tsify::Tsify;
use walint::timeline::MessageTimeline;

/// The status timelines of every message seen: what `statuses()` and `Timeline.toJSON()`
/// return, the same as `walint statuses --format json`.
#[derive(Serialize, Tsify)]
pub struct Statuses {
    /// Ordered by message id.
    pub messages: Vec<MessageTimeline>,
}
