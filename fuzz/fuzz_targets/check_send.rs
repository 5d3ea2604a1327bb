//! `walint::check_send` on two arbitrary JSON values: the input is split at the first NUL
//! byte into the send and the definition (each parsed as JSON; invalid halves are skipped).
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    let (send, definition) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b"{}"[..]),
    };
    let (Ok(send), Ok(definition)) = (
        serde_json::from_slice::<Value>(send),
        serde_json::from_slice::<Value>(definition),
    ) else {
        return;
    };
    let diagnostics = walint::check_send(&send, &definition);
    for d in &diagnostics {
        serde_json::to_string(d).expect("diagnostic serializes");
    }
    // The same pair through the engine: the definition given as a known template.
    let options = walint::Options {
        templates: vec![definition],
        ..walint::Options::default()
    };
    let _ = walint::lint_value(&send, walint::Kind::Message, &options);
});
