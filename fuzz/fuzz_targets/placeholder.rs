//! The template-variable scanner and the questions built on it, on arbitrary text: every
//! reported span must lie inside the text on char boundaries, in text order.
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| checks::placeholder(data));
