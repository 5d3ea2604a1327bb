//! The 24-hour customer service window (rules.md §12).
//!
//! Free-form messages may only be sent within 24 h of the user's last message to the business;
//! outside it Meta answers 131047 "Re-engagement message". Templates can be sent at any time.

use serde::Serialize;
use std::fmt;

use crate::value::Value;

/// Length of the customer service window.
pub const WINDOW_SECS: i64 = 24 * 60 * 60;

/// Where "now" stands relative to the window opened by the user's last inbound message.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum WindowState {
    /// Free-form messages are allowed for `closes_in_secs` more seconds.
    Open { closes_in_secs: i64 },
    /// Only templates can be sent; the window closed `closed_for_secs` seconds ago.
    Closed { closed_for_secs: i64 },
    /// The last inbound message is later than "now": clock skew, a milliseconds timestamp or
    /// swapped arguments. Reported rather than guessed, since either answer could be wrong.
    InboundInFuture { ahead_by_secs: i64 },
}

impl WindowState {
    /// True only for a window known to be open.
    pub fn is_open(&self) -> bool {
        matches!(self, WindowState::Open { .. })
    }
}

/// The window state at `now_unix`, given the user's last inbound message at `last_inbound_unix`
/// (both Unix seconds). The window is open while less than 24 h have elapsed.
pub fn state(last_inbound_unix: i64, now_unix: i64) -> WindowState {
    // i128 so that no pair of i64 inputs can overflow.
    let elapsed = i128::from(now_unix) - i128::from(last_inbound_unix);
    let clamp = |secs: i128| i64::try_from(secs).unwrap_or(i64::MAX);
    if elapsed < 0 {
        WindowState::InboundInFuture {
            ahead_by_secs: clamp(-elapsed),
        }
    } else if elapsed < i128::from(WINDOW_SECS) {
        WindowState::Open {
            closes_in_secs: clamp(i128::from(WINDOW_SECS) - elapsed),
        }
    } else {
        WindowState::Closed {
            closed_for_secs: clamp(elapsed - i128::from(WINDOW_SECS)),
        }
    }
}

impl fmt::Display for WindowState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WindowState::Open { closes_in_secs } => {
                write!(f, "open, closes in {}", human_duration(*closes_in_secs))
            }
            WindowState::Closed { closed_for_secs } => {
                write!(
                    f,
                    "closed for {} (templates only)",
                    human_duration(*closed_for_secs)
                )
            }
            WindowState::InboundInFuture { ahead_by_secs } => write!(
                f,
                "unknown: last inbound message is {} in the future (clock skew or milliseconds?)",
                human_duration(*ahead_by_secs)
            ),
        }
    }
}

/// "2d 5h", "3h 12m", "4m 10s", "59s": the two largest units, rounded down.
fn human_duration(secs: i64) -> String {
    let secs = secs.max(0);
    let (days, hours, minutes, seconds) = (secs / 86_400, secs / 3_600 % 24, secs / 60 % 60, secs % 60);
    if days > 0 {
        format!("{days}d {hours}h")
    } else if hours > 0 {
        format!("{hours}h {minutes}m")
    } else if minutes > 0 {
        format!("{minutes}m {seconds}s")
    } else {
        format!("{seconds}s")
    }
}

/// Whether sending this `/messages` payload needs an open customer service window.
///
/// Everything free-form does (text, media, location, contacts, reaction, and every interactive
/// message, including flow, product and call-permission requests: rules.md `csw.free-form`,
/// `csw.interactive-only`); templates do not (`csw.template-anytime`). Read receipts and typing
/// indicators (`"status": "read"`) are not sends and do not either. A missing `type` means text.
pub fn requires_window(message: &Value) -> bool {
    match message.get("type").and_then(Value::as_str) {
        Some("template") => false,
        Some(_) => true,
        None => message.get("status").and_then(Value::as_str) != Some("read"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    const T0: i64 = 1_750_000_000;

    #[test]
    fn open_right_after_an_inbound_message() {
        assert_eq!(
            state(T0, T0),
            WindowState::Open {
                closes_in_secs: WINDOW_SECS
            }
        );
        let s = state(T0, T0 + 20 * 3600 + 48 * 60);
        assert_eq!(
            s,
            WindowState::Open {
                closes_in_secs: 3 * 3600 + 12 * 60
            }
        );
        assert!(s.is_open());
        assert_eq!(s.to_string(), "open, closes in 3h 12m");
    }

    #[test]
    fn boundary_at_exactly_24_hours_is_closed() {
        assert_eq!(
            state(T0, T0 + WINDOW_SECS - 1),
            WindowState::Open { closes_in_secs: 1 }
        );
        assert_eq!(
            state(T0, T0 + WINDOW_SECS),
            WindowState::Closed { closed_for_secs: 0 }
        );
        assert_eq!(state(T0, T0 + WINDOW_SECS - 1).to_string(), "open, closes in 1s");
    }

    #[test]
    fn closed_after_24_hours() {
        let s = state(T0, T0 + WINDOW_SECS + 2 * 86_400 + 5 * 3600 + 59);
        assert_eq!(
            s,
            WindowState::Closed {
                closed_for_secs: 2 * 86_400 + 5 * 3600 + 59
            }
        );
        assert!(!s.is_open());
        assert_eq!(s.to_string(), "closed for 2d 5h (templates only)");
        assert_eq!(
            state(T0, T0 + WINDOW_SECS + 250).to_string(),
            "closed for 4m 10s (templates only)"
        );
    }

    #[test]
    fn inbound_in_the_future_is_reported() {
        let s = state(T0 + 90, T0);
        assert_eq!(s, WindowState::InboundInFuture { ahead_by_secs: 90 });
        assert!(!s.is_open());
        assert!(s.to_string().contains("1m 30s in the future"), "{s}");
        // A milliseconds value compared with seconds lands here too.
        assert!(matches!(
            state(T0 * 1000, T0),
            WindowState::InboundInFuture { .. }
        ));
    }

    #[test]
    fn extreme_inputs_do_not_overflow() {
        assert_eq!(
            state(i64::MIN, i64::MAX),
            WindowState::Closed {
                closed_for_secs: i64::MAX
            }
        );
        assert_eq!(
            state(i64::MAX, i64::MIN),
            WindowState::InboundInFuture {
                ahead_by_secs: i64::MAX
            }
        );
        assert!(!state(i64::MIN, i64::MAX).to_string().is_empty());
    }

    #[test]
    fn serializes_with_a_state_tag() {
        let value = serde_json::to_value(state(T0, T0 + 60)).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"state": "open", "closes_in_secs": WINDOW_SECS - 60})
        );
        let value = serde_json::to_value(state(T0 + 5, T0)).unwrap();
        assert_eq!(
            value,
            serde_json::json!({"state": "inbound_in_future", "ahead_by_secs": 5})
        );
    }

    #[test]
    fn free_form_messages_require_the_window() {
        for kind in [
            "text", "image", "audio", "video", "document", "sticker", "location", "contacts", "reaction",
        ] {
            assert!(
                requires_window(&json!({"messaging_product": "whatsapp", "to": "1", "type": kind})),
                "{kind}"
            );
        }
        // No type: Meta defaults to text.
        assert!(requires_window(
            &json!({"messaging_product": "whatsapp", "to": "1", "text": {"body": "hi"}})
        ));
    }

    #[test]
    fn interactive_flow_product_and_call_permission_require_the_window() {
        for kind in [
            "flow",
            "product",
            "product_list",
            "catalog_message",
            "call_permission_request",
            "button",
            "list",
        ] {
            let message = json!({"messaging_product": "whatsapp", "to": "1", "type": "interactive", "interactive": {"type": kind}});
            assert!(requires_window(&message), "{kind}");
        }
    }

    #[test]
    fn templates_and_read_receipts_do_not() {
        let template = json!({"messaging_product": "whatsapp", "to": "1", "type": "template",
            "template": {"name": "hello_world", "language": {"code": "en_US"}}});
        assert!(!requires_window(&template));
        let read = json!({"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.X",
            "typing_indicator": {"type": "text"}});
        assert!(!requires_window(&read));
    }

    #[test]
    fn odd_values_do_not_panic() {
        assert!(requires_window(&json!(null)));
        assert!(requires_window(&json!({"type": 5})));
        assert!(requires_window(&json!([])));
    }
}
