//! M050 location-coordinates


use super::{Message, str_at};
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
    /// `latitude` and `longitude` are required, in decimal degrees. Meta's location-messages
    /// page shows them as strings (`"37.44216251868683"`) and Meta's OpenAPI examples as numbers;
    /// both are accepted. The schema checks the range of numbers; a string like `"37,44"` or
    /// `"200"` is checked here. The ranges are those of decimal degrees (Meta documents none).
    /// A bad coordinate sends a pin to the wrong place or fails the send (the generic code for
    /// an invalid value is 131009 "Parameter value is not valid").
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "location",
    ///  "location": {"latitude": "37,4421", "longitude": "-122.1"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "location",
    ///  "location": {"latitude": "37.4421", "longitude": "-122.1"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/location-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (location object)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M050",
        name: "location-coordinates",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/location-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(location) = message.type_object("location") else {
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
