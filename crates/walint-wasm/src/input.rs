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
    copy_in(string).ok_or_else(|| FacadeError::Type(format!("{what} must be a string")))
}

// The platform's own UTF-8 encoder writes the string straight into the module's memory: one
// native call instead of wasm-bindgen's character-by-character copy of ASCII text (a tenth of
// the time `lintTemplate` takes on a 3 KB template). `TextEncoder` is a global in browsers and
// in Node (10 and later).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    type TextEncoder;
    #[wasm_bindgen(constructor)]
    fn new() -> TextEncoder;
    #[wasm_bindgen(method, js_name = encodeInto)]
    fn encode_into(this: &TextEncoder, text: &JsString, into: &js_sys::Uint8Array) -> EncodeResult;
    type EncodeResult;
    #[wasm_bindgen(method, getter)]
    fn read(this: &EncodeResult) -> u32;
    #[wasm_bindgen(method, getter)]
    fn written(this: &EncodeResult) -> u32;
}

/// The string as UTF-8 in the module (lone surrogates as U+FFFD, as wasm-bindgen does).
#[cfg(target_arch = "wasm32")]
fn copy_in(text: &JsString) -> Option<String> {
    thread_local! {
        static ENCODER: TextEncoder = TextEncoder::new();
    }
    let units = text.length() as usize;
    let memory: js_sys::WebAssembly::Memory = wasm_bindgen::memory().unchecked_into();
    // Room for ASCII first; if more is needed, the rest takes at most 3 bytes per unit, so a
    // second pass finishes. A pass that writes nothing (the memory grew while the view was
    // being made, which detaches it) is retried once, then wasm-bindgen's own copy is used.
    let mut bytes: Vec<u8> = Vec::with_capacity(units);
    let mut read = 0usize;
    for _ in 0..3 {
        let room = bytes.capacity() - bytes.len();
        let at = bytes.as_ptr() as usize + bytes.len();
        let view =
            js_sys::Uint8Array::new_with_byte_offset_and_length(&memory.buffer(), at as u32, room as u32);
        let sliced;
        let rest = if read == 0 {
            text
        } else {
            sliced = text.slice(read as u32, units as u32);
            &sliced
        };
        let done = ENCODER.with(|encoder| encoder.encode_into(rest, &view));
        let (units_read, written) = (done.read() as usize, done.written() as usize);
        if written > room || view.byte_length() as usize != room {
            // Detached mid-way: nothing trustworthy was written.
            return text.as_string();
        }
        // SAFETY: the encoder wrote `written` initialised bytes (at most `room`) into the spare
        // capacity that starts at `bytes.len()`; the view was still attached (its length is
        // intact), so the bytes landed in this buffer.
        unsafe { bytes.set_len(bytes.len() + written) };
        read += units_read;
        if read >= units {
            return String::from_utf8(bytes).ok().or_else(|| text.as_string());
        }
        bytes.reserve((units - read) * 3);
    }
    text.as_string()
}

#[cfg(not(target_arch = "wasm32"))]
fn copy_in(text: &JsString) -> Option<String> {
    text.as_string()
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
