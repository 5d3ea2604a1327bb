//! P013 send-url-button-suffix

use std::fmt::Write;

use super::parts::{text_of, SendView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic};
use crate::rules::message::is_http_url;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when a URL button's parameter is a whole `http(s)://` URL, or holds characters that must be percent-encoded.
    ///
    /// ## Why is this bad
    /// The parameter of a `"sub_type": "url"` button is a suffix: Meta appends it to the
    /// template's URL (`https://example.com/track/{{1}}`). A whole URL doubles the base
    /// (`https://example.com/track/https://…`), a mistake seen in real code
    /// (https://github.com/shridarpatil/frappe_whatsapp/issues/188). Meta also says special
    /// characters in the suffix must be URL-encoded: walint checks whitespace, non-ASCII
    /// characters, `|`, `<`, `>`, `"`, `{`, `}`, `\`, `^`, backtick, and a `%` that starts no
    /// escape. Meta's answer to either is not documented (the button may open a broken link), so
    /// this is a warning. When encoding is the only problem, the safe fix percent-encodes those
    /// characters (their UTF-8 bytes as `%XX`) and leaves the rest, escapes such as `%20`
    /// included.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "0",
    ///    "parameters": [{"type": "text", "text": "order 4521|express"}]}]}}
    /// ```
    /// Use instead: the suffix percent-encoded; for a whole URL, send only the part after the
    /// template's base URL.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "0",
    ///    "parameters": [{"type": "text", "text": "order%204521%7Cexpress"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://github.com/shridarpatil/frappe_whatsapp/issues/188
    pub static RULE = {
        code: "P013",
        name: "send-url-button-suffix",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

/// Whether the character `c` at byte `at` of `text` must be percent-encoded in a URL
/// suffix: whitespace, controls, non-ASCII, the characters URLs never hold as such, and a
/// `%` that does not start an escape (`%20`).
fn must_encode(text: &str, at: usize, c: char) -> bool {
    match c {
        '%' => !text
            .as_bytes()
            .get(at + 1..at + 3)
            .is_some_and(|hex| hex.iter().all(u8::is_ascii_hexdigit)),
        '|' | '<' | '>' | '"' | '{' | '}' | '\\' | '^' | '`' => true,
        c => c.is_whitespace() || c.is_ascii_control() || !c.is_ascii(),
    }
}

/// The byte range of the first character of `text` that must be percent-encoded, and how
/// many such characters the text has.
fn first_unencoded(text: &str) -> Option<(usize, usize, usize)> {
    let mut found = text.char_indices().filter(|&(at, c)| must_encode(text, at, c));
    let (start, c) = found.next()?;
    Some((start, start + c.len_utf8(), 1 + found.count()))
}

/// `text` with every character that must be encoded replaced by its UTF-8 bytes as `%XX`
/// (upper-case hex); everything else, escapes such as `%20` included, is kept as written.
fn percent_encoded(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (at, c) in text.char_indices() {
        if must_encode(text, at, c) {
            let mut buffer = [0u8; 4];
            for byte in c.encode_utf8(&mut buffer).bytes() {
                let _ = write!(out, "%{byte:02X}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        let buttons = list
            .iter()
            .filter(|c| c.kind == "button" && c.sub_type.as_deref() == Some("url"));
        for button in buttons {
            for (at, parameter) in button.parameters() {
                let Some(text) = text_of(parameter) else {
                    continue;
                };
                let whole_url = is_http_url(text.trim_start());
                if whole_url {
                    ctx.report(
                        Diagnostic::new(
                            &RULE,
                            at.key("text"),
                            "this URL button parameter is a whole URL: Meta appends it to the template's URL",
                        )
                        .with_help("send only the part that follows the template's base URL (the value of its `{{1}}`)"),
                    );
                }
                let Some((start, end, count)) = first_unencoded(text) else {
                    continue;
                };
                let message = if count == 1 {
                    "this URL suffix has a character that must be percent-encoded".to_owned()
                } else {
                    format!("this URL suffix has {count} characters that must be percent-encoded")
                };
                let diagnostic = Diagnostic::new(&RULE, at.key("text"), message)
                    .with_text_range(text, start, end)
                    .with_help("percent-encode the value (spaces as %20) before sending it");
                ctx.report(if whole_url {
                    diagnostic
                } else {
                    diagnostic.with_fix(
                        Applicability::Safe,
                        "percent-encode the suffix",
                        Value::from(percent_encoded(text)),
                    )
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{first_unencoded, percent_encoded};
    use crate::diagnostic::Applicability;
    use crate::{lint_value, Kind, Options};

    #[test]
    fn encodes_only_the_offending_characters_as_upper_case_utf8_bytes() {
        assert_eq!(percent_encoded("order 4521|express"), "order%204521%7Cexpress");
        assert_eq!(percent_encoded("café"), "caf%C3%A9");
        assert_eq!(
            percent_encoded("a<b>\"c\"{d}\\e^f`g"),
            "a%3Cb%3E%22c%22%7Bd%7D%5Ce%5Ef%60g"
        );
        assert_eq!(percent_encoded("日本"), "%E6%97%A5%E6%9C%AC");
        assert_eq!(percent_encoded("🎉"), "%F0%9F%8E%89");
        assert_eq!(percent_encoded("tab\there"), "tab%09here");
        // Escapes, reserved and unreserved characters stay as written.
        assert_eq!(
            percent_encoded("a%20b?c=d&e#f/g:h~i%7c"),
            "a%20b?c=d&e#f/g:h~i%7c"
        );
        // A `%` that starts no escape is itself encoded.
        assert_eq!(percent_encoded("50% off"), "50%25%20off");
        assert_eq!(percent_encoded("100%"), "100%25");
        assert_eq!(percent_encoded("%zz%2"), "%25zz%252");
    }

    #[test]
    fn finds_the_first_offending_character_and_counts_them() {
        assert_eq!(first_unencoded("abc"), None);
        assert_eq!(first_unencoded("a b c"), Some((1, 2, 2)));
        // Byte offsets: "é" takes two bytes.
        assert_eq!(first_unencoded("xé|"), Some((1, 3, 2)));
        assert_eq!(first_unencoded("a%2Fb"), None);
        assert_eq!(first_unencoded("a%2"), Some((1, 2, 1)));
    }

    fn lint_suffix(text: &str) -> Vec<crate::diagnostic::Diagnostic> {
        let message = json!({"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
            "template": {"name": "order_shipped", "language": {"code": "en_US"}, "components": [
                {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": text}]}]}});
        lint_value(&message, Kind::Auto, &Options::default())
            .diagnostics
            .into_iter()
            .filter(|d| d.code == "P013")
            .collect()
    }

    #[test]
    fn unencoded_suffix_gets_a_safe_fix_and_a_range_on_the_character() {
        let found = lint_suffix("order 4521");
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].pointer, "/template/components/0/parameters/0/text");
        let range = found[0].text_range.expect("range");
        assert_eq!((range.start, range.end), (5, 6));
        let fix = found[0].fix.as_ref().expect("fix");
        assert_eq!(fix.applicability, Applicability::Safe);
        assert_eq!(fix.edits[0].value, "order%204521");
    }

    #[test]
    fn whole_url_is_reported_and_its_encoding_finding_has_no_fix() {
        let found = lint_suffix("https://example.com/about");
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].message.contains("whole URL"));
        let found = lint_suffix("https://example.com/a b");
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found.iter().all(|d| d.fix.is_none()));
        assert!(lint_suffix("4521?ref=wa").is_empty());
    }
}
