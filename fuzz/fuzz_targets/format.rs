//! The formatting module on arbitrary text: `preview`, `to_html`, `to_ansi`, `check` in every
//! context and `lint_text`, with preview spans checked to be in range and never crossing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use walint::format::{self, TextContext};
use walint::Options;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let chars = text.chars().count();
    let preview = format::preview(&text);
    for (i, a) in preview.spans.iter().enumerate() {
        assert!(a.start <= a.end && a.end <= chars, "span outside text");
        for b in &preview.spans[i + 1..] {
            let disjoint = a.end <= b.start || b.end <= a.start;
            let nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
            assert!(disjoint || nested, "crossing spans {a:?} {b:?}");
        }
    }
    let html = format::to_html(&text);
    assert!(!html.contains("<script"), "markup injected");
    let _ = format::to_ansi(&text);
    for context in [TextContext::Rendered, TextContext::Plain, TextContext::Parameter] {
        for finding in format::check(&text, context) {
            assert!(finding.start <= finding.end && finding.end <= text.len());
            assert!(text.is_char_boundary(finding.start) && text.is_char_boundary(finding.end));
            if let Some(fix) = &finding.fix {
                assert!(fix.start <= fix.end && fix.end <= text.len());
                assert!(text.is_char_boundary(fix.start) && text.is_char_boundary(fix.end));
            }
        }
        let _ = walint::lint_text(&text, context, &Options::default());
    }
});
