//! Properties that hold for every input (proptest): no panic; every range a diagnostic
//! reports lies inside the input on character boundaries, with line/column, code-point and
//! UTF-16 offsets that agree; `text_range` agrees with the decoded string value; preview
//! spans nest or are disjoint; applying the safe fixes reaches a fixed point that a second
//! `--fix` leaves alone and that has no error code the original did not have.
//!
//! Inputs are realistic payloads (messages, template sends and definitions, webhooks) whose
//! texts mix formatting markers, variables, emoji and JSON escapes, plus arbitrary strings.
//! `PROPTEST_CASES=10000 cargo test --test properties` runs a longer search.

use std::collections::BTreeSet;

use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::Value;
use walint::format::{self, TextContext};
use walint::{lint_str, lint_text, Applicability, Kind, Options, Report, Severity};

/// `cases` unless PROPTEST_CASES asks for another number.
fn config(cases: u32) -> Config {
    let mut config = Config {
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = cases;
    }
    config
}

// ---------------------------------------------------------------------------------------
// Generators

/// Pieces of string-literal content, written as they appear in JSON source (escapes raw).
const PIECES: &[&str] = &[
    "Hello",
    " ",
    " ",
    "world",
    "Olá",
    "é",
    "😀",
    "👍🏽",
    "🇧🇷",
    "ß",
    "*",
    "_",
    "~",
    "`",
    "```",
    "**",
    "__",
    "~~",
    "{{1}}",
    "{{2}}",
    "{{3}}",
    "{{ 1 }}",
    "{{name}}",
    "{{First}}",
    "{",
    "}",
    "{{",
    "}}",
    "\\n",
    "\\n",
    "\\\"",
    "\\\\",
    "\\t",
    "\\u00e9",
    "\\ud83d\\ude00",
    "\\u0000",
    "\\/",
    "# ",
    "> ",
    "- ",
    "* ",
    "1. ",
    "• ",
    "[a](https://x.y)",
    "<X>",
    "https://example.com/a",
    "a",
    "1",
    "x*y",
    "*b*",
    "_i_",
    "~s~",
    "`c`",
    "```m```",
    "**a** **b** **c** **d** **e** **f** ~~g~~",
    ".",
    ",",
    "\u{200b}",
    "\u{fe0f}",
];

/// String-literal content (without quotes) built from [`PIECES`].
fn raw_text(max: usize) -> impl Strategy<Value = String> + Clone {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|pieces| pieces.concat())
}

/// Decoded text (what a JSON string holds) with the same flavour as [`raw_text`].
fn plain_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => raw_text(30).prop_map(|raw| decode(&raw).unwrap_or(raw)),
        1 => any::<String>(),
        1 => "[ *_~`{}>\\-•1.\\n]{0,40}",
    ]
}

fn decode(raw: &str) -> Option<String> {
    serde_json::from_str(&format!("\"{raw}\"")).ok()
}

fn message(raws: Vec<String>, variant: usize, lang: &'static str) -> String {
    let r = |i: usize| raws.get(i).map_or("", String::as_str);
    let envelope = r#""messaging_product":"whatsapp","to":"+15551234567""#;
    match variant % 4 {
        0 => format!(
            r#"{{{envelope},"type":"text","text":{{"preview_url":false,"body":"{}"}}}}"#,
            r(0)
        ),
        1 => format!(
            r#"{{{envelope},"type":"interactive","interactive":{{"type":"button","header":{{"type":"text","text":"{}"}},"body":{{"text":"{}"}},"footer":{{"text":"{}"}},"action":{{"buttons":[{{"type":"reply","reply":{{"id":" {} ","title":"{}"}}}},{{"type":"reply","reply":{{"id":"{}","title":"{}"}}}}]}}}}}}"#,
            r(0),
            r(1),
            r(2),
            r(3),
            r(4),
            r(3),
            r(5)
        ),
        2 => format!(
            r#"{{{envelope},"type":"template","template":{{"name":"order_update","language":{{"code":"{lang}"}},"components":[{{"type":"body","parameters":[{{"type":"text","text":"{}"}},{{"type":"text","text":"{}"}}]}}]}}}}"#,
            r(0),
            r(1)
        ),
        _ => format!(
            r#"{{{envelope},"type":"image","image":{{"link":"https://example.com/a.png","caption":"{}"}}}}"#,
            r(0)
        ),
    }
}

fn template(raws: Vec<String>, name: &'static str, lang: &'static str, example: &'static str) -> String {
    let r = |i: usize| raws.get(i).map_or("", String::as_str);
    format!(
        r#"{{"name":"{name}","language":"{lang}","category":"MARKETING","components":[{{"type":"HEADER","format":"TEXT","text":"{}"}},{{"type":"BODY","text":"{}","example":{{"body_text":{example}}}}},{{"type":"FOOTER","text":"{}"}},{{"type":"BUTTONS","buttons":[{{"type":"PHONE_NUMBER","text":"{}","phone_number":"+1 (555) 123-4567"}},{{"type":"QUICK_REPLY","text":"{}"}}]}}]}}"#,
        r(0),
        r(1),
        r(2),
        r(3),
        r(4)
    )
}

fn webhook(raws: Vec<String>, status: &'static str, timestamp: &'static str) -> String {
    let r = |i: usize| raws.get(i).map_or("", String::as_str);
    format!(
        r#"{{"object":"whatsapp_business_account","entry":[{{"id":"1","changes":[{{"field":"messages","value":{{"messaging_product":"whatsapp","metadata":{{"display_phone_number":"15551234567","phone_number_id":"2"}},"statuses":[{{"id":"wamid.{}","status":"{status}","timestamp":"{timestamp}","recipient_id":"15551234567"}}],"messages":[{{"from":"15551234567","id":"wamid.x","timestamp":"{timestamp}","type":"text","text":{{"body":"{}"}}}}]}}}}]}}]}}"#,
        r(0),
        r(1)
    )
}

/// A realistic payload, compact as generated or re-serialized pretty (canonical escapes).
fn payload() -> impl Strategy<Value = String> {
    let raws = || prop::collection::vec(raw_text(16), 6);
    let lang = prop::sample::select(&["en_US", "en-us", "pt_br", "EN", "xx_YY"][..]);
    let compact = prop_oneof![
        (raws(), 0..4usize, lang.clone()).prop_map(|(r, v, l)| message(r, v, l)),
        (
            raws(),
            prop::sample::select(&["order_update", "Order Update", "order-update 2"][..]),
            lang,
            prop::sample::select(&[r#"[["a","b","c"]]"#, r#"["a"]"#, "[]", r#""a""#][..]),
        )
            .prop_map(|(r, n, l, e)| template(r, n, l, e)),
        (
            raws(),
            prop::sample::select(&["sent", "delivered", "read", "failed", "bogus"][..]),
            prop::sample::select(&["1700000000", "1700000000000", "abc", "-5"][..]),
        )
            .prop_map(|(r, s, t)| webhook(r, s, t)),
    ];
    (compact, any::<bool>()).prop_map(|(text, pretty)| match serde_json::from_str::<Value>(&text) {
        Ok(value) if pretty => serde_json::to_string_pretty(&value).unwrap_or(text),
        _ => text,
    })
}

/// A payload with a few random bytes cut out or pasted in (often no longer valid JSON).
fn mutated_payload() -> impl Strategy<Value = String> {
    (
        payload(),
        prop::collection::vec((any::<prop::sample::Index>(), 0..3usize, plain_text()), 1..3),
    )
        .prop_map(|(mut text, edits)| {
            for (at, cut, paste) in edits {
                let mut start = at.index(text.len() + 1);
                while !text.is_char_boundary(start) {
                    start -= 1;
                }
                let mut end = (start + cut).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(start..end, &paste);
            }
            text
        })
}

fn any_input() -> impl Strategy<Value = String> {
    prop_oneof![4 => payload(), 2 => mutated_payload(), 1 => any::<String>()]
}

fn kind() -> impl Strategy<Value = Kind> {
    prop::sample::select(&[Kind::Auto, Kind::Message, Kind::Template, Kind::Webhook][..])
}

// ---------------------------------------------------------------------------------------
// Invariants

fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// Line (1-based) and code-point column (1-based) of a byte offset, computed naively.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
}

fn check_locations(source: &str, report: &Report) -> Result<(), TestCaseError> {
    for d in &report.diagnostics {
        let Some(l) = d.location else { continue };
        prop_assert!(
            l.start <= l.end && l.end <= source.len(),
            "{} {}..{} outside",
            d.code,
            l.start,
            l.end
        );
        prop_assert!(
            source.is_char_boundary(l.start) && source.is_char_boundary(l.end),
            "{} boundary",
            d.code
        );
        prop_assert_eq!(
            l.utf16_start,
            utf16_len(&source[..l.start]),
            "{} utf16 start",
            d.code
        );
        prop_assert_eq!(
            l.utf16_end - l.utf16_start,
            utf16_len(&source[l.start..l.end]),
            "{} utf16",
            d.code
        );
        prop_assert_eq!(
            (l.line, l.column),
            line_column(source, l.start),
            "{} start line/column",
            d.code
        );
        prop_assert_eq!(
            (l.end_line, l.end_column),
            line_column(source, l.end),
            "{} end line/column",
            d.code
        );
        for edit in d.fix.iter().flat_map(|fix| fix.edits.iter()) {
            if let (Some(start), Some(end)) = (edit.start, edit.end) {
                prop_assert!(start <= end && end <= source.len(), "{} edit outside", d.code);
                prop_assert!(source.is_char_boundary(start) && source.is_char_boundary(end));
            }
        }
    }
    Ok(())
}

/// A `text_range` indexes the decoded string at the pointer, in three consistent units, and
/// the location covers exactly the source text that decodes to that part of the string.
fn check_text_ranges(source: &str, report: &Report) -> Result<(), TestCaseError> {
    let Ok(value) = serde_json::from_str::<Value>(source) else {
        return Ok(());
    };
    for d in &report.diagnostics {
        let Some(range) = d.text_range else { continue };
        let string = value.pointer(&d.pointer).and_then(Value::as_str);
        prop_assert!(
            string.is_some(),
            "{}: text_range on {:?}, not a string",
            d.code,
            d.pointer
        );
        let string = string.unwrap_or_default();
        let (b0, b1) = (range.byte_start, range.byte_end);
        prop_assert!(
            b0 <= b1 && b1 <= string.len(),
            "{} text_range outside the string",
            d.code
        );
        prop_assert!(string.is_char_boundary(b0) && string.is_char_boundary(b1));
        prop_assert_eq!(
            (range.start, range.end),
            (string[..b0].chars().count(), string[..b1].chars().count()),
            "{} code points",
            d.code
        );
        prop_assert_eq!(
            (range.utf16_start, range.utf16_end),
            (utf16_len(&string[..b0]), utf16_len(&string[..b1])),
            "{} utf16",
            d.code
        );
        if let Some(l) = d.location {
            let raw = &source[l.start..l.end];
            let decoded = decode(raw);
            prop_assert_eq!(
                decoded.as_deref(),
                Some(&string[b0..b1]),
                "{} location vs text_range",
                d.code
            );
        }
    }
    Ok(())
}

/// Replaces each edit's byte range with the compact JSON of its value, as src/fix.rs does:
/// whole fixes, overlapping ones left for the next pass.
fn apply_safe_fixes(source: &str, report: &Report) -> String {
    let mut taken: Vec<(usize, usize, String)> = Vec::new();
    let fixes = report
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|fix| fix.applicability == Applicability::Safe);
    for fix in fixes {
        let edits: Option<Vec<(usize, usize, String)>> = fix
            .edits
            .iter()
            .map(|e| Some((e.start?, e.end?, serde_json::to_string(&e.value).ok()?)))
            .collect();
        let Some(edits) = edits else { continue };
        let clash =
            |a: &(usize, usize, String), b: &(usize, usize, String)| (a.0 < b.1 && b.0 < a.1) || a.0 == b.0;
        let overlaps = edits
            .iter()
            .enumerate()
            .any(|(i, e)| taken.iter().any(|t| clash(e, t)) || edits[..i].iter().any(|o| clash(e, o)));
        if !overlaps {
            taken.extend(edits);
        }
    }
    taken.sort_by_key(|edit| std::cmp::Reverse(edit.0));
    let mut out = source.to_owned();
    for (start, end, value) in taken {
        out.replace_range(start..end, &value);
    }
    out
}

fn error_codes(report: &Report) -> BTreeSet<&'static str> {
    report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.code)
        .collect()
}

// ---------------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn lint_str_locations_are_inside_the_input_and_agree(source in any_input(), kind in kind()) {
        let report = lint_str(&source, kind, &Options::default());
        check_locations(&source, &report)?;
        check_text_ranges(&source, &report)?;
    }

    #[test]
    fn strict_options_change_nothing_about_locations(source in payload()) {
        let options = Options { strict: true, ..Options::default() };
        let report = lint_str(&source, Kind::Auto, &options);
        check_locations(&source, &report)?;
        check_text_ranges(&source, &report)?;
    }

    #[test]
    fn lint_text_locations_are_inside_the_text(text in plain_text()) {
        for context in [TextContext::Rendered, TextContext::Plain, TextContext::Parameter] {
            let report = lint_text(&text, context, &Options::default());
            check_locations(&text, &report)?;
            for d in &report.diagnostics {
                if let Some(range) = d.text_range {
                    prop_assert!(text.is_char_boundary(range.byte_start) && text.is_char_boundary(range.byte_end));
                    prop_assert_eq!(range.start, text[..range.byte_start].chars().count());
                    prop_assert_eq!(range.utf16_end, utf16_len(&text[..range.byte_end]));
                }
            }
        }
    }

    #[test]
    fn format_check_findings_are_on_char_boundaries(text in plain_text()) {
        let map = format::OffsetMap::new(&text);
        for context in [TextContext::Rendered, TextContext::Plain, TextContext::Parameter] {
            for finding in format::check(&text, context) {
                prop_assert!(finding.start <= finding.end && finding.end <= text.len());
                prop_assert!(text.is_char_boundary(finding.start) && text.is_char_boundary(finding.end));
                let (start, end) = finding.offsets(&map);
                prop_assert_eq!(start.char, text[..finding.start].chars().count());
                prop_assert_eq!(end.utf16, utf16_len(&text[..finding.end]));
                if let Some(fix) = &finding.fix {
                    prop_assert!(fix.start <= fix.end && fix.end <= text.len());
                    prop_assert!(text.is_char_boundary(fix.start) && text.is_char_boundary(fix.end));
                }
            }
        }
    }

    #[test]
    fn preview_spans_nest_or_are_disjoint(text in plain_text()) {
        let chars: Vec<char> = text.chars().collect();
        let preview = format::preview(&text);
        for (i, a) in preview.spans.iter().enumerate() {
            prop_assert!(a.start <= a.end && a.end <= chars.len(), "{:?} outside {} chars", a, chars.len());
            // The shown text is the content with nested markers removed: never longer.
            prop_assert!(a.text.chars().count() <= a.end - a.start);
            for b in &preview.spans[i + 1..] {
                prop_assert!(a.start <= b.start, "spans not ordered by start");
                let disjoint = a.end <= b.start;
                let nested = b.end <= a.end;
                prop_assert!(disjoint || nested, "crossing spans {:?} and {:?} in {:?}", a, b, text);
            }
        }
        let lines = text.split('\n').count();
        for block in &preview.blocks {
            prop_assert!(block.line >= 1 && block.line <= lines);
        }
    }

    #[test]
    fn placeholder_scan_spans_are_inside_the_text(text in plain_text()) {
        let scan = walint::placeholder::scan(&text);
        let mut previous = 0;
        for var in &scan.vars {
            prop_assert!(previous <= var.start && var.start < var.end && var.end <= text.len());
            prop_assert!(text.is_char_boundary(var.start) && text.is_char_boundary(var.end));
            previous = var.end;
        }
        for malformed in &scan.malformed {
            prop_assert!(malformed.start <= malformed.end && malformed.end <= text.len());
            prop_assert!(text.is_char_boundary(malformed.start) && text.is_char_boundary(malformed.end));
        }
    }
}

/// Fixes whose result is checked by rules that skipped the malformed original: the new error
/// was there all along, masked (fixing `{{ 1 }}` to `{{1}}` creates a variable, and only
/// then do the variable rules see it; wrapping flat samples lets T022 count them). Every
/// other new error code fails the property.
const REVEALS: &[(&str, &[&str])] = &[
    (
        "T010",
        &[
            "T003", "T011", "T013", "T014", "T015", "T016", "T017", "T020", "T021", "T022",
        ],
    ),
    ("T021", &["T022"]),
];

fn safe_fix_codes(report: &Report) -> impl Iterator<Item = &'static str> + '_ {
    report
        .diagnostics
        .iter()
        .filter(|d| {
            d.fix
                .as_ref()
                .is_some_and(|fix| fix.applicability == Applicability::Safe)
        })
        .map(|d| d.code)
}

proptest! {
    // Each case lints up to six times: fewer cases.
    #![proptest_config(config(128))]

    #[test]
    fn safe_fixes_reach_a_fixed_point_without_new_errors(source in payload()) {
        let lint = |text: &str| lint_str(text, Kind::Auto, &Options::default());
        let original = lint(&source);
        let mut text = source.clone();
        let mut report = original.clone();
        let mut fixed: BTreeSet<&str> = BTreeSet::new();
        // src/fix.rs: fix and re-lint until stable, at most five passes.
        for _ in 0..5 {
            let next = apply_safe_fixes(&text, &report);
            if next == text {
                break;
            }
            prop_assert!(serde_json::from_str::<Value>(&next).is_ok(), "fixes broke the JSON: {}", next);
            fixed.extend(safe_fix_codes(&report));
            report = lint(&next);
            check_locations(&next, &report)?;
            text = next;
        }
        // A second `--fix` on the fixed file changes nothing.
        prop_assert_eq!(apply_safe_fixes(&text, &report), text.clone(), "not stable after five passes");
        let revealed = |code: &str| {
            REVEALS.iter().any(|(by, codes)| fixed.contains(by) && codes.contains(&code))
        };
        let new_errors: Vec<_> = error_codes(&report)
            .difference(&error_codes(&original))
            .copied()
            .filter(|code| !revealed(code))
            .collect();
        prop_assert!(new_errors.is_empty(), "fixes introduced {:?}:\n{}\n->\n{}", new_errors, source, text);
    }
}
