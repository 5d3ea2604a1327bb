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

/// `text` as a finite decimal number, in the forms Rust's `str::parse::<f64>` reads (`+1.5`,
/// `.5`, `1.`, `007`, exponents), read by serde_json's parser once written as JSON: the WASM
/// module then carries one float parser.
fn decimal(text: &str) -> Option<f64> {
    let (sign, unsigned) = match text.as_bytes().first()? {
        b'-' => ("-", &text[1..]),
        b'+' => ("", &text[1..]),
        _ => ("", text),
    };
    let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
        Some(at) => unsigned.split_at(at),
        None => (unsigned, ""),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return None;
    }
    let whole = match whole.trim_start_matches('0') {
        "" => "0",
        significant => significant,
    };
    let point = if fraction.is_empty() { "" } else { "." };
    serde_json::from_str(&format!("{sign}{whole}{point}{fraction}{exponent}")).ok()
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(location) = message.type_object("location") else {
        return;
    };
    // The limit also as text: formatting an `f64` would bring core's float printing into
    // the WASM module (3 KB gzipped) for two constants.
    for (key, limit, shown) in [("latitude", 90.0, "90"), ("longitude", 180.0, "180")] {
        let Some(text) = str_at(location, key) else {
            continue;
        };
        if is_placeholder(text) {
            continue;
        }
        let problem = match decimal(text) {
            Some(value) if (-limit..=limit).contains(&value) => continue,
            Some(_) => {
                format!("`{key}` is {text}; it must be within -{shown}..{shown}")
            }
            _ => format!("`{key}` is \"{text}\", not a decimal number"),
        };
        ctx.report(
            Diagnostic::new(&RULE, ptr!("location", key), problem)
                .with_help("use decimal degrees with a dot, e.g. \"37.4421\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    /// The same verdicts as `str::parse::<f64>` with a finite result, the reference.
    #[test]
    fn decimal_reads_what_rust_reads() {
        let texts = [
            "37.4421", "-122.1", "+37.5", ".5", "-.5", "5.", "007.25", "0", "-0", "00", "1e3", "1E-2", "2.5e+1",
            "1e400", "1e-400", "90", "-180.000001", "37,4421", " 37.4", "37.4 ", "", "-", "+", ".", "e5", "1e",
            "1e5x", "inf", "-infinity", "NaN", "0x10", "1_000", "+-1", "--1", "1.2.3", "١٢",
        ];
        for text in texts {
            let rust = text.parse::<f64>().ok().filter(|value| value.is_finite());
            assert_eq!(decimal(text), rust, "{text:?}");
        }
    }
}
