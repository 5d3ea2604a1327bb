//! The template-variable scanner and the questions built on it, on arbitrary text: every
//! reported span must lie inside the text on char boundaries, in text order.
#![no_main]

use libfuzzer_sys::fuzz_target;
use walint::placeholder;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let scan = placeholder::scan(&text);
    let mut previous = 0;
    for (start, end) in scan.vars.iter().map(|v| (v.start, v.end)) {
        assert!(
            previous <= start && start < end && end <= text.len(),
            "var out of order"
        );
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        previous = end;
    }
    for m in &scan.malformed {
        assert!(m.start <= m.end && m.end <= text.len(), "malformed outside text");
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
    }
    let _ = placeholder::positional_gaps(&scan);
    let _ = placeholder::mixes_named_and_positional(&scan);
    let _ = placeholder::distinct_vars(&scan);
    let _ = placeholder::dangling(&text, &scan);
    for (a, b) in placeholder::adjacent_pairs(&text, &scan) {
        assert!(a <= b && b <= text.len());
    }
    let _ = placeholder::words_to_vars_ratio(&text, &scan).ratio();
    let _ = placeholder::hydrate(&text, &|var| Some(placeholder::render(&var.kind)));
});
