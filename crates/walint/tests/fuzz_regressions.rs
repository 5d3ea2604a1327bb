//! Inputs the fuzzers (fuzz/, cargo-fuzz) and the property tests found, replayed on stable in
//! `cargo test`, through the same entry points and assertions as the fuzz targets.
//!
//! Each file under `tests/fuzz-regressions/<target>/` is fed to the function of fuzz target
//! `<target>` (`lint_str`, `format`, `placeholder`, `check_send`, `timeline`); inputs that
//! read better inline are tests below. See fuzz/README.md for how the targets are run.

use std::path::Path;

use serde_json::Value;
use walint::format::{self, TextContext};
use walint::timeline::Timeline;
use walint::{lint_str, Kind, Options};

fn run_lint_str(data: &[u8]) {
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
        }
        serde_json::to_string(&report).expect("report serializes");
    }
}

fn run_format(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let chars = text.chars().count();
    let preview = format::preview(&text);
    for (i, a) in preview.spans.iter().enumerate() {
        assert!(a.start <= a.end && a.end <= chars, "span outside text");
        for b in &preview.spans[i + 1..] {
            assert!(a.end <= b.start || b.end <= a.end, "crossing spans {a:?} {b:?}");
        }
    }
    let _ = format::to_html(&text);
    let _ = format::to_ansi(&text);
    for context in [TextContext::Rendered, TextContext::Plain, TextContext::Parameter] {
        for finding in format::check(&text, context) {
            assert!(text.is_char_boundary(finding.start) && text.is_char_boundary(finding.end));
        }
        let _ = walint::lint_text(&text, context, &Options::default());
    }
}

fn run_placeholder(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let scan = walint::placeholder::scan(&text);
    for var in &scan.vars {
        assert!(text.is_char_boundary(var.start) && text.is_char_boundary(var.end));
    }
    let _ = walint::placeholder::dangling(&text, &scan);
    let _ = walint::placeholder::adjacent_pairs(&text, &scan);
    let _ = walint::placeholder::words_to_vars_ratio(&text, &scan).ratio();
}

fn run_check_send(data: &[u8]) {
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
    let _ = walint::check_send(&send, &definition);
    let options = Options {
        templates: vec![definition],
        ..Options::default()
    };
    let _ = walint::lint_value(&send, Kind::Message, &options);
}

fn run_timeline(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let mut timeline = Timeline::new();
    for line in text.lines() {
        let Ok(value) = serde_json::from_str::<Value>(line) else {
            continue;
        };
        if value.get("entry").is_some() {
            timeline.feed(&value);
        } else {
            timeline.feed_status(&value, None);
        }
    }
    serde_json::to_string(&timeline).expect("timeline serializes");
}

#[test]
fn replay_saved_inputs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-regressions");
    let targets: [(&str, fn(&[u8])); 5] = [
        ("lint_str", run_lint_str),
        ("format", run_format),
        ("placeholder", run_placeholder),
        ("check_send", run_check_send),
        ("timeline", run_timeline),
    ];
    let mut replayed = 0;
    for (target, run) in targets {
        let Ok(entries) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in entries.flatten() {
            let data = std::fs::read(entry.path()).expect("read regression input");
            run(&data);
            replayed += 1;
        }
    }
    println!("replayed {replayed} saved fuzz inputs");
}
