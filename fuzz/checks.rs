//! The fuzz targets' bodies: what each target runs on its input and the invariants it
//! asserts. `fuzz/fuzz_targets/*.rs` call these functions, and so does the replay of saved
//! inputs in `cargo test` (`crates/walint/tests/fuzz_regressions.rs`): one copy of each.

use serde_json::Value;
use walint::format::{self, TextContext};
use walint::placeholder;
use walint::timeline::Timeline;
use walint::{lint_str as lint, Kind, Options};

/// `walint::lint_str` on arbitrary bytes (decoded lossily), under every document kind, with
/// the location invariants checked: a range outside the input or off a char boundary is a crash.
pub fn lint_str(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    for kind in [Kind::Auto, Kind::Message, Kind::Template, Kind::Webhook] {
        let report = lint(&text, kind, &Options::default());
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
}

/// The formatting module on arbitrary text: `preview`, `to_html`, `to_ansi`, `check` in every
/// context and `lint_text`, with preview spans checked to be in range and never crossing.
pub fn format(data: &[u8]) {
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
}

/// The template-variable scanner and the questions built on it, on arbitrary text: every
/// reported span must lie inside the text on char boundaries, in text order.
pub fn placeholder(data: &[u8]) {
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
}

/// `walint::check_send` on two arbitrary JSON values: the input is split at the first NUL
/// byte into the send and the definition (each parsed as JSON; invalid halves are skipped).
pub fn check_send(data: &[u8]) {
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
}

/// The status timeline on sequences of notifications: each input line is one JSON value, fed
/// as a webhook body when it has `entry`, else as a bare status object.
pub fn timeline(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut timeline = Timeline::new();
    for line in text.lines() {
        let Ok(value) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        let value = walint::value::Value::from_serde(&value);
        if value.get("entry").is_some() {
            timeline.feed(&value);
        } else {
            timeline.feed_status(&value, None);
        }
    }
    for message in timeline.messages() {
        assert!(!message.history.is_empty(), "a message without events");
    }
    serde_json::to_string(&timeline).expect("timeline serializes");
}
