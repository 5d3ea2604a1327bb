//! Results cross to JavaScript through `serde-wasm-bindgen`, built as plain objects (maps as
//! objects, numbers as numbers: its JSON-compatible mode), exactly the CLI's JSON. Measured
//! against the former path (serialize to JSON text, then `JSON.parse` in JavaScript): the same
//! for a clean template (~90 µs per `lint`), 6% faster for 40 findings whose fixes carry a 1 KB
//! text each (1.03 ms to 0.96 ms); +4 KB gzipped.

use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::error::FacadeError;

/// Serializes a result into a plain JavaScript value typed as `J` (a generated declaration).
pub fn to_js<T: Serialize, J: JsCast>(value: &T) -> Result<J, FacadeError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let built = value
        .serialize(&serializer)
        .map_err(|error| FacadeError::Invalid(format!("cannot build the result: {error}")))?;
    Ok(built.unchecked_into::<J>())
}

/// Plain `JsValue` variant for results without a generated type.
pub fn to_js_value<T: Serialize>(value: &T) -> Result<JsValue, FacadeError> {
    to_js::<T, JsValue>(value)
}
