//! `walint::lint_str` on arbitrary bytes (decoded lossily), under every document kind, with
//! the location invariants checked: a range outside the input or off a char boundary is a crash.
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| checks::lint_str(data));
