//! walint: validate and lint WhatsApp Business Platform (Cloud API) payloads before they
//! reach Meta.
//!
//! The core has no I/O. [`lint_str`] lints JSON text and places every finding in it (JSON
//! pointer, line/column, byte and UTF-16 ranges); [`lint_value`] lints a parsed value.
//! Rules read [`value::Value`]: serde_json's shape, built by walint's own reader in one pass
//! with its strings borrowed from the text.
//! Lengths are counted in Unicode code points, as Meta counts characters.
//!
//! ```
//! let report = walint::lint_str(
//!     r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {}}"#,
//!     walint::Kind::Auto,
//!     &walint::Options::default(),
//! );
//! assert_eq!(report.diagnostics[0].code, "S001");
//! assert_eq!(report.diagnostics[0].pointer, "/text/body");
//! ```

// The WASM build is optimised for size; `--cfg walint_speed` (scripts/build-wasm.sh, which
// builds with RUSTC_BOOTSTRAP) lets its few hottest loops be optimised for speed instead.
#![cfg_attr(walint_speed, feature(optimize_attribute))]

pub mod api_version;
pub mod content;
pub mod context;
pub mod definitions;
pub mod diagnostic;
pub mod engine;
pub mod error;
pub mod fix;
pub mod format;
pub mod languages;
pub mod options;
pub mod placeholder;
pub mod pointer;
pub mod produced;
pub mod registry;
pub mod rule;
pub mod rules;
pub mod schema;
pub mod selection;
pub mod source;
pub mod timeline;
pub mod value;
pub mod window;

#[cfg(test)]
mod test_support;

pub use api_version::ApiVersion;
pub use content::{ContentKind, ContentRule};
pub use diagnostic::{Applicability, Diagnostic, Edit, Fix, Location, MetaError, Severity, TextRange};
pub use engine::{check_send_str, detect, lint_str, lint_text, lint_value, DetectedKind, Report};
pub use error::Error;
pub use options::{Kind, Options, PlaceholderPolicy};
pub use registry::Rule;
pub use rules::send_definition::check_send;
pub use selection::Selection;

/// Every rule walint knows, in code order.
pub fn rules() -> Vec<&'static Rule> {
    registry::all()
}
