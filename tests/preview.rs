//! `walint preview`: the JSON contract, HTML escaping and the terminal rendering, run
//! through the real binary.

use std::io::Write;
use std::process::{Command, Stdio};

fn preview(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_walint"))
        .arg("preview")
        .args(args)
        .env_remove("NO_COLOR")
        .output()
        .expect("run walint preview");
    assert!(
        output.status.success(),
        "walint preview {args:?} failed: {output:?}"
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn preview_stdin(args: &[&str], input: &str) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_walint"))
        .arg("preview")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn walint preview");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input.as_bytes())
        .expect("write stdin");
    let output = child.wait_with_output().expect("wait for walint preview");
    assert!(output.status.success(), "walint preview failed: {output:?}");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn json(text: &str) -> String {
    preview(&["--format", "json", text])
}

#[test]
fn json_follows_the_contract_exactly() {
    let cases = [
        ("plain text", r#"{"spans":[],"blocks":[]}"#),
        (
            "*bold*",
            r#"{"spans":[{"style":"bold","start":1,"end":5,"text":"bold"}],"blocks":[]}"#,
        ),
        (
            "*a* *b*",
            r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"},{"style":"bold","start":5,"end":6,"text":"b"}],"blocks":[]}"#,
        ),
        (
            "_~*nested*~_",
            r#"{"spans":[{"style":"italic","start":1,"end":11,"text":"nested"},{"style":"strike","start":2,"end":10,"text":"nested"},{"style":"bold","start":3,"end":9,"text":"nested"}],"blocks":[]}"#,
        ),
        // Code points, not bytes: `á` and the emoji count one each.
        (
            "Olá 👋 *João*",
            r#"{"spans":[{"style":"bold","start":7,"end":11,"text":"João"}],"blocks":[]}"#,
        ),
        // Markdown double markers: bold `*bold` plus a stray `*` (R9).
        (
            "**bold**",
            r#"{"spans":[{"style":"bold","start":1,"end":6,"text":"*bold"}],"blocks":[]}"#,
        ),
        // Crossing spans: the first one wins, the other shows literally (R6).
        (
            "*a _b* c_",
            r#"{"spans":[{"style":"bold","start":1,"end":5,"text":"a _b"}],"blocks":[]}"#,
        ),
        // Nothing inside code is formatted (R5); monospace may span lines (R4).
        (
            "`*x*` ```a\nb```",
            r#"{"spans":[{"style":"code","start":1,"end":4,"text":"*x*"},{"style":"mono","start":9,"end":12,"text":"a\nb"}],"blocks":[]}"#,
        ),
        (
            "* item\n12. step *b*\n> quote\n-  not a list",
            r#"{"spans":[{"style":"bold","start":17,"end":18,"text":"b"}],"blocks":[{"kind":"bullet","line":1},{"kind":"numbered","line":2},{"kind":"quote","line":3}]}"#,
        ),
        ("*bold *", r#"{"spans":[],"blocks":[]}"#),
    ];
    for (input, expected) in cases {
        assert_eq!(json(input), format!("{expected}\n"), "input {input:?}");
    }
}

#[test]
fn json_reads_stdin_without_text() {
    assert_eq!(
        preview_stdin(&["--format", "json"], "*x*\n"),
        "{\"spans\":[{\"style\":\"bold\",\"start\":1,\"end\":2,\"text\":\"x\"}],\"blocks\":[]}\n"
    );
}

#[test]
fn html_escapes_every_input() {
    let input = "<script>alert(\"x\")</script> & 'q' *<b>\"&'* _<i>_ `<code>` ```<pre>&``` \
                 > <img src=x onerror=alert(1)>";
    let html = preview(&["--format", "html", input]);
    for raw in ["<script", "<b>", "<i>", "<img", "<pre>", "alert(\"", "'q'"] {
        assert!(!html.contains(raw), "raw {raw:?} in {html}");
    }
    for escaped in [
        "&lt;script&gt;",
        "&quot;x&quot;",
        "&amp;",
        "&#39;q&#39;",
        "&lt;img src=x",
    ] {
        assert!(html.contains(escaped), "{escaped:?} missing from {html}");
    }
    // Inside spans too.
    assert!(
        html.contains("<strong>&lt;b&gt;&quot;&amp;&#39;</strong>"),
        "{html}"
    );
    assert!(html.contains("<em>&lt;i&gt;</em>"), "{html}");
    assert!(html.contains("<code>&lt;code&gt;</code>"), "{html}");
    assert!(
        html.contains("<code class=\"wa-mono\">&lt;pre&gt;&amp;</code>"),
        "{html}"
    );
}

#[test]
fn html_exact_fragment() {
    assert_eq!(
        preview(&["--format", "html", "*a<b* & _c_"]),
        "<div class=\"wa-text\"><strong>a&lt;b</strong> &amp; <em>c</em></div>\n"
    );
    assert_eq!(
        preview(&["--format", "html", "* one\n* two"]),
        "<ul><li>one</li><li>two</li></ul>\n"
    );
}

#[test]
fn ansi_styles_only_when_asked() {
    // Captured stdout is not a terminal: plain rendered text.
    assert_eq!(preview(&["*bold* _it_ ~gone~ `code`"]), "bold it gone code\n");
    assert_eq!(
        preview(&["--color", "always", "*bold* _it_"]),
        "\x1b[1mbold\x1b[0m \x1b[3mit\x1b[0m\n"
    );
    assert_eq!(
        preview(&["--color", "always", "*a _b_ c*"]),
        "\x1b[1ma \x1b[3mb\x1b[0m\x1b[1m c\x1b[0m\n"
    );
    assert_eq!(
        preview(&["--color", "never", "* one\n2. two\n> three"]),
        "• one\n2. two\n│ three\n"
    );
}

#[test]
fn ansi_neutralises_control_characters_from_the_input() {
    let out = preview(&["--color", "always", "*x*\u{1b}[31mred"]);
    assert!(!out.contains("\u{1b}[31m"), "{out:?}");
    assert_eq!(preview(&["\u{1b}[2J *x*"]), "\u{FFFD}[2J x\n");
}
