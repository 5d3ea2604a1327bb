//! No input makes the core panic, and every location it reports lies inside the input,
//! on character boundaries, with UTF-16 offsets that agree with the byte offsets.

use walint::{lint_str, Kind, Options, Report};

fn check_invariants(text: &str, report: &Report) {
    for d in &report.diagnostics {
        let Some(l) = d.location else { continue };
        assert!(
            l.start <= l.end && l.end <= text.len(),
            "{} range {}..{} outside input",
            d.code,
            l.start,
            l.end
        );
        assert!(
            text.is_char_boundary(l.start) && text.is_char_boundary(l.end),
            "{} not on char boundaries",
            d.code
        );
        let utf16 = |end: usize| text[..end].encode_utf16().count();
        assert_eq!(
            (l.utf16_start, l.utf16_end),
            (utf16(l.start), utf16(l.end)),
            "{} utf16",
            d.code
        );
        assert!(
            l.line >= 1 && l.column >= 1 && l.end_line >= l.line,
            "{} line/column",
            d.code
        );
    }
}

fn lint_all_kinds(text: &str) {
    for kind in [Kind::Auto, Kind::Message, Kind::Template, Kind::Webhook] {
        let report = lint_str(text, kind, &Options::default());
        check_invariants(text, &report);
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const SAMPLE: &str = r#"{
  "messaging_product": "whatsapp",
  "to": "+15551234567",
  "type": "interactive",
  "interactive": {
    "type": "button",
    "header": {"type": "text", "text": "Olá 😀 *bold*"},
    "body": {"text": "Pick\none \u00e9 \ud83d\ude00 _it_"},
    "action": {"buttons": [
      {"type": "reply", "reply": {"id": " a ", "title": "Sí"}},
      {"type": "reply", "reply": {"id": " a ", "title": "Sí"}}
    ]}
  }
}"#;

#[test]
fn every_truncation_of_a_payload() {
    for end in (0..=SAMPLE.len()).filter(|&i| SAMPLE.is_char_boundary(i)) {
        lint_all_kinds(&SAMPLE[..end]);
    }
}

#[test]
fn random_mutations_of_a_payload() {
    let pieces = [
        "{", "}", "[", "]", "\"", ",", ":", "\\", "\\u", "😀", "é", "\n", "null", "1e999", "-", "{{1}}", "*",
    ];
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    for _ in 0..3000 {
        let mut text = SAMPLE.to_owned();
        for _ in 0..1 + rng.below(4) {
            let mut at = rng.below(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => text.insert_str(at, pieces[rng.below(pieces.len())]),
                1 => {
                    let mut end = (at + 1 + rng.below(8)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end += 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => text.replace_range(at..at, pieces[rng.below(pieces.len())]),
            }
        }
        lint_all_kinds(&text);
    }
}

#[test]
fn deep_nesting_gets_a_diagnostic_not_a_stack_overflow() {
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let text = format!("{}1{}", open.repeat(200_000), close.repeat(200_000));
        let report = lint_str(&text, Kind::Auto, &Options::default());
        assert_eq!(report.diagnostics.first().map(|d| d.code), Some("J003"));
        check_invariants(&text, &report);
        // A clear message, pointing at the bracket that opens level 128.
        let first = &report.diagnostics[0];
        assert_eq!(first.message, "JSON is nested more than 127 levels deep");
        let at = first.location.map(|l| l.start).unwrap_or_default();
        assert_eq!(text[..at].matches(open).count(), 127);
    }
    // Exactly at the limit is still linted normally.
    let at_limit = format!("{}{}", "[".repeat(127), "]".repeat(127));
    let report = lint_str(&at_limit, Kind::Auto, &Options::default());
    assert!(report.diagnostics.iter().all(|d| d.code != "J003"));
}

#[test]
fn huge_inputs() {
    let body = "é😀*x* ".repeat(300_000);
    let text = format!(
        r#"{{"messaging_product":"whatsapp","to":"+15551234567","type":"text","text":{{"body":"{body}"}}}}"#
    );
    let report = lint_str(&text, Kind::Auto, &Options::default());
    assert!(
        report.diagnostics.iter().any(|d| d.code == "S004"),
        "a 2.1M-character body is too long"
    );
    check_invariants(&text, &report);

    let rows: Vec<String> = (0..100_000)
        .map(|i| format!(r#"{{"id":"r{i}","title":"Row {i}"}}"#))
        .collect();
    let text = format!(
        r#"{{"messaging_product":"whatsapp","to":"+15551234567","type":"interactive","interactive":{{"type":"list","body":{{"text":"x"}},"action":{{"button":"b","sections":[{{"title":"t","rows":[{}]}}]}}}}}}"#,
        rows.join(",")
    );
    let report = lint_str(&text, Kind::Auto, &Options::default());
    assert!(!report.diagnostics.is_empty());
    check_invariants(&text, &report);
}

#[test]
fn non_json_and_odd_values() {
    for text in [
        "",
        " ",
        "\u{feff}{}",
        "null",
        "42",
        "\"str\"",
        "[]",
        "{}",
        "{\"a\":1}{",
        "\u{0}",
        "{\"\\ud800\":1}",
        "[1,]",
    ] {
        lint_all_kinds(text);
    }
}
