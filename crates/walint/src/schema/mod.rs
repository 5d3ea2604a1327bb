//! The structural layer: JSON Schemas from `schemas/`, compiled into Rust validators at
//! build time, with each schema error turned into a diagnostic with a stable code.

mod keywords;

use serde_json::Value;

use crate::diagnostic::Diagnostic;

pub use keywords::{is_vocabulary, NOT_ALLOWED_VALUE, REQUIRED, RULES, UNKNOWN_FIELD, WRONG_TYPE};

#[jsonschema::validator(
    path = "../../schemas/message.schema.json",
    methods = { is_valid = false, validate = false }
)]
struct MessageSchema;

/// Structural diagnostics of an outgoing message.
pub fn check_message(value: &Value) -> Vec<Diagnostic> {
    MessageSchema::iter_errors(value)
        .flat_map(|error| keywords::diagnose(&error))
        .collect()
}

#[jsonschema::validator(
    path = "../../schemas/template.schema.json",
    methods = { is_valid = false, validate = false }
)]
struct TemplateSchema;

/// Structural diagnostics of one template definition.
pub fn check_template(value: &Value) -> Vec<Diagnostic> {
    TemplateSchema::iter_errors(value)
        .flat_map(|error| keywords::diagnose(&error))
        .collect()
}

#[jsonschema::validator(
    path = "../../schemas/webhook.schema.json",
    methods = { is_valid = false, validate = false }
)]
struct WebhookSchema;

/// Structural diagnostics of a webhook notification body.
pub fn check_webhook(value: &Value) -> Vec<Diagnostic> {
    WebhookSchema::iter_errors(value)
        .flat_map(|error| keywords::diagnose(&error))
        .collect()
}
