//! Turns JavaScript arguments into the text the engine reads.

use js_sys::JsString;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::{thrown_message, FacadeError};
use crate::limits::check_size;

/// The JSON text of a document argument: a string as is, an object or array through
/// `JSON.stringify` (which throws on cycles and BigInts: reported as an `Error`).
pub fn json_text(input: &JsValue, what: &str) -> Result<String, FacadeError> {
    if input.is_string() {
        return string_arg(input, what);
    }
    if !input.is_object() {
        return Err(FacadeError::Type(format!(
            "{what} must be a JSON string or an object, not {}",
            type_name(input)
        )));
    }
    let json = js_sys::JSON::stringify(input).map_err(|thrown| {
        FacadeError::Invalid(format!(
            "{what} cannot be converted to JSON: {}",
            thrown_message(&thrown)
        ))
    })?;
    if !json.is_string() {
        // `toJSON()` returned undefined, a function or a symbol.
        return Err(FacadeError::Type(format!("{what} does not convert to JSON")));
    }
    string_arg(&json, what)
}

/// A document argument parsed into a JSON value (serde_json limits nesting to 128 levels, so
/// deep input is an error here, not a stack overflow).
pub fn json_value(input: &JsValue, what: &str) -> Result<serde_json::Value, FacadeError> {
    parse_json(&json_text(input, what)?, what)
}

/// Parses JSON text read from an argument.
pub fn parse_json(text: &str, what: &str) -> Result<serde_json::Value, FacadeError> {
    serde_json::from_str(text)
        .map_err(|error| FacadeError::Invalid(format!("{what} is not valid JSON: {error}")))
}

/// A string argument, copied into the module after the size check. Lone surrogates arrive as
/// U+FFFD, which has the same UTF-16 length, so offsets still match the caller's string.
pub fn string_arg(input: &JsValue, what: &str) -> Result<String, FacadeError> {
    let Some(string) = input.dyn_ref::<JsString>() else {
        return Err(FacadeError::Type(format!(
            "{what} must be a string, not {}",
            type_name(input)
        )));
    };
    check_size(string.length(), what)?;
    input
        .as_string()
        .ok_or_else(|| FacadeError::Type(format!("{what} must be a string")))
}

/// The JSON text of an optional object argument (`undefined` and `null` mean "not given").
pub fn optional_object(input: &JsValue, what: &str) -> Result<Option<String>, FacadeError> {
    if input.is_undefined() || input.is_null() {
        return Ok(None);
    }
    if !input.is_object() {
        return Err(FacadeError::Type(format!(
            "{what} must be an object, not {}",
            type_name(input)
        )));
    }
    json_text(input, what).map(Some)
}

/// `typeof`, with `null` told apart from objects.
pub fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        return "null".to_owned();
    }
    value
        .js_typeof()
        .as_string()
        .unwrap_or_else(|| "unknown".to_owned())
}
