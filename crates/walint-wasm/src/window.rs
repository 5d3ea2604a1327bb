//! The 24-hour customer service window (`walint::window`, rule M090): where a send time
//! stands after the customer's last message, and whether a message needs the window.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use walint::window::WindowState;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::FacadeError;
use crate::input;

/// Largest magnitude of a JavaScript number that is an exact integer.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// The window at a send time: the core's state plus what a caller usually wants from it.
/// Serialized by hand as the core's state with the other fields beside it (what serde's
/// `flatten` would write, without its generic map code in the module); the serde attributes
/// are for the TypeScript declaration.
#[derive(tsify::Tsify)]
pub struct ServiceWindow {
    /// (`type`: an intersection, since an interface cannot extend the `WindowState` union.)
    #[serde(flatten)]
    #[tsify(type = "WindowState")]
    pub state: WindowState,
    /// Whether a free-form message may be sent then (only when the window is known to be open).
    pub open: bool,
    /// When the window closes (or closed): 24 hours after the last inbound message, Unix seconds.
    pub closes_at: i64,
    /// The state in words, as rule M090 reports it: `open, closes in 3h 12m`,
    /// `closed for 2d 5h (templates only)`.
    pub text: String,
}

impl Serialize for ServiceWindow {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (state, key, seconds) = match self.state {
            WindowState::Open { closes_in_secs } => ("open", "closes_in_secs", closes_in_secs),
            WindowState::Closed { closed_for_secs } => ("closed", "closed_for_secs", closed_for_secs),
            WindowState::InboundInFuture { ahead_by_secs } => {
                ("inbound_in_future", "ahead_by_secs", ahead_by_secs)
            }
        };
        let mut fields = serializer.serialize_struct("ServiceWindow", 5)?;
        fields.serialize_field("state", state)?;
        fields.serialize_field(key, &seconds)?;
        fields.serialize_field("open", &self.open)?;
        fields.serialize_field("closes_at", &self.closes_at)?;
        fields.serialize_field("text", &self.text)?;
        fields.end()
    }
}

/// The window at `now` after the customer's last message at `last_inbound` (Unix seconds).
pub fn service_window(last_inbound: i64, now: i64) -> ServiceWindow {
    let state = walint::window::state(last_inbound, now);
    ServiceWindow {
        state,
        open: state.is_open(),
        closes_at: last_inbound.saturating_add(walint::window::WINDOW_SECS),
        text: state.to_string(),
    }
}

/// Unix seconds from a time argument: a number (fractions of a second are dropped), a string
/// of digits (as webhooks send `timestamp`) or a `Date`.
pub fn unix_seconds(value: &JsValue, what: &str) -> Result<i64, FacadeError> {
    let seconds = if let Some(number) = value.as_f64() {
        number
    } else if let Some(date) = value.dyn_ref::<js_sys::Date>() {
        date.get_time() / 1000.0
    } else if value.is_string() {
        let text = input::string_arg(value, what)?;
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(FacadeError::Type(format!(
                "{what} must be Unix seconds (a number or a string of digits) or a Date, not a string of other characters"
            )));
        }
        return text
            .parse::<i64>()
            .map_err(|_| FacadeError::Range(format!("{what} is too large for Unix seconds")));
    } else {
        return Err(FacadeError::Type(format!(
            "{what} must be Unix seconds (a number or a string of digits) or a Date, not {}",
            input::type_name(value)
        )));
    };
    let seconds = seconds.floor();
    if !seconds.is_finite() {
        return Err(FacadeError::Range(format!("{what} is not a valid time")));
    }
    if seconds.abs() > MAX_SAFE_INTEGER {
        return Err(FacadeError::Range(format!(
            "{what} is beyond the exact integers of a JavaScript number"
        )));
    }
    Ok(seconds as i64)
}

/// `now` when given, else the current time.
pub fn now_or_current(now: Option<&JsValue>) -> Result<i64, FacadeError> {
    match now {
        Some(now) if !now.is_undefined() && !now.is_null() => unix_seconds(now, "now"),
        _ => unix_seconds(&JsValue::from_f64(js_sys::Date::now() / 1000.0), "now"),
    }
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn open_closed_and_in_the_future() {
        let open = service_window(1_750_000_000, 1_750_000_000 + 20 * 3600 + 48 * 60);
        assert!(open.open);
        assert_eq!(open.closes_at, 1_750_086_400);
        assert_eq!(open.text, "open, closes in 3h 12m");
        let json = serde_json::to_value(&open).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({"state": "open", "closes_in_secs": 3 * 3600 + 12 * 60, "open": true,
                "closes_at": 1_750_086_400, "text": "open, closes in 3h 12m"})
        );
        let closed = service_window(1_750_000_000, 1_750_086_400);
        assert!(!closed.open);
        assert_eq!(closed.text, "closed for 0s (templates only)");
        assert!(!service_window(10, 0).open);
        assert_eq!(service_window(i64::MAX, 0).closes_at, i64::MAX);
    }

    #[test]
    fn serializes_as_the_core_state_with_the_other_fields_beside_it() {
        for (last_inbound, now) in [(0, 10), (0, 86_400), (10, 0)] {
            let window = service_window(last_inbound, now);
            let mut expected = serde_json::to_value(window.state).expect("serializes");
            let object = expected.as_object_mut().expect("an object");
            object.insert("open".into(), window.open.into());
            object.insert("closes_at".into(), window.closes_at.into());
            object.insert("text".into(), window.text.clone().into());
            assert_eq!(serde_json::to_value(&window).expect("serializes"), expected);
        }
    }
}
