//! HTML preview safety: the XSS filter-evasion vectors of tests/data/xss-vectors.txt (after
//! the OWASP cheat sheet), rendered by `walint::format::to_html` and by
//! `walint preview --format html`, contain only the markup walint emits itself, and the text
//! comes back unchanged once the entities are decoded.

use std::io::Write;
use std::process::{Command, Stdio};

fn vectors() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/xss-vectors.txt");
    let text = std::fs::read_to_string(path).expect("read tests/data/xss-vectors.txt");
    let mut vectors: Vec<String> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    // Vectors a text file holds poorly: NUL and control characters inside a tag name.
    vectors.push("<scr\0ipt>alert(1)</scr\0ipt>".to_owned());
    vectors.push("<img src=x\u{1}onerror=alert(1)>\r\n<svg\u{c}onload=alert(1)>".to_owned());
    vectors
}

/// The markup `to_html` may emit: (tag, allowed `class` value).
const ALLOWED: &[(&str, Option<&str>)] = &[
    ("div", Some("wa-text")),
    ("br", None),
    ("strong", None),
    ("em", None),
    ("s", None),
    ("code", None),
    ("code", Some("wa-mono")),
    ("ul", None),
    ("ol", None),
    ("li", None),
    ("span", Some("wa-number")),
    ("blockquote", None),
];

const ENTITIES: &[(&str, char)] = &[
    ("&amp;", '&'),
    ("&lt;", '<'),
    ("&gt;", '>'),
    ("&quot;", '"'),
    ("&#39;", '\''),
];

/// A tiny scanner: checks every `<…>` is an allowed tag and every `&` an entity walint
/// writes, and returns the text with tags dropped and entities decoded.
fn scan_html(html: &str) -> Result<String, String> {
    let mut text = String::new();
    let mut rest = html;
    while let Some(c) = rest.chars().next() {
        match c {
            '<' => {
                let end = rest
                    .find('>')
                    .ok_or_else(|| format!("unclosed `<` at {rest:?}"))?;
                let tag = &rest[1..end];
                check_tag(tag)?;
                rest = &rest[end + 1..];
            }
            '>' => return Err(format!("stray `>` at {rest:?}")),
            '"' | '\'' => return Err(format!("raw quote at {rest:?}")),
            '&' => {
                let (entity, decoded) = ENTITIES
                    .iter()
                    .find(|(entity, _)| rest.starts_with(entity))
                    .ok_or_else(|| format!("unknown entity at {rest:?}"))?;
                text.push(*decoded);
                rest = &rest[entity.len()..];
            }
            c => {
                text.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    Ok(text)
}

fn check_tag(tag: &str) -> Result<(), String> {
    let (name, attributes) = match tag.strip_prefix('/') {
        Some(name) => (name, None),
        None => match tag.split_once(' ') {
            Some((name, attributes)) => (name, Some(attributes)),
            None => (tag, None),
        },
    };
    let class = match attributes {
        None => None,
        Some(attributes) => {
            let value = attributes
                .strip_prefix("class=\"")
                .and_then(|v| v.strip_suffix('"'))
                .ok_or_else(|| format!("attribute other than class in <{tag}>"))?;
            Some(value)
        }
    };
    if tag.starts_with('/') {
        return ALLOWED
            .iter()
            .any(|(allowed, _)| *allowed == name && name != "br")
            .then_some(())
            .ok_or_else(|| format!("unexpected closing tag </{name}>"));
    }
    ALLOWED
        .iter()
        .any(|&(allowed, allowed_class)| allowed == name && allowed_class == class)
        .then_some(())
        .ok_or_else(|| format!("unexpected tag <{tag}>"))
}

/// What a reader sees of `input`: the characters minus the markers of rendered spans and the
/// bullet and quote prefixes, NUL shown as U+FFFD; line breaks are left out on both sides.
fn visible_text(input: &str) -> String {
    let chars: Vec<char> = input.chars().collect();
    let mut hidden = vec![false; chars.len()];
    let preview = walint::format::preview(input);
    for span in &preview.spans {
        let marker = if span.style == "mono" { 3 } else { 1 };
        let before = span.start.saturating_sub(marker)..span.start;
        let after = span.end..(span.end + marker).min(chars.len());
        hidden[before].fill(true);
        hidden[after].fill(true);
    }
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(
            chars
                .iter()
                .enumerate()
                .filter(|(_, &c)| c == '\n')
                .map(|(i, _)| i + 1),
        )
        .collect();
    for block in &preview.blocks {
        if block.kind != "numbered" {
            let start = line_starts[block.line - 1];
            hidden[start] = true;
            hidden[start + 1] = true;
        }
    }
    chars
        .iter()
        .zip(hidden)
        .filter(|&(&c, hidden)| !hidden && c != '\n')
        .map(|(&c, _)| if c == '\0' { '\u{FFFD}' } else { c })
        .collect()
}

fn assert_safe(input: &str, html: &str) {
    let text = scan_html(html).unwrap_or_else(|error| panic!("{error}\ninput: {input:?}\nhtml: {html}"));
    let shown: String = text.chars().filter(|&c| c != '\n').collect();
    assert_eq!(
        shown,
        visible_text(input),
        "text does not round-trip\ninput: {input:?}\nhtml: {html}"
    );
}

#[test]
fn the_vectors_file_has_dozens_of_vectors() {
    assert!(vectors().len() >= 50);
}

#[test]
fn to_html_emits_only_its_own_markup() {
    for vector in vectors() {
        assert_safe(&vector, &walint::format::to_html(&vector));
    }
    let all = vectors().join("\n");
    assert_safe(&all, &walint::format::to_html(&all));
}

#[test]
fn the_scanner_rejects_injected_markup() {
    assert!(scan_html("<strong>x</strong><br>").is_ok());
    assert!(scan_html("<img src=x>").is_err());
    assert!(scan_html("<strong onclick=\"x\">").is_err());
    assert!(scan_html("<code class=\"evil\">").is_err());
    assert!(scan_html("a > b").is_err());
    assert!(scan_html("&#106;").is_err());
}

#[test]
fn cli_preview_html_emits_only_its_own_markup() {
    for vector in vectors() {
        // NUL cannot be passed as an argument; stdin covers it below.
        if vector.contains('\0') {
            continue;
        }
        let output = Command::new(env!("CARGO_BIN_EXE_walint"))
            .args(["preview", "--format", "html", "--"])
            .arg(&vector)
            .output()
            .expect("run walint preview");
        assert!(output.status.success(), "{vector:?}: {output:?}");
        let html = String::from_utf8(output.stdout).expect("UTF-8");
        assert_safe(&vector, html.strip_suffix('\n').unwrap_or(&html));
    }
}

#[test]
fn cli_preview_html_from_stdin() {
    let all = vectors().join("\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_walint"))
        .args(["preview", "--format", "html"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn walint preview");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(all.as_bytes())
        .expect("write stdin");
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success(), "{output:?}");
    let html = String::from_utf8(output.stdout).expect("UTF-8");
    assert_safe(&all, html.strip_suffix('\n').unwrap_or(&html));
}
