//! The structural layer: the JSON Schemas of `schemas/`, compiled at build time (`build.rs`
//! drops annotations and rejects keywords the validator does not implement) and checked by
//! a small validator of their own (`validate`), with each schema error turned into a
//! diagnostic with a stable code (`keywords`). Natively, code generated from the same schemas
//! (`verdict`) first checks whether a document is valid at all: most are, and then the
//! validator does not run (same verdicts, tested on the corpus and generated documents). The `jsonschema` crate is the reference the
//! validator is tested against (`tests/schema_reference.rs`).

mod keywords;
mod node;
mod types;
mod validate;
// Native builds only: in the size-optimised WASM build the generated code is 23 KB gzipped
// and slower than the validator (its string comparisons become byte loops there).
#[cfg(not(target_arch = "wasm32"))]
mod verdict;

/// The property names each object of `schemas/webhook.schema.json` declares, generated at build
/// time (`build/vocabulary.rs`): `STATUS` for `$defs/status`, `STATUS_PRICING` for its
/// `pricing`. Unknown webhook fields (W090) are the keys not in these lists.
#[allow(dead_code)]
pub mod webhook_vocabulary {
    pub use super::Names;
    include!(concat!(env!("OUT_DIR"), "/webhook_vocabulary.rs"));
}

/// The property names an object declares, each after one byte (below 128) giving its length.
#[derive(Debug, Clone, Copy)]
pub struct Names(pub &'static str);

impl Names {
    pub fn contains(self, name: &str) -> bool {
        let bytes = self.0.as_bytes();
        let mut at = 0;
        while let Some(&length) = bytes.get(at) {
            let start = at + 1;
            let end = start + usize::from(length);
            if usize::from(length) == name.len() && bytes.get(start..end) == Some(name.as_bytes()) {
                return true;
            }
            at = end;
        }
        false
    }
}

use std::sync::OnceLock;

use crate::diagnostic::Diagnostic;
use crate::value::Value;
use node::Compiled;

pub use keywords::{is_vocabulary, NOT_ALLOWED_VALUE, REQUIRED, RULES, UNKNOWN_FIELD, WRONG_TYPE};
pub use validate::{ErrorKind, SchemaError};

/// Which schema of `schemas/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Message,
    Template,
    Webhook,
}

/// The compiled schema, built once per process.
fn compiled(which: Which) -> &'static Compiled {
    static MESSAGE: OnceLock<Compiled> = OnceLock::new();
    static TEMPLATE: OnceLock<Compiled> = OnceLock::new();
    static WEBHOOK: OnceLock<Compiled> = OnceLock::new();
    match which {
        Which::Message => MESSAGE
            .get_or_init(|| node::compile(include_str!(concat!(env!("OUT_DIR"), "/message.schema.json")))),
        Which::Template => TEMPLATE
            .get_or_init(|| node::compile(include_str!(concat!(env!("OUT_DIR"), "/template.schema.json")))),
        Which::Webhook => WEBHOOK
            .get_or_init(|| node::compile(include_str!(concat!(env!("OUT_DIR"), "/webhook.schema.json")))),
    }
}

/// Every schema error of `value` (the validator's own view, before diagnostics).
pub fn errors<'v>(which: Which, value: &'v Value<'v>) -> Vec<SchemaError<'static, 'v>> {
    validate::errors(compiled(which), value)
}

/// Whether `value` has no schema error. Native builds answer with the generated check, which
/// walks no compiled node and builds no error; the WASM build asks the validator.
pub fn is_valid(which: Which, value: &Value) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return verdict::valid(which, value);
    #[cfg(target_arch = "wasm32")]
    return errors(which, value).is_empty();
}

fn diagnostics(which: Which, value: &Value) -> Vec<Diagnostic> {
    // Most documents are valid: the generated check confirms it without the validator.
    #[cfg(not(target_arch = "wasm32"))]
    if verdict::valid(which, value) {
        return Vec::new();
    }
    let errors = errors(which, value);
    // A value one branch holds to a constant and another to a list (a reply button's `type`:
    // "reply", or "cta_url" with Direct Send) gets one finding, the narrower: two findings
    // would name different allowed values for the same place.
    let mut constants: Vec<&str> = errors
        .iter()
        .filter(|e| matches!(e.kind, ErrorKind::Const(_)))
        .map(|e| e.pointer.as_str())
        .collect();
    constants.sort_unstable();
    // Likewise, a list two branches limit (reply buttons: 3, or 10 with Direct Send) gets one
    // finding, with the narrower limit.
    let narrowest = |pointer: &str| {
        errors
            .iter()
            .filter_map(|e| match e.kind {
                ErrorKind::MaxItems(limit) if e.pointer == pointer => Some(limit),
                _ => None,
            })
            .min()
    };
    errors
        .iter()
        .filter(|e| {
            !(matches!(e.kind, ErrorKind::Enum(_)) && constants.binary_search(&e.pointer.as_str()).is_ok())
        })
        .filter(|e| match e.kind {
            ErrorKind::MaxItems(limit) => narrowest(&e.pointer) == Some(limit),
            _ => true,
        })
        .flat_map(keywords::diagnose)
        .map(|diagnostic| with_meta_error_of(which, diagnostic))
        .collect()
}

/// The Meta error a schema finding prevents depends on where the document goes: a send to
/// `/messages` fails with 131008/131009, a definition sent to `/message_templates` with
/// 100 ("Invalid parameter", and a subcode), and a webhook, which Meta sends, with none.
fn with_meta_error_of(which: Which, mut diagnostic: Diagnostic) -> Diagnostic {
    match which {
        Which::Message => {}
        Which::Template => {
            if diagnostic.meta_error.is_some() {
                diagnostic.meta_error = Some(crate::rule::MetaError::INVALID_PARAMETER);
            }
        }
        Which::Webhook => diagnostic.meta_error = None,
    }
    diagnostic
}

/// Structural diagnostics of an outgoing message.
pub fn check_message(value: &Value) -> Vec<Diagnostic> {
    diagnostics(Which::Message, value)
}

/// Structural diagnostics of one template definition.
pub fn check_template(value: &Value) -> Vec<Diagnostic> {
    diagnostics(Which::Template, value)
}

/// Structural diagnostics of a webhook notification body.
pub fn check_webhook(value: &Value) -> Vec<Diagnostic> {
    diagnostics(Which::Webhook, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::json;

    fn meta_errors(found: &[Diagnostic]) -> Vec<Option<u32>> {
        found.iter().map(|d| d.meta_error.map(|e| e.code)).collect()
    }

    #[test]
    fn allowed_values_are_listed_whole_and_a_status_type_is_not_a_kind() {
        let webhook = json!({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
            {"field": "account_update", "value": {"event": "OFFICIAL_BUSINESS_ACCOUNT"}},
            {"field": "messages", "value": {"messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "15550783881", "phone_number_id": "1"},
                "statuses": [{"type": "set-callback"}]}}]}]});
        let found = check_webhook(&webhook);
        let event = found
            .iter()
            .find(|d| d.pointer.ends_with("/event"))
            .expect("the event");
        assert!(
            event
                .message
                .contains("\"BUSINESS_PRIMARY_LOCATION_COUNTRY_UPDATE\","),
            "{}",
            event.message
        );
        let id = found
            .iter()
            .find(|d| d.pointer.ends_with("statuses/0/id"))
            .expect("the status id");
        assert_eq!(id.message, "`id` is required in `statuses[0]`");
    }

    #[test]
    fn a_vocabulary_holds_exactly_its_names() {
        let names = webhook_vocabulary::STATUS_PRICING;
        for name in ["billable", "category", "pricing_model", "type"] {
            assert!(names.contains(name), "{name}");
        }
        for name in ["", "typ", "types", "categor", "billable\u{8}", "pricing"] {
            assert!(!names.contains(name), "{name:?}");
        }
    }

    #[test]
    fn a_structural_finding_names_the_error_of_the_endpoint_the_document_goes_to() {
        let message =
            json!({"messaging_product": "whatsapp", "to": "15551234567", "type": "text", "text": {}});
        assert_eq!(meta_errors(&check_message(&message)), [Some(131008)]);

        let template = json!({"name": "order_update", "language": "en_US", "category": "UTILITY",
            "components": [{"type": "BODY", "text": 42}]});
        let found = check_template(&template);
        assert!(!found.is_empty());
        assert!(
            meta_errors(&found).iter().all(|code| *code == Some(100)),
            "{found:?}"
        );

        let webhook = json!({"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [
            {"field": "messages", "value": {"messaging_product": "whatsapp",
                "metadata": {"display_phone_number": "15550783881", "phone_number_id": "1"},
                "statuses": [{"id": "wamid.1", "status": "sent"}]}}]}]});
        let found = check_webhook(&webhook);
        assert!(!found.is_empty());
        assert!(meta_errors(&found).iter().all(Option::is_none), "{found:?}");
    }
}
