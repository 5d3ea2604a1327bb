//! `walint::lint_str` on arbitrary bytes (decoded lossily), under every document kind, with
//! the location invariants checked: a range outside the input or off a char boundary is a crash.
#![no_main]

use libfuzzer_sys::fuzz_target;
use walint::{lint_str, Kind, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for kind in [Kind::Auto, Kind::Message, Kind::Template, Kind::Webhook] {
        let report = lint_str(&text, kind, &Options::default());
        for d in &report.diagnostics {
            if let Some(l) = d.location {
                assert!(
                    l.start <= l.end && l.end <= text.len(),
                    "{} outside input",
                    d.code
                );
                assert!(text.is_char_boundary(l.start) && text.is_char_boundary(l.end));
                let utf16 = |end: usize| text[..end].encode_utf16().count();
                assert_eq!((l.utf16_start, l.utf16_end), (utf16(l.start), utf16(l.end)));
            }
            for edit in d.fix.iter().flat_map(|f| f.edits.iter()) {
                if let (Some(start), Some(end)) = (edit.start, edit.end) {
                    assert!(start <= end && end <= text.len(), "{} edit outside input", d.code);
                    assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
                }
            }
        }
        // Every report must serialize (the CLI and WASM surfaces do).
        serde_json::to_string(&report).expect("report serializes");
    }
});
