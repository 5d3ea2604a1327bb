//! Failures the facade reports to JavaScript. Each becomes a thrown JS error object of the
//! matching class; nothing in this crate panics.

use wasm_bindgen::JsValue;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FacadeError {
    /// An argument of the wrong JavaScript type (thrown as `TypeError`).
    Type(String),
    /// An input above the size limit (thrown as `RangeError`).
    Range(String),
    /// Anything else, e.g. options that do not parse (thrown as `Error`).
    Invalid(String),
}

impl FacadeError {
    pub fn message(&self) -> &str {
        match self {
            FacadeError::Type(message) | FacadeError::Range(message) | FacadeError::Invalid(message) => {
                message
            }
        }
    }
}

impl From<FacadeError> for JsValue {
    fn from(error: FacadeError) -> JsValue {
        let message = format!("walint: {}", error.message());
        match error {
            FacadeError::Type(_) => js_sys::TypeError::new(&message).into(),
            FacadeError::Range(_) => js_sys::RangeError::new(&message).into(),
            FacadeError::Invalid(_) => js_sys::Error::new(&message).into(),
        }
    }
}

/// The message of a value JavaScript threw at us (an `Error`'s message, else its text).
pub fn thrown_message(thrown: &JsValue) -> String {
    use wasm_bindgen::JsCast;
    match thrown.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => thrown.as_string().unwrap_or_else(|| "unknown error".to_owned()),
    }
}
