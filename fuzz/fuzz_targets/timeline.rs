//! The status timeline on sequences of notifications: each input line is one JSON value, fed
//! as a webhook body when it has `entry`, else as a bare status object.
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| checks::timeline(data));
