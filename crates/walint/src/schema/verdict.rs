//! Whether a document is valid, from code generated at build time (`build/verdict.rs`): the
//! schemas' keywords with their constants written in, so a valid document (the usual case) is
//! confirmed without walking the compiled nodes or building any error. The validator
//! ([`super::validate`]) still says what is wrong with the others. A test checks that both
//! give the same verdict on every document of the corpus and on generated ones.

use std::cmp::Ordering;

use super::validate::has_type;
use super::Which;
use crate::value::{Number, Value};

/// Whether `value` is valid against the schema `which`.
pub fn valid(which: Which, value: &Value<'_>) -> bool {
    match which {
        Which::Message => message::valid(value),
        Which::Template => template::valid(value),
        Which::Webhook => webhook::valid(value),
    }
}

/// JSON Schema equality of a value with a number literal (given as an `i64` when it is one,
/// and as an `f64`): as the validator compares. (Generated for `enum`/`const` numbers; the
/// schemas may have none.)
#[allow(dead_code)]
fn number_is(value: &Value<'_>, integer: Option<i64>, float: f64) -> bool {
    value
        .as_number()
        .is_some_and(|number| compare_with(number, integer, float) == Some(Ordering::Equal))
}

/// The member `name` of `value`: `None` when `value` is no object, `Some(None)` when it has no
/// such member. (Generated for the `if`s that compare a member with constants.)
#[allow(dead_code)]
fn member<'v>(value: &'v Value<'v>, name: &str) -> Option<Option<&'v Value<'v>>> {
    match value {
        Value::Object(members) => Some(members.get(name)),
        _ => None,
    }
}

/// `number` compared with a limit, as the validator compares: as integers when both are,
/// else as floats.
fn compare_with(number: &Number, integer: Option<i64>, float: f64) -> Option<Ordering> {
    match (number.as_i64(), integer) {
        (Some(a), Some(b)) => Some(a.cmp(&b)),
        _ => number.as_f64()?.partial_cmp(&float),
    }
}

// Generated: one function per subschema, hence the allowances.
#[allow(clippy::all, clippy::pedantic, clippy::nursery, unused)]
mod message {
    use super::{compare_with, has_type, member, number_is, Value};
    include!(concat!(env!("OUT_DIR"), "/message_verdict.rs"));
}

#[allow(clippy::all, clippy::pedantic, clippy::nursery, unused)]
mod template {
    use super::{compare_with, has_type, member, number_is, Value};
    include!(concat!(env!("OUT_DIR"), "/template_verdict.rs"));
}

#[allow(clippy::all, clippy::pedantic, clippy::nursery, unused)]
mod webhook {
    use super::{compare_with, has_type, member, number_is, Value};
    include!(concat!(env!("OUT_DIR"), "/webhook_verdict.rs"));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_verdict(which: Which, value: &Value<'_>, what: &str) {
        let errors = super::super::errors(which, value);
        assert_eq!(
            valid(which, value),
            errors.is_empty(),
            "{what} ({which:?}): generated check and validator disagree; errors: {errors:?}"
        );
    }

    /// Every JSON document of the corpus (and of Meta's, beside the checkout, when it is
    /// there), against each schema: the generated check and the validator agree.
    #[test]
    fn agrees_with_the_validator_on_the_corpus() {
        let (mut documents, mut invalid) = (0, 0);
        for (path, text) in crate::test_support::corpus_files() {
            let Some(value) = Value::parse(&text) else {
                continue;
            };
            for which in [Which::Message, Which::Template, Which::Webhook] {
                same_verdict(which, &value, &path.display().to_string());
                invalid += usize::from(!valid(which, &value));
            }
            documents += 1;
        }
        assert!(documents > 500, "only {documents} documents found");
        assert!(
            invalid > documents,
            "the corpus holds invalid documents for each schema"
        );
    }

    proptest::proptest! {
        /// Documents made of schema vocabulary, some valid and most not: the same verdict.
        #[test]
        fn agrees_with_the_validator_on_generated_documents(
            pieces in proptest::collection::vec(0usize..PIECES.len(), 1..40)
        ) {
            let text: String = pieces.iter().map(|&i| PIECES[i]).collect();
            if let Some(value) = Value::parse(&text) {
                for which in [Which::Message, Which::Template, Which::Webhook] {
                    same_verdict(which, &value, &text);
                }
            }
        }
    }

    const PIECES: &[&str] = &[
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"messaging_product\":\"whatsapp\"",
        "\"to\":\"15551234567\"",
        "\"type\":",
        "\"text\"",
        "\"image\"",
        "\"template\"",
        "\"interactive\"",
        "\"reaction\"",
        "\"text\":{\"body\":\"hi\"}",
        "\"body\":",
        "\"hi\"",
        "\"link\":\"https://a.b/c.png\"",
        "\"id\":\"1\"",
        "\"name\":\"order_update\"",
        "\"language\":\"en_US\"",
        "\"category\":\"UTILITY\"",
        "\"components\":[",
        "\"BODY\"",
        "\"HEADER\"",
        "\"format\":\"TEXT\"",
        "\"buttons\":[",
        "\"object\":\"whatsapp_business_account\"",
        "\"entry\":[",
        "\"changes\":[",
        "\"value\":",
        "\"statuses\":[",
        "\"status\":\"read\"",
        "\"timestamp\":\"1750000000\"",
        "\"field\":\"messages\"",
        "1",
        "-2",
        "0.5",
        "true",
        "null",
        "\"\"",
        "\"x\"",
    ];
}
