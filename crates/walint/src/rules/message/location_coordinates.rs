//! M050 location-coordinates

use serde_json::Value;

use super::{str_at, type_object};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::general::is_placeholder;

declare_rule! {
    /// ## What it does
    /// Checks coordinates given as strings: decimal numbers within -90..90 and -180..180.
    ///
    /// `"latitude": "37.4421"` is fine; `"37,4421"` or `"200"` is not.
    ///
    /// ## Why is this bad
    /// Meta's docs show coordinates as strings and its spec as numbers; both are accepted.
    /// The schema checks the range of numbers; a string like `"37,44"` or `"200"` is
    /// checked here. A bad coordinate sends a pin to the wrong place or fails the send.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "location",
    ///  "location": {"latitude": "37,4421", "longitude": "-122.1"}}
    /// ```
    ///
    /// ## References
    /// rules.md `location.lat-long.required`, `location.lat-long.range` (range inferred);
    /// DOC:/messages/location-messages.
    pub static RULE = {
        code: "M050",
        name: "location-coordinates",
        severity: Error,
        source: "DOC:/messages/location-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(location) = type_object(message, "location") else {
        return;
    };
    for (key, limit) in [("latitude", 90.0), ("longitude", 180.0)] {
        let Some(text) = str_at(location, key) else {
            continue;
        };
        if is_placeholder(text) {
            continue;
        }
        let problem = match text.parse::<f64>() {
            Ok(value) if value.is_finite() && (-limit..=limit).contains(&value) => continue,
            Ok(value) if value.is_finite() => {
                format!("`{key}` is {text}; it must be within -{limit}..{limit}")
            }
            _ => format!("`{key}` is \"{text}\", not a decimal number"),
        };
        ctx.report(
            Diagnostic::new(&RULE, ptr!("location", key), problem)
                .with_help("use decimal degrees with a dot, e.g. \"37.4421\""),
        );
    }
}
