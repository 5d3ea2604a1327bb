//! `walint::check_send` on two arbitrary JSON values: the input is split at the first NUL
//! byte into the send and the definition (each parsed as JSON; invalid halves are skipped).
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| checks::check_send(data));
