//! A cheap byte scan that tells whether a text can have findings at all. Most strings of a
//! payload (names, titles, plain sentences) hold no formatting character, and for them the
//! full analysis (decoding, candidate scan, per-character facts) would be wasted.

use super::TextContext;

/// Whether `text` holds a character some check of `context` looks at. `false` guarantees
/// that [`super::check`] finds nothing:
/// - inline markers `*` `_` `~` `` ` `` (spans, literal markers, doubled markers, backslash
///   escapes, parameter markers, formatting in plain places) — a backslash escape needs one;
/// - `#` (Markdown headings) and `[` (Markdown links);
/// - outside plain places, `|` (Markdown tables);
/// - in rendered text, a line whose first character after spaces and tabs can start a list
///   item or quote: `*` `•` `-` `>` or a digit (accidental and unrendered lists and quotes,
///   and `---` horizontal rules; `***` and `___` rules hold an inline marker).
///
/// Bold italic `***x***` and fenced-code languages (```` ```python ````) hold inline markers.
pub fn may_have_findings(text: &str, context: TextContext) -> bool {
    let tables = context != TextContext::Plain;
    let inline = text
        .bytes()
        .any(|b| matches!(b, b'*' | b'_' | b'~' | b'`' | b'#' | b'[') || (tables && b == b'|'));
    inline || (context == TextContext::Rendered && has_block_like_line(text))
}

/// A line that starts (after spaces and tabs) like a list item or a quote.
fn has_block_like_line(text: &str) -> bool {
    text.split('\n').any(|line| {
        line.trim_start_matches([' ', '\t'])
            .starts_with(|c: char| matches!(c, '*' | '•' | '-' | '>') || c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests {
    use super::super::{check_analysed, TextContext};
    use super::may_have_findings;

    const CONTEXTS: [TextContext; 3] = [TextContext::Rendered, TextContext::Plain, TextContext::Parameter];

    #[test]
    fn plain_sentences_are_skipped() {
        for text in [
            "Hello João, your order is ready. Thanks!",
            "Olá 👋 2 items (x3)",
            "",
        ] {
            for context in CONTEXTS {
                assert!(!may_have_findings(text, context), "{text:?}");
            }
        }
        assert!(may_have_findings("Total:\n  - 3 items", TextContext::Rendered));
        assert!(!may_have_findings("Total:\n  - 3 items", TextContext::Plain));
        assert!(may_have_findings("*hi*", TextContext::Plain));
        // Tables are checked in rendered text and parameter values, not in plain places.
        assert!(may_have_findings("a | b\n--|--", TextContext::Rendered));
        assert!(may_have_findings("a | b\n--|--", TextContext::Parameter));
        assert!(!may_have_findings("a | b\n--|--", TextContext::Plain));
    }

    /// Every text the checks report on passes the scan: texts built from the characters the
    /// checks care about, mixed with ordinary ones, in every context.
    #[test]
    fn never_skips_a_text_with_findings() {
        let alphabet = [
            "*", "_", "~", "`", "```", "#", "# ", "[", "](", ")", "\\", "-", "- ", "• ", ">", "> ", ">>",
            "1", "1. ", "1) ", "  ", "\t", "\n", " ", "a", "é", "😀", ".", "x", "|", " | ", "|---|", ":",
            "---", "- - -", "***", "___", "```py\n", "```js", "\r\n", "\r", "|:-:|\n",
        ];
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for _ in 0..20_000 {
            let len = (next() % 9) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            for context in CONTEXTS {
                if !may_have_findings(&text, context) {
                    assert_eq!(
                        check_analysed(&text, context),
                        Vec::new(),
                        "{text:?} in {context:?}"
                    );
                }
            }
        }
    }
}
