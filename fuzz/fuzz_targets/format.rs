//! The formatting module on arbitrary text: `preview`, `to_html`, `to_ansi`, `check` in every
//! context and `lint_text`, with preview spans checked to be in range and never crossing.
#![no_main]

#[path = "../checks.rs"]
mod checks;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| checks::format(data));
