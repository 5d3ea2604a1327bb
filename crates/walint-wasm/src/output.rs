//! Results cross to JavaScript as JSON text parsed by `JSON.parse`: plain objects, exactly the
//! CLI's JSON, and smaller code than a field-by-field converter.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::{thrown_message, FacadeError};

/// Serializes a result to JSON text.
pub fn to_json<T: Serialize>(value: &T) -> Result<String, FacadeError> {
    serde_json::to_string(value)
        .map_err(|error| FacadeError::Invalid(format!("cannot serialize the result: {error}")))
}

/// Serializes a result into a plain JavaScript value typed as `J` (a generated declaration).
pub fn to_js<T: Serialize, J: JsCast>(value: &T) -> Result<J, FacadeError> {
    let json = to_json(value)?;
    let parsed = js_sys::JSON::parse(&json).map_err(|thrown| {
        FacadeError::Invalid(format!("cannot build the result: {}", thrown_message(&thrown)))
    })?;
    Ok(parsed.unchecked_into::<J>())
}

/// Plain `JsValue` variant for results without a generated type.
pub fn to_js_value<T: Serialize>(value: &T) -> Result<JsValue, FacadeError> {
    to_js::<T, JsValue>(value)
}
