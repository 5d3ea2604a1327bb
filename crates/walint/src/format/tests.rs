//! Tests for the formatting engine. Expected results follow formatting.md §2 (rules R1–R13) and
//! its disagreement matrix (WhatsApp Web column).

use super::*;

fn preview_json(text: &str) -> String {
    serde_json::to_string(&preview(text)).unwrap_or_default()
}

/// (rule, input, exact preview JSON).
const PREVIEW_CASES: &[(&str, &str, &str)] = &[
    (
        "R1 basic",
        "*bold*",
        r#"{"spans":[{"style":"bold","start":1,"end":5,"text":"bold"}],"blocks":[]}"#,
    ),
    (
        "R1 basic",
        "*a*",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"}],"blocks":[]}"#,
    ),
    (
        "R1 basic",
        "*a b*",
        r#"{"spans":[{"style":"bold","start":1,"end":4,"text":"a b"}],"blocks":[]}"#,
    ),
    (
        "R1 basic",
        "a *b* c",
        r#"{"spans":[{"style":"bold","start":3,"end":4,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R1 basic",
        "~x~",
        r#"{"spans":[{"style":"strike","start":1,"end":2,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1 basic",
        "`x`",
        r#"{"spans":[{"style":"code","start":1,"end":2,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1 basic",
        "x *a* y _b_",
        r#"{"spans":[{"style":"bold","start":3,"end":4,"text":"a"},{"style":"italic","start":9,"end":10,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R1 basic",
        "*ok* _fine_ ~yes~ `code` ```mono```",
        r#"{"spans":[{"style":"bold","start":1,"end":3,"text":"ok"},{"style":"italic","start":6,"end":10,"text":"fine"},{"style":"strike","start":13,"end":16,"text":"yes"},{"style":"code","start":19,"end":23,"text":"code"},{"style":"mono","start":28,"end":32,"text":"mono"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "(*bold*)",
        r#"{"spans":[{"style":"bold","start":2,"end":6,"text":"bold"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "\"*x*\"",
        r#"{"spans":[{"style":"bold","start":2,"end":3,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "-*x*-",
        r#"{"spans":[{"style":"bold","start":2,"end":3,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "#*x*#",
        r#"{"spans":[{"style":"bold","start":2,"end":3,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "}*x*{",
        r#"{"spans":[{"style":"bold","start":2,"end":3,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "😀*x*",
        r#"{"spans":[{"style":"bold","start":2,"end":3,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "\u{200b}*a*",
        r#"{"spans":[{"style":"bold","start":2,"end":3,"text":"a"}],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "foo*bar*baz",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1a opener after boundary",
        "中文*x*中文",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    ("R1a opener after boundary", "é*x*", r#"{"spans":[],"blocks":[]}"#),
    (
        "R1a opener after boundary",
        "привет*x*",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    ("R1a opener after boundary", "1_x_", r#"{"spans":[],"blocks":[]}"#),
    (
        "R1a opener after boundary",
        "Order*{{1}}*",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "*bold *",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "*\u{a0}x*",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "~ x~",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "` x`",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "``x``",
        r#"{"spans":[{"style":"code","start":2,"end":3,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "Hi * John*,",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "a * x*",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "2 * 3 * 4",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1b not followed by whitespace",
        "*\u{fe0f}\u{20e3} key",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    ("R1c content", "*x\u{a0}*", r#"{"spans":[],"blocks":[]}"#),
    (
        "R1c content",
        "*a\u{200b}*",
        "{\"spans\":[{\"style\":\"bold\",\"start\":1,\"end\":3,\"text\":\"a\u{200b}\"}],\"blocks\":[]}",
    ),
    (
        "R1c content",
        "*😀*",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"😀"}],"blocks":[]}"#,
    ),
    (
        "R1c content",
        "*привет*",
        r#"{"spans":[{"style":"bold","start":1,"end":7,"text":"привет"}],"blocks":[]}"#,
    ),
    (
        "R1c content",
        "*{{1}}*",
        r#"{"spans":[{"style":"bold","start":1,"end":6,"text":"{{1}}"}],"blocks":[]}"#,
    ),
    (
        "R1c content",
        "\\*x\\*",
        r#"{"spans":[{"style":"bold","start":2,"end":4,"text":"x\\"}],"blocks":[]}"#,
    ),
    (
        "R1c content",
        "\\_x\\_",
        r#"{"spans":[{"style":"italic","start":2,"end":4,"text":"x\\"}],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "*b*.",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "*x*😀",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "*x*\u{a0}",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "*x*\u{200b}",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "*x*\u{301}",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "_x_y",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "_x_1",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "*ab* cd*",
        r#"{"spans":[{"style":"bold","start":1,"end":3,"text":"ab"}],"blocks":[]}"#,
    ),
    (
        "R1d closer followed by boundary",
        "*x*\u{20e3}",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R2 lazy closer",
        "*a*b*",
        r#"{"spans":[{"style":"bold","start":1,"end":4,"text":"a*b"}],"blocks":[]}"#,
    ),
    (
        "R2 lazy closer",
        "*a*b*c*",
        r#"{"spans":[{"style":"bold","start":1,"end":6,"text":"a*b*c"}],"blocks":[]}"#,
    ),
    (
        "R2 lazy closer",
        "*a* b*",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"}],"blocks":[]}"#,
    ),
    (
        "R2 lazy closer",
        "*x *y*",
        r#"{"spans":[{"style":"bold","start":1,"end":5,"text":"x *y"}],"blocks":[]}"#,
    ),
    (
        "R2 lazy closer",
        "*Note*s: see *below*",
        r#"{"spans":[{"style":"bold","start":1,"end":19,"text":"Note*s: see *below"}],"blocks":[]}"#,
    ),
    (
        "R2 lazy closer",
        "*bold*s more *x*",
        r#"{"spans":[{"style":"bold","start":1,"end":15,"text":"bold*s more *x"}],"blocks":[]}"#,
    ),
    (
        "R2 lazy closer",
        "_snake_case_",
        r#"{"spans":[{"style":"italic","start":1,"end":11,"text":"snake_case"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "*a* *b*",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"},{"style":"bold","start":5,"end":6,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "*a*,*b*",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"},{"style":"bold","start":5,"end":6,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "*a**b*",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"},{"style":"bold","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "*a*_b_",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"},{"style":"italic","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "_a_*b*",
        r#"{"spans":[{"style":"italic","start":1,"end":2,"text":"a"},{"style":"bold","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "*a*\n*b*",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"},{"style":"bold","start":5,"end":6,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "~a~~b~",
        r#"{"spans":[{"style":"strike","start":1,"end":2,"text":"a"},{"style":"strike","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "`a` `b`",
        r#"{"spans":[{"style":"code","start":1,"end":2,"text":"a"},{"style":"code","start":5,"end":6,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "_a_\n_b_",
        r#"{"spans":[{"style":"italic","start":1,"end":2,"text":"a"},{"style":"italic","start":5,"end":6,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R3 scanning",
        "*a*\n\n_b_",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"a"},{"style":"italic","start":6,"end":7,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "```mono```",
        r#"{"spans":[{"style":"mono","start":3,"end":7,"text":"mono"}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "```a b```",
        r#"{"spans":[{"style":"mono","start":3,"end":6,"text":"a b"}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "``` a ```",
        r#"{"spans":[{"style":"mono","start":3,"end":6,"text":" a "}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "```a\nb```",
        r#"{"spans":[{"style":"mono","start":3,"end":6,"text":"a\nb"}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "```\ncode\n```",
        r#"{"spans":[{"style":"mono","start":3,"end":9,"text":"\ncode\n"}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "x```a```y",
        r#"{"spans":[{"style":"mono","start":4,"end":5,"text":"a"}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "a```b```c",
        r#"{"spans":[{"style":"mono","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    ("R4 monospace", "```a", r#"{"spans":[],"blocks":[]}"#),
    (
        "R4 monospace",
        "```a```b```",
        r#"{"spans":[{"style":"mono","start":3,"end":4,"text":"a"}],"blocks":[]}"#,
    ),
    (
        "R4 monospace",
        "````a````",
        r#"{"spans":[{"style":"mono","start":3,"end":5,"text":"`a"}],"blocks":[]}"#,
    ),
    (
        "R5 suppression in code",
        "`*x*`",
        r#"{"spans":[{"style":"code","start":1,"end":4,"text":"*x*"}],"blocks":[]}"#,
    ),
    (
        "R5 suppression in code",
        "```*x*```",
        r#"{"spans":[{"style":"mono","start":3,"end":6,"text":"*x*"}],"blocks":[]}"#,
    ),
    (
        "R5 suppression in code",
        "`_x_`",
        r#"{"spans":[{"style":"code","start":1,"end":4,"text":"_x_"}],"blocks":[]}"#,
    ),
    (
        "R5 suppression in code",
        "```*a*``` *b*",
        r#"{"spans":[{"style":"mono","start":3,"end":6,"text":"*a*"},{"style":"bold","start":11,"end":12,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "*a _b* c_",
        r#"{"spans":[{"style":"bold","start":1,"end":5,"text":"a _b"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "_a *b_ c*",
        r#"{"spans":[{"style":"italic","start":1,"end":5,"text":"a *b"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "*a `b* c`",
        r#"{"spans":[{"style":"code","start":4,"end":8,"text":"b* c"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "*a ```b* c```",
        r#"{"spans":[{"style":"mono","start":6,"end":10,"text":"b* c"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "```a *b``` c*",
        r#"{"spans":[{"style":"mono","start":3,"end":7,"text":"a *b"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "`a *b` c*",
        r#"{"spans":[{"style":"code","start":1,"end":5,"text":"a *b"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "* a ```b\nc```",
        r#"{"spans":[{"style":"mono","start":7,"end":10,"text":"b\nc"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "```a\n- b```",
        r#"{"spans":[{"style":"mono","start":3,"end":8,"text":"a\n- b"}],"blocks":[]}"#,
    ),
    (
        "R6 overlap priority",
        "x\n```a\n- b\n```\n- c",
        r#"{"spans":[{"style":"mono","start":5,"end":11,"text":"a\n- b\n"}],"blocks":[{"kind":"bullet","line":5}]}"#,
    ),
    (
        "R7 nesting",
        "_~*nested*~_",
        r#"{"spans":[{"style":"italic","start":1,"end":11,"text":"nested"},{"style":"strike","start":2,"end":10,"text":"nested"},{"style":"bold","start":3,"end":9,"text":"nested"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*_bi_*",
        r#"{"spans":[{"style":"bold","start":1,"end":5,"text":"bi"},{"style":"italic","start":2,"end":4,"text":"bi"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*_a_*",
        r#"{"spans":[{"style":"bold","start":1,"end":4,"text":"a"},{"style":"italic","start":2,"end":3,"text":"a"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "~_*a*_~",
        r#"{"spans":[{"style":"strike","start":1,"end":6,"text":"a"},{"style":"italic","start":2,"end":5,"text":"a"},{"style":"bold","start":3,"end":4,"text":"a"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*a _b_ c*",
        r#"{"spans":[{"style":"bold","start":1,"end":8,"text":"a b c"},{"style":"italic","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "_a *b* c_",
        r#"{"spans":[{"style":"italic","start":1,"end":8,"text":"a b c"},{"style":"bold","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*a ~b~ _c_*",
        r#"{"spans":[{"style":"bold","start":1,"end":10,"text":"a b c"},{"style":"strike","start":4,"end":5,"text":"b"},{"style":"italic","start":8,"end":9,"text":"c"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*`code`*",
        r#"{"spans":[{"style":"bold","start":1,"end":7,"text":"code"},{"style":"code","start":2,"end":6,"text":"code"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*a `b` c*",
        r#"{"spans":[{"style":"bold","start":1,"end":8,"text":"a b c"},{"style":"code","start":4,"end":5,"text":"b"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*```x```*",
        r#"{"spans":[{"style":"bold","start":1,"end":8,"text":"x"},{"style":"mono","start":4,"end":5,"text":"x"}],"blocks":[]}"#,
    ),
    (
        "R7 nesting",
        "*a *b* c*",
        r#"{"spans":[{"style":"bold","start":1,"end":5,"text":"a *b"}],"blocks":[]}"#,
    ),
    (
        "R8 newlines",
        "*line one\nline two*",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    ("R8 newlines", "_a\nb_", r#"{"spans":[],"blocks":[]}"#),
    ("R8 newlines", "~a\nb~", r#"{"spans":[],"blocks":[]}"#),
    ("R8 newlines", "`a\nb`", r#"{"spans":[],"blocks":[]}"#),
    (
        "R8 newlines",
        "*a\rb*",
        r#"{"spans":[{"style":"bold","start":1,"end":4,"text":"a\rb"}],"blocks":[]}"#,
    ),
    (
        "R8 newlines",
        "*a\u{2028}b*",
        "{\"spans\":[{\"style\":\"bold\",\"start\":1,\"end\":4,\"text\":\"a\u{2028}b\"}],\"blocks\":[]}",
    ),
    (
        "R9 empty and repeated markers",
        "**",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "__",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "~~",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "``",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "``````",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "``` ```",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "***",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"*"}],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "****",
        r#"{"spans":[{"style":"bold","start":1,"end":2,"text":"*"}],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "_____",
        r#"{"spans":[{"style":"italic","start":1,"end":2,"text":"_"}],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "**bold**",
        r#"{"spans":[{"style":"bold","start":1,"end":6,"text":"*bold"}],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "~~x~~",
        r#"{"spans":[{"style":"strike","start":1,"end":3,"text":"~x"}],"blocks":[]}"#,
    ),
    (
        "R9 empty and repeated markers",
        "__init__",
        r#"{"spans":[{"style":"italic","start":1,"end":6,"text":"_init"}],"blocks":[]}"#,
    ),
    ("R10 no escape", "＊x＊", r#"{"spans":[],"blocks":[]}"#),
    (
        "R11 blocks",
        "* item",
        r#"{"spans":[],"blocks":[{"kind":"bullet","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "• item",
        r#"{"spans":[],"blocks":[{"kind":"bullet","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "- item",
        r#"{"spans":[],"blocks":[{"kind":"bullet","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "1. one",
        r#"{"spans":[],"blocks":[{"kind":"numbered","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "12. twelve",
        r#"{"spans":[],"blocks":[{"kind":"numbered","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "99. x",
        r#"{"spans":[],"blocks":[{"kind":"numbered","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "0. x",
        r#"{"spans":[],"blocks":[{"kind":"numbered","line":1}]}"#,
    ),
    ("R11 blocks", "123. no", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "1.x", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "1) no", r#"{"spans":[],"blocks":[]}"#),
    (
        "R11 blocks",
        "> quote",
        r#"{"spans":[],"blocks":[{"kind":"quote","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "> ",
        r#"{"spans":[],"blocks":[{"kind":"quote","line":1}]}"#,
    ),
    (
        "R11 blocks",
        ">\tx",
        r#"{"spans":[],"blocks":[{"kind":"quote","line":1}]}"#,
    ),
    ("R11 blocks", ">>x", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", ">text", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", ">  x", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "-  two", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "*  two", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "1.  x", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", " - x", r#"{"spans":[],"blocks":[]}"#),
    (
        "R11 blocks",
        "* bold*",
        r#"{"spans":[],"blocks":[{"kind":"bullet","line":1}]}"#,
    ),
    ("R11 blocks", "* ", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "- ", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "1. ", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "• ", r#"{"spans":[],"blocks":[]}"#),
    ("R11 blocks", "a - b", r#"{"spans":[],"blocks":[]}"#),
    (
        "R11 blocks",
        "1. x\n2. y",
        r#"{"spans":[],"blocks":[{"kind":"numbered","line":1},{"kind":"numbered","line":2}]}"#,
    ),
    (
        "R11 blocks",
        "text\n- a",
        r#"{"spans":[],"blocks":[{"kind":"bullet","line":2}]}"#,
    ),
    (
        "R11 blocks",
        "a\n* b\n- c\n1. d\n> e",
        r#"{"spans":[],"blocks":[{"kind":"bullet","line":2},{"kind":"bullet","line":3},{"kind":"numbered","line":4},{"kind":"quote","line":5}]}"#,
    ),
    (
        "R11 blocks",
        "* *x*",
        r#"{"spans":[{"style":"bold","start":3,"end":4,"text":"x"}],"blocks":[{"kind":"bullet","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "- *b*",
        r#"{"spans":[{"style":"bold","start":3,"end":4,"text":"b"}],"blocks":[{"kind":"bullet","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "> *x*",
        r#"{"spans":[{"style":"bold","start":3,"end":4,"text":"x"}],"blocks":[{"kind":"quote","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "1. _x_",
        r#"{"spans":[{"style":"italic","start":4,"end":5,"text":"x"}],"blocks":[{"kind":"numbered","line":1}]}"#,
    ),
    (
        "R11 blocks",
        "> *q* _r_",
        r#"{"spans":[{"style":"bold","start":3,"end":4,"text":"q"},{"style":"italic","start":7,"end":8,"text":"r"}],"blocks":[{"kind":"quote","line":1}]}"#,
    ),
    (
        "R12 unsupported syntax",
        "# Heading",
        r#"{"spans":[],"blocks":[]}"#,
    ),
    ("R12 unsupported syntax", "[t](u)", r#"{"spans":[],"blocks":[]}"#),
    (
        "R12 unsupported syntax",
        "||spoiler||",
        r#"{"spans":[],"blocks":[]}"#,
    ),
];

#[test]
fn preview_table_matches_the_spec() {
    assert!(PREVIEW_CASES.len() >= 100);
    let failures: Vec<String> = PREVIEW_CASES
        .iter()
        .filter_map(|(rule, input, expected)| {
            let actual = preview_json(input);
            (actual != *expected)
                .then(|| format!("{rule}: {input:?}\n  expected {expected}\n  actual   {actual}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn preview_table_inputs_are_unique() {
    let mut inputs: Vec<&str> = PREVIEW_CASES.iter().map(|(_, input, _)| *input).collect();
    inputs.sort_unstable();
    inputs.dedup();
    assert_eq!(inputs.len(), PREVIEW_CASES.len());
}

#[test]
fn preview_serializes_exactly() {
    assert_eq!(
        preview_json("> *a* _b_\n- x"),
        r#"{"spans":[{"style":"bold","start":3,"end":4,"text":"a"},{"style":"italic","start":7,"end":8,"text":"b"}],"blocks":[{"kind":"quote","line":1},{"kind":"bullet","line":2}]}"#
    );
    assert_eq!(preview_json(""), r#"{"spans":[],"blocks":[]}"#);
}

#[test]
fn preview_offsets_are_code_points() {
    // 😀 is one code point (two UTF-16 units, four bytes).
    let p = preview("😀 *é😀*");
    assert_eq!(
        p.spans,
        vec![PreviewSpan {
            style: "bold".into(),
            start: 3,
            end: 5,
            text: "é😀".into()
        }]
    );
}

#[test]
fn parse_reports_bytes_code_points_and_utf16() {
    let parsed = parse("😀 *é😀*");
    let span = &parsed.spans[0];
    assert_eq!(span.style, Style::Bold);
    assert_eq!(
        span.full,
        TextRange {
            start: Offset {
                byte: 5,
                char: 2,
                utf16: 3
            },
            end: Offset {
                byte: 13,
                char: 6,
                utf16: 8
            },
        }
    );
    assert_eq!(
        span.content,
        TextRange {
            start: Offset {
                byte: 6,
                char: 3,
                utf16: 4
            },
            end: Offset {
                byte: 12,
                char: 5,
                utf16: 7
            },
        }
    );
    assert!(span.children.is_empty());
}

#[test]
fn parse_nests_children_in_order() {
    let parsed = parse("_a *b* ~c~_ `d`");
    let styles: Vec<Style> = parsed.spans.iter().map(|s| s.style).collect();
    assert_eq!(styles, vec![Style::Italic, Style::Code]);
    let inner: Vec<(Style, usize, usize)> = parsed.spans[0]
        .children
        .iter()
        .map(|s| (s.style, s.content.start.char, s.content.end.char))
        .collect();
    assert_eq!(inner, vec![(Style::Bold, 4, 5), (Style::Strike, 8, 9)]);
    assert_eq!(parsed.spans[1].content.start.char, 13);
}

#[test]
fn parse_three_level_nesting_builds_a_chain() {
    let parsed = parse("_~*nested*~_");
    let italic = &parsed.spans[0];
    let strike = &italic.children[0];
    let bold = &strike.children[0];
    assert_eq!(
        (italic.style, strike.style, bold.style),
        (Style::Italic, Style::Strike, Style::Bold)
    );
    assert_eq!((bold.content.start.char, bold.content.end.char), (3, 9));
    assert_eq!((bold.full.start.char, bold.full.end.char), (2, 10));
}

#[test]
fn parse_blocks_have_lines_markers_and_numbers() {
    let parsed = parse("intro\n12. twelve\n• dot\n> quoted");
    let summary: Vec<(BlockKind, usize, usize, usize, Option<u8>)> = parsed
        .blocks
        .iter()
        .map(|b| {
            (
                b.kind,
                b.line,
                b.marker.start.byte,
                b.content.start.byte,
                b.number,
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (BlockKind::Numbered, 2, 6, 10, Some(12)),
            (BlockKind::Bullet, 3, 17, 21, None),
            (BlockKind::Quote, 4, 25, 27, None),
        ]
    );
    assert_eq!(parsed.blocks[1].content.end.byte, 24);
}

#[test]
fn parse_monospace_spans_lines_with_offsets() {
    let parsed = parse("a\n```x\ny```");
    assert_eq!(parsed.spans.len(), 1);
    let mono = &parsed.spans[0];
    assert_eq!(mono.style, Style::Mono);
    assert_eq!((mono.full.start.byte, mono.full.end.byte), (2, 11));
    assert_eq!((mono.content.start.byte, mono.content.end.byte), (5, 8));
}

// ---------------------------------------------------------------- HTML and ANSI

#[test]
fn html_renders_inline_styles() {
    assert_eq!(
        to_html("*b* _i_ ~s~ `c` ```m```"),
        "<div class=\"wa-text\"><strong>b</strong> <em>i</em> <s>s</s> <code>c</code> \
         <code class=\"wa-mono\">m</code></div>"
    );
}

#[test]
fn html_renders_nesting_and_lines() {
    assert_eq!(
        to_html("*_x_*\nnext"),
        "<div class=\"wa-text\"><strong><em>x</em></strong><br>next</div>"
    );
}

#[test]
fn html_groups_blocks() {
    assert_eq!(
        to_html("a\n* x\n- *y*\n3. three\n> q\n> r\nend"),
        "<div class=\"wa-text\">a</div><ul><li>x</li><li><strong>y</strong></li></ul>\
         <ol><li><span class=\"wa-number\">3.</span> three</li></ol>\
         <blockquote>q<br>r</blockquote><div class=\"wa-text\">end</div>"
    );
}

#[test]
fn html_multiline_monospace_uses_br() {
    assert_eq!(
        to_html("```a\n<b>```"),
        "<div class=\"wa-text\"><code class=\"wa-mono\">a<br>&lt;b&gt;</code></div>"
    );
}

#[test]
fn html_escapes_everything_from_the_input() {
    let html = to_html("<img src=x onerror=\"alert('1')\"> & *<b>*");
    assert_eq!(
        html,
        "<div class=\"wa-text\">&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt; &amp; \
         <strong>&lt;b&gt;</strong></div>"
    );
}

#[test]
fn html_only_emits_the_fixed_element_set() {
    let allowed = [
        "<div class=\"wa-text\">",
        "</div>",
        "<br>",
        "<strong>",
        "</strong>",
        "<em>",
        "</em>",
        "<s>",
        "</s>",
        "<code>",
        "<code class=\"wa-mono\">",
        "</code>",
        "<ul>",
        "</ul>",
        "<ol>",
        "</ol>",
        "<li>",
        "</li>",
        "<span class=\"wa-number\">",
        "</span>",
        "<blockquote>",
        "</blockquote>",
    ];
    let nasty = "<script>*x*</script>\n> <q>\n1. \"a\" _'b'_\n```<pre>```\n* `<i>`";
    let html = to_html(nasty);
    let mut rest = html.as_str();
    while let Some(open) = rest.find('<') {
        let tail = &rest[open..];
        let tag = allowed.iter().find(|t| tail.starts_with(**t));
        assert!(tag.is_some(), "unexpected markup at {tail:?}");
        rest = &tail[tag.map_or(1, |t| t.len())..];
    }
}

#[test]
fn ansi_renders_styles_and_blocks() {
    assert_eq!(
        to_ansi("*b* _i_\n- x\n2. y\n> q"),
        "\x1b[1mb\x1b[0m \x1b[3mi\x1b[0m\n• x\n2. y\n│ q"
    );
}

#[test]
fn ansi_restores_outer_styles_after_inner_span() {
    assert_eq!(to_ansi("*a _b_ c*"), "\x1b[1ma \x1b[3mb\x1b[0m\x1b[1m c\x1b[0m");
}

#[test]
fn ansi_neutralises_control_characters() {
    assert_eq!(to_ansi("\x1b[31mred\u{9b}x\tok"), "\u{FFFD}[31mred\u{FFFD}x\tok");
}

#[test]
fn ansi_keeps_literal_markers() {
    assert_eq!(to_ansi("foo*bar* 2 * 3"), "foo*bar* 2 * 3");
}

// ---------------------------------------------------------------- offsets

#[test]
fn byte_offsets_convert_to_code_points_and_utf16() {
    let text = "aé😀b";
    assert_eq!(byte_to_char_and_utf16(text, 0), (0, 0));
    assert_eq!(byte_to_char_and_utf16(text, 1), (1, 1));
    assert_eq!(byte_to_char_and_utf16(text, 2), (1, 1)); // inside é
    assert_eq!(byte_to_char_and_utf16(text, 3), (2, 2));
    assert_eq!(byte_to_char_and_utf16(text, 7), (3, 4));
    assert_eq!(byte_to_char_and_utf16(text, 8), (4, 5));
    assert_eq!(byte_to_char_and_utf16(text, 99), (4, 5));
    let map = OffsetMap::new(text);
    for byte in 0..10 {
        let at = map.at_byte(byte);
        assert_eq!(
            (at.char, at.utf16),
            byte_to_char_and_utf16(text, byte),
            "byte {byte}"
        );
    }
}

#[test]
fn finding_offsets_use_the_map() {
    let text = "😀 Hi *John *,";
    let findings = check(text, TextContext::Rendered);
    assert_eq!(findings.len(), 1);
    let (start, end) = findings[0].offsets(&OffsetMap::new(text));
    assert_eq!((start.byte, start.char, start.utf16), (14, 11, 12));
    assert_eq!((end.byte, end.char, end.utf16), (15, 12, 13));
}

// ---------------------------------------------------------------- checks

/// (check, start, end) of every finding.
fn found(text: &str, context: TextContext) -> Vec<(&'static str, usize, usize)> {
    check(text, context)
        .iter()
        .map(|f| (f.check.code_name(), f.start, f.end))
        .collect()
}

fn rendered(text: &str) -> Vec<(&'static str, usize, usize)> {
    found(text, TextContext::Rendered)
}

/// Applies the first finding's fix.
fn fixed(text: &str, context: TextContext) -> String {
    let findings = check(text, context);
    let fix = findings
        .iter()
        .find_map(|f| f.fix.clone())
        .unwrap_or(Replacement {
            start: 0,
            end: 0,
            with: String::new(),
        });
    format!("{}{}{}", &text[..fix.start], fix.with, &text[fix.end..])
}

#[test]
fn check_names_are_unique_kebab_case() {
    let all: Vec<Check> = crate::rules::format::RULES
        .iter()
        .map(|r| Check(r.rule))
        .collect();
    let mut names: Vec<&str> = all.iter().map(|c| c.code_name()).collect();
    for name in &names {
        assert!(name.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{name}");
        let serialized = serde_json::to_string(&all[names.iter().position(|n| n == name).unwrap_or(0)])
            .unwrap_or_default();
        assert_eq!(serialized, format!("\"{name}\""));
    }
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), all.len());
}

#[test]
fn clean_text_has_no_findings() {
    let clean = "Hi *John*, your order _#123_ ships ~today~ tomorrow.\n\
                 * one\n- two\n1. three\n> quoted `code` and ```mono```\n\
                 2 * 3 = 6, snake_case_name, price*";
    assert_eq!(rendered(clean), vec![]);
}

#[test]
fn literal_marker_whitespace_before_closer() {
    assert_eq!(
        rendered("Hi *John *,"),
        vec![("marker-will-show-literally", 9, 10)]
    );
    assert_eq!(fixed("Hi *John *,", TextContext::Rendered), "Hi *John*,");
}

#[test]
fn literal_marker_whitespace_after_opener() {
    assert_eq!(
        rendered("_ italic_ word"),
        vec![("marker-will-show-literally", 0, 1)]
    );
    assert_eq!(fixed("_ italic_ word", TextContext::Rendered), "_italic_ word");
    assert_eq!(
        rendered("(_  italic_)"),
        vec![("marker-will-show-literally", 1, 2)]
    );
    assert_eq!(fixed("(_  italic_)", TextContext::Rendered), "(_italic_)");
    // Whitespace on both sides reads as a plain symbol, not a marker.
    assert_eq!(rendered("2 * 3 = 6, price*"), vec![]);
}

#[test]
fn literal_marker_glued_before_opener() {
    assert_eq!(
        rendered("Order*{{1}}*"),
        vec![("marker-will-show-literally", 5, 6)]
    );
    assert_eq!(fixed("Order*{{1}}*", TextContext::Rendered), "Order *{{1}}*");
    assert_eq!(
        preview(&fixed("Order*{{1}}*", TextContext::Rendered)).spans.len(),
        1
    );
}

#[test]
fn literal_marker_glued_after_closer() {
    assert_eq!(rendered("the *x*s"), vec![("marker-will-show-literally", 6, 7)]);
}

#[test]
fn literal_marker_swallowed_closer() {
    assert_eq!(
        rendered("*Note*s: see *below*"),
        vec![("marker-will-show-literally", 5, 6)]
    );
}

#[test]
fn literal_marker_byte_ranges_after_multibyte_text() {
    // "é" and "😀" are 2 and 4 bytes: the range is in bytes.
    assert_eq!(rendered("é😀 *x *"), vec![("marker-will-show-literally", 10, 11)]);
}

#[test]
fn literal_marker_quiet_for_ordinary_symbols() {
    for text in [
        "2 * 3 * 4",
        "snake_case_name",
        "a ~ b ~ c",
        "price*",
        "5*3",
        "`a` b`",
        "*a* *b*",
    ] {
        assert_eq!(rendered(text), vec![], "{text}");
    }
}

#[test]
fn span_crossing_newline_fires_on_both_markers() {
    assert_eq!(
        rendered("*line one\nline two*"),
        vec![("span-crosses-newline", 0, 1), ("span-crosses-newline", 18, 19)]
    );
}

#[test]
fn span_crossing_newline_quiet_when_each_line_is_closed() {
    assert_eq!(rendered("*line one*\n*line two*"), vec![]);
    assert_eq!(rendered("5 *\n* 3"), vec![]);
}

#[test]
fn markdown_double_bold_fires_with_fix() {
    let findings = check("a **bold** b", TextContext::Rendered);
    assert_eq!(findings.len(), 1);
    assert_eq!(
        findings[0].check,
        Check(&crate::rules::format::markdown_double_marker::RULE)
    );
    assert_eq!((findings[0].start, findings[0].end), (2, 4));
    assert_eq!(
        findings[0].fix,
        Some(Replacement {
            start: 2,
            end: 10,
            with: "*bold*".into()
        })
    );
}

#[test]
fn markdown_double_italic_and_strike_fix() {
    // Markdown's `__x__` is bold; one word in `__` may be a name from code and is left alone.
    assert_eq!(
        fixed("a __very good__ day", TextContext::Rendered),
        "a *very good* day"
    );
    assert_eq!(fixed("__init__", TextContext::Rendered), "__init__");
    assert_eq!(fixed("was ~~old~~", TextContext::Rendered), "was ~old~");
}

#[test]
fn markdown_double_quiet_for_single_markers_and_empty_pairs() {
    assert_eq!(rendered("*bold* ** __ ~~"), vec![]);
    assert_eq!(rendered("`**x**`"), vec![]);
}

#[test]
fn markdown_heading_fires_with_fix() {
    assert_eq!(rendered("intro\n## Title"), vec![("markdown-heading", 6, 9)]);
    assert_eq!(fixed("## Title", TextContext::Rendered), "*Title*");
}

#[test]
fn markdown_heading_quiet_for_hashtags() {
    assert_eq!(rendered("#sale #2024 today"), vec![]);
    assert_eq!(rendered("Order # 5"), vec![]);
}

#[test]
fn markdown_link_fires_with_fix() {
    assert_eq!(
        rendered("see [docs](https://x.co) now"),
        vec![("markdown-link", 4, 24)]
    );
    assert_eq!(
        fixed("see [docs](https://x.co) now", TextContext::Rendered),
        "see docs: https://x.co now"
    );
}

#[test]
fn markdown_link_quiet_for_brackets() {
    assert_eq!(rendered("[note] (see below) [x]( y)"), vec![]);
}

#[test]
fn backslash_escape_fires() {
    assert_eq!(
        rendered("\\*x\\*"),
        vec![("backslash-escape", 0, 2), ("backslash-escape", 3, 5)]
    );
}

#[test]
fn backslash_escape_quiet_elsewhere() {
    assert_eq!(rendered("C:\\temp and `\\*`"), vec![]);
}

#[test]
fn crossing_spans_fire_on_the_losing_markers() {
    assert_eq!(
        rendered("*a _b* c_"),
        vec![("crossing-spans", 3, 4), ("crossing-spans", 8, 9)]
    );
}

#[test]
fn crossing_spans_fire_when_code_cancels_bold() {
    assert_eq!(
        rendered("*a `b* c`"),
        vec![("crossing-spans", 0, 1), ("crossing-spans", 5, 6)]
    );
}

#[test]
fn crossing_spans_quiet_for_nesting_and_fences() {
    assert_eq!(rendered("*a _b_ c* _d_"), vec![]);
    assert_eq!(rendered("say ```mono``` and `code`"), vec![]);
}

#[test]
fn accidental_bullet_instead_of_bold() {
    assert_eq!(rendered("* Sale*"), vec![("accidental-list-or-quote", 0, 2)]);
    assert_eq!(fixed("* Sale*", TextContext::Rendered), "*Sale*");
    // The would-be closer need not end the line.
    assert_eq!(
        rendered("* Important* read this first"),
        vec![("accidental-list-or-quote", 0, 2)]
    );
}

#[test]
fn accidental_quote_instead_of_more_than() {
    assert_eq!(rendered("> 100 users"), vec![("accidental-list-or-quote", 0, 2)]);
}

#[test]
fn accidental_quiet_for_real_items() {
    assert_eq!(rendered("* Sale\n* *Bold item*\n> quoted text"), vec![]);
    assert_eq!(rendered("* 2*3 pack\n* `a*` code"), vec![]);
}

#[test]
fn block_will_not_render_two_spaces() {
    assert_eq!(rendered("-  item"), vec![("list-or-quote-will-not-render", 0, 3)]);
    assert_eq!(fixed("1.  first", TextContext::Rendered), "1. first");
}

#[test]
fn block_will_not_render_indented() {
    assert_eq!(
        rendered("- a\n  - nested"),
        vec![("list-or-quote-will-not-render", 4, 8)]
    );
    assert_eq!(fixed("  - nested", TextContext::Rendered), "- nested");
}

#[test]
fn block_will_not_render_missing_space() {
    assert_eq!(rendered(">text"), vec![("list-or-quote-will-not-render", 0, 1)]);
    assert_eq!(fixed(">text", TextContext::Rendered), "> text");
    assert_eq!(fixed("1.item", TextContext::Rendered), "1. item");
    assert_eq!(rendered("•item"), vec![("list-or-quote-will-not-render", 0, 3)]);
}

#[test]
fn block_will_not_render_paren_and_nested_quote() {
    assert_eq!(fixed("1) item", TextContext::Rendered), "1. item");
    assert_eq!(rendered(">> deep"), vec![("list-or-quote-will-not-render", 0, 2)]);
}

#[test]
fn block_will_not_render_quiet_for_prose() {
    for text in [
        "-5 degrees",
        "1.5 kg",
        ">= 3",
        "a - b",
        "->",
        "*bold* start",
        "123. x",
    ] {
        assert_eq!(rendered(text), vec![], "{text}");
    }
}

#[test]
fn formatting_not_rendered_in_plain_context() {
    assert_eq!(
        found("*Sale* today", TextContext::Plain),
        vec![
            ("formatting-not-rendered", 0, 1),
            ("formatting-not-rendered", 5, 6)
        ]
    );
    // Unrendered list markers read exactly as typed (`1. Pizza` as a row title): quiet.
    assert_eq!(found("- item", TextContext::Plain), vec![]);
    assert_eq!(found("1. Margherita", TextContext::Plain), vec![]);
}

#[test]
fn formatting_not_rendered_fix_removes_both_markers() {
    let text = "Order *ready* now";
    let findings = check(text, TextContext::Plain);
    assert_eq!(findings.len(), 2);
    for finding in &findings {
        let fix = finding.fix.as_ref().expect("fix");
        let mut fixed = text.to_string();
        fixed.replace_range(fix.start..fix.end, &fix.with);
        assert_eq!(fixed, "Order ready now");
    }
}

#[test]
fn formatting_not_rendered_quiet_for_plain_text() {
    assert_eq!(found("Hello - world 2 * 3", TextContext::Plain), vec![]);
    assert_eq!(found("*Sale* today", TextContext::Rendered), vec![]);
}

#[test]
fn parameter_marker_may_combine() {
    assert_eq!(
        found("a*", TextContext::Parameter),
        vec![("parameter-marker-may-combine", 1, 2)]
    );
    assert_eq!(
        found("_", TextContext::Parameter),
        vec![("parameter-marker-may-combine", 0, 1)]
    );
}

#[test]
fn parameter_marker_quiet_when_it_cannot_combine() {
    for value in ["john_doe", "5 * 3", "*sale*", "plain"] {
        assert_eq!(found(value, TextContext::Parameter), vec![], "{value}");
    }
}

#[test]
fn every_finding_has_a_help_and_a_message() {
    let text = "Hi *John *, **x** # no\n# Head\n[a](b) \\* *a _b* c_ * s*\n-  x\n*l\nm*";
    let findings = check(text, TextContext::Rendered);
    assert!(findings.len() >= 8, "{findings:?}");
    for f in &findings {
        assert!(!f.message.is_empty());
        assert!(f.help.as_deref().is_some_and(|h| !h.is_empty()), "{f:?}");
    }
}

// ---------------------------------------------------------------- robustness

/// Deterministic pseudo-random texts over the characters that matter to the parser.
fn generated_texts(count: usize) -> Vec<String> {
    const ALPHABET: &[char] = &[
        '*', '_', '~', '`', ' ', '\n', 'a', '1', 'é', '😀', '>', '-', '•', '.', '\\', '#', '[', ']', '(',
        ')', '\u{a0}', '{', '}', '\u{20e3}', '\u{fe0f}',
    ];
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = (next() % 40) as usize;
            (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect()
        })
        .collect()
}

fn assert_range_ok(text: &str, range: &TextRange) {
    for at in [range.start, range.end] {
        assert!(text.is_char_boundary(at.byte), "{text:?} {range:?}");
        assert_eq!((at.char, at.utf16), byte_to_char_and_utf16(text, at.byte));
    }
    assert!(range.start.byte <= range.end.byte);
}

fn assert_span_ok(text: &str, span: &Span) {
    assert_range_ok(text, &span.full);
    assert_range_ok(text, &span.content);
    assert!(span.full.start.byte < span.content.start.byte);
    assert!(span.content.start.byte < span.content.end.byte);
    assert!(span.content.end.byte < span.full.end.byte);
    for child in &span.children {
        assert!(child.full.start.byte >= span.content.start.byte);
        assert!(child.full.end.byte <= span.content.end.byte);
        assert_span_ok(text, child);
    }
}

#[test]
fn generated_inputs_keep_every_invariant() {
    for text in generated_texts(3000) {
        let parsed = parse(&text);
        for span in &parsed.spans {
            assert_span_ok(&text, span);
        }
        let p = preview(&text);
        assert!(p.spans.windows(2).all(|w| w[0].start <= w[1].start), "{text:?}");
        for block in &parsed.blocks {
            assert_range_ok(&text, &block.marker);
            assert_range_ok(&text, &block.content);
        }
        let _ = to_html(&text);
        let _ = to_ansi(&text);
        for context in [TextContext::Rendered, TextContext::Plain, TextContext::Parameter] {
            for f in check(&text, context) {
                assert!(f.start <= f.end && f.end <= text.len(), "{text:?} {f:?}");
                assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
                if let Some(fix) = &f.fix {
                    assert!(fix.start <= fix.end && fix.end <= text.len());
                    assert!(text.is_char_boundary(fix.start) && text.is_char_boundary(fix.end));
                }
            }
        }
    }
}

#[test]
fn one_megabyte_pathological_inputs_parse() {
    const MB: usize = 1 << 20;
    let inputs = [
        "*".repeat(MB),
        "*_".repeat(MB / 2),
        format!("`{}", "a".repeat(MB)),
        format!("```{}", "a `".repeat(MB / 3)),
        "*a ".repeat(MB / 3),
        "[".repeat(MB),
    ];
    for text in &inputs {
        let parsed = parse(text);
        let findings = check(text, TextContext::Rendered);
        assert!(parsed.spans.len() <= text.len() / 3 + 1);
        assert!(findings.len() <= text.len());
    }
    // 1M asterisks: `***` is bold `*`, and each closer opens the next span (R3, R9).
    assert_eq!(parse(&inputs[0]).spans.len(), MB / 3);
}

// ---------------------------------------------------------------- Markdown left by LLMs (F012–F015)

/// Whether a finding of check `which` is reported on `text` in rendered text.
fn reports(text: &str, which: Check) -> bool {
    check(text, TextContext::Rendered)
        .iter()
        .any(|f| f.check == which)
}

#[test]
fn markdown_table_fires_on_the_delimiter_row() {
    let text = "Plans:\n| Plan | Price |\n|------|:-----:|\n| Basic | $5 |\n| Pro | $9 |\nThanks";
    assert_eq!(rendered(text), vec![("markdown-table", 24, 40)]);
    let findings = check(text, TextContext::Rendered);
    assert_eq!(
        findings[0].fix,
        Some(Replacement {
            start: 7,
            end: 68,
            with: "Basic: $5\nPro: $9".into()
        })
    );
    assert_eq!(
        fixed(text, TextContext::Rendered),
        "Plans:\nBasic: $5\nPro: $9\nThanks"
    );
    assert!(findings[0]
        .help
        .as_deref()
        .is_some_and(|h| h.contains("`Basic: $5`")));
    // Pipes at the ends are optional; more columns name each value.
    assert_eq!(
        fixed(
            "Plan | Data | Price\n--- | --- | ---\nBasic | 1 GB | $5",
            TextContext::Rendered
        ),
        "Basic — Data: 1 GB, Price: $5"
    );
    // Parameter values are checked too (the checks do not depend on the template around).
    assert_eq!(
        found("| a | b |\n|---|---|", TextContext::Parameter),
        vec![("markdown-table", 10, 19)]
    );
}

#[test]
fn markdown_table_quiet_for_pipes_in_prose_and_code() {
    for text in [
        "Open Mon | Tue | Wed\nClosed on Sunday",
        "a | b\n- c",
        "```\n| a | b |\n|---|---|\n```",
        "| a | b |\n|---|",
        "Price --- | see below",
        "a|b",
    ] {
        assert_eq!(rendered(text), vec![], "{text}");
    }
    // Not checked where formatting does not render.
    assert_eq!(found("| a | b |\n|---|---|", TextContext::Plain), vec![]);
}

#[test]
fn markdown_bold_italic_fires_once_with_fix() {
    let findings = check("Öl ***Ana***!", TextContext::Rendered);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(
        findings[0].check,
        Check(&crate::rules::format::markdown_bold_italic::RULE)
    );
    assert_eq!((findings[0].start, findings[0].end), (4, 7));
    assert_eq!(
        findings[0].fix,
        Some(Replacement {
            start: 4,
            end: 13,
            with: "*_Ana_*".into()
        })
    );
    assert_eq!(fixed("___note___ here", TextContext::Rendered), "_*note*_ here");
    // The stray markers are not reported again as literal or doubled markers.
    assert_eq!(
        rendered("a ***b*** and *c*"),
        vec![("markdown-bold-italic", 2, 5)]
    );
    assert_eq!(
        found("***VIP***", TextContext::Parameter),
        vec![("markdown-bold-italic", 0, 3)]
    );
    assert_eq!(preview(&fixed("***b***", TextContext::Rendered)).spans.len(), 2);
}

#[test]
fn markdown_bold_italic_quiet_for_lookalikes() {
    for text in [
        "*_ok_* and _*ok*_",
        "2 *** 3",
        "a***b***c",
        "`***x***`",
        "*** Note ***",
        "**bold** text",
        "***",
    ] {
        assert!(
            !reports(text, Check(&crate::rules::format::markdown_bold_italic::RULE)),
            "{text}"
        );
    }
    assert_eq!(rendered("*_ok_* and _*ok*_"), vec![]);
    // `**` alone is still F003's business.
    assert!(reports(
        "**bold** text",
        Check(&crate::rules::format::markdown_double_marker::RULE)
    ));
}

#[test]
fn markdown_horizontal_rule_fires_with_fix() {
    // `---` in a text with other Markdown (a model's reply); alone, it is a typed divider.
    let rule = Check(&crate::rules::format::markdown_horizontal_rule::RULE);
    let rules_in = |text: &str| -> Vec<(usize, usize)> {
        check(text, TextContext::Rendered)
            .iter()
            .filter(|f| f.check == rule)
            .map(|f| (f.start, f.end))
            .collect()
    };
    assert_eq!(rules_in("Intro **now**\n---\nMore"), vec![(14, 17)]);
    assert_eq!(rules_in("## Intro\n---\nMore"), vec![(9, 12)]);
    assert_eq!(rules_in("See [this](https://x.y)\n---\nMore"), vec![(24, 27)]);
    assert_eq!(rendered("Intro\n---\nMore"), vec![]);
    assert_eq!(rendered("*Intro*\n---\nMore"), vec![]);
    assert_eq!(
        fixed("Intro __now__\n---\nMore", TextContext::Rendered),
        fixed("Intro __now__\n\nMore", TextContext::Rendered)
    );
    // `***` renders as a bold `*`, `- - -` as a bullet, an indented `_ _ _` as typed: one
    // finding each, no literal-marker or list findings.
    assert_eq!(rendered("A\n***\nB"), vec![("markdown-horizontal-rule", 2, 5)]);
    assert_eq!(rendered("A\n- - -\nB"), vec![("markdown-horizontal-rule", 2, 7)]);
    assert_eq!(
        rendered("A\n  _ _ _\nB"),
        vec![("markdown-horizontal-rule", 2, 9)]
    );
    assert_eq!(rendered("A\n*****\nB"), vec![("markdown-horizontal-rule", 2, 7)]);
    assert_eq!(fixed("A\r\n___\r\nB", TextContext::Rendered), "A\r\n\nB");
}

#[test]
fn markdown_horizontal_rule_fix_only_between_text() {
    for text in ["***", "***\nHello", "Hello\n***", "{{1}}\n***\n{{2}}", "---\n***"] {
        let findings = check(text, TextContext::Rendered);
        assert!(!findings.is_empty(), "{text}");
        for finding in &findings {
            assert_eq!(
                finding.check,
                Check(&crate::rules::format::markdown_horizontal_rule::RULE),
                "{text}"
            );
            assert_eq!(finding.fix, None, "{text}");
        }
    }
    // Two rules between two texts: both go.
    let findings = check("A\n---\n***\nB", TextContext::Rendered);
    assert_eq!(findings.len(), 2);
    assert!(findings.iter().all(|f| f.fix.is_some()));
    assert!(check("Hi {{1}}\n***\nThanks", TextContext::Rendered)[0]
        .fix
        .is_some());
}

#[test]
fn markdown_horizontal_rule_quiet_for_lookalikes() {
    for text in [
        "a---b",
        "-- note",
        "Total ---- 5",
        "--",
        "* * x",
        "```\n---\n```",
        "-5 --- 3",
        "-*-",
    ] {
        assert!(
            !reports(text, Check(&crate::rules::format::markdown_horizontal_rule::RULE)),
            "{text}"
        );
    }
    assert_eq!(rendered("a---b\n-- note\nTotal ---- 5\n```\n---\n```"), vec![]);
    // A parameter value `---` is substituted mid-line: not a rule.
    assert_eq!(found("---", TextContext::Parameter), vec![]);
    assert!(!found("***", TextContext::Plain)
        .iter()
        .any(|f| f.0 == "markdown-horizontal-rule"));
}

#[test]
fn fenced_code_language_fires_with_fix() {
    let text = "Run:\n```python\nprint('hi')\n```";
    assert_eq!(rendered(text), vec![("fenced-code-language", 8, 14)]);
    assert_eq!(fixed(text, TextContext::Rendered), "Run:\n```\nprint('hi')\n```");
    assert_eq!(
        rendered("```c++\r\nint x;\r\n```"),
        vec![("fenced-code-language", 3, 6)]
    );
    assert_eq!(
        fixed("```c++\r\nint x;\r\n```", TextContext::Rendered),
        "```\r\nint x;\r\n```"
    );
    // A name of at most 30 characters; a longer first word is content.
    let at_limit = format!("```{}\nx```", "a".repeat(30));
    assert_eq!(rendered(&at_limit), vec![("fenced-code-language", 3, 33)]);
    let over = format!("```{}\nx```", "a".repeat(31));
    assert_eq!(rendered(&over), vec![]);
}

#[test]
fn fenced_code_language_quiet_without_a_tag() {
    for text in [
        "```\ncode\n```",
        "```python```",
        "```python\n```",
        "Total```abc\nx```",
        "```Total\n$5```",
        "```python\nno closing fence",
        "``` python\nx```",
    ] {
        assert_eq!(rendered(text), vec![], "{text}");
    }
}

#[test]
fn llm_markdown_checks_stay_linear_on_huge_inputs() {
    const MB: usize = 1 << 20;
    // (text, whether it has findings)
    let inputs = [
        ("|-|\n".repeat(MB / 4), true),
        ("---\n".repeat(MB / 4), false),
        ("a\n---\n".repeat(MB / 6), false),
        (format!("**a**\n{}", "a\n---\n".repeat(MB / 6)), true),
        ("***a*** ".repeat(MB / 8), true),
        (format!("```py\n{}```", "a ".repeat(MB / 2)), true),
        ("| a | b |\n|---|---|\n".repeat(MB / 20), true),
        (format!("```{}\nx```", "a".repeat(MB)), false),
        // A run of dashes alone is a divider; spaced, it is a rule.
        ("-".repeat(MB), false),
        ("- ".repeat(MB / 2), true),
    ];
    for (text, has_findings) in &inputs {
        let findings = check(text, TextContext::Rendered);
        assert_eq!(!findings.is_empty(), *has_findings);
        assert!(findings.len() <= text.len());
        // Messages quote a bounded part of the text.
        assert!(findings.iter().all(|f| f.message.len() < 1_000));
    }
}
