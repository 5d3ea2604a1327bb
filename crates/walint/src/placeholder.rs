//! Template variables (`{{1}}`, `{{first_name}}`): find them, flag malformed ones, and answer the
//! structural questions the template rules ask (gaps, mixing, dangling, adjacency, word ratio).
//!
//! Sources are rule ids of rules.md §9.2: `tcreate.var.braces`, `tcreate.var.named.format`,
//! `tcreate.var.no-special-chars`, `tcreate.var.positional.sequence`, `tcreate.var.no-mixing`,
//! `tcreate.var.no-dangling`, `tcreate.var.no-adjacent`, `tcreate.var.ratio`.
//!
//! Offsets are byte offsets into the scanned text. They always sit on char boundaries: every
//! boundary the scanner records is next to an ASCII brace, an ASCII word character or the text end.
//! The scanner only reports shapes; severities and policies (length cap of 20 on names, digits in
//! names, duplicates) belong to the rules.

use serde::Serialize;

/// What a well-formed variable refers to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VarKind {
    /// `{{1}}`, `{{2}}` … (always ≥ 1: `{{0}}` is reported as malformed).
    Positional(u32),
    /// `{{first_name}}`: matches `^[a-z_][a-z0-9_]*$`. Digits after the first char are accepted here
    /// and left to a rule (rules.md gap 7); so is the peer length cap of 20.
    Named(String),
}

/// A well-formed variable; `start..end` covers the whole `{{…}}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Var {
    pub kind: VarKind,
    pub start: usize,
    pub end: usize,
}

/// Why a placeholder-looking piece of text is not a valid variable.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MalformedKind {
    /// Whitespace inside the braces: `{{ 1 }}`, `{{first name}}`.
    Spaces,
    /// One brace on each side: `{1}`, `{name}`.
    SingleBraces,
    /// Brace counts differ or are not two: `{{1}`, `{{1}}}`, `{{{1}}}`, `{1}}`, `1}}`, unclosed `{{1`.
    Unbalanced,
    /// Characters other than letters, digits and `_`: `{{#1}}`, `{{$x}}`, or digits then letters `{{1a}}`.
    SpecialCharacters,
    /// Nothing (or only whitespace) inside: `{{}}`, `{{ }}`.
    Empty,
    /// A name that is not lowercase ASCII: `{{First_Name}}`, `{{prénom}}`.
    InvalidName,
    /// A number that cannot be a positional index: `{{0}}`, `{{01}}`, or beyond `u32`.
    InvalidNumber,
}

/// A placeholder-looking span that Meta would reject, with the corrected placeholder when one is obvious.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Malformed {
    pub kind: MalformedKind,
    pub start: usize,
    pub end: usize,
    pub suggestion: Option<String>,
}

/// Everything found in one text, each list in text order.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Scan {
    pub vars: Vec<Var>,
    pub malformed: Vec<Malformed>,
}

/// Scans `text` for variables and malformed placeholders. Never panics; linear in the text length.
#[cfg_attr(walint_speed, optimize(speed))]
pub fn scan(text: &str) -> Scan {
    let bytes = text.as_bytes();
    let mut scan = Scan::default();
    let mut pos = 0;
    // Start of text not yet claimed by a reported span; a stray `}}` may look back to here only.
    let mut floor = 0;
    while let Some(&byte) = bytes.get(pos) {
        pos = match byte {
            b'{' => {
                let next = scan_opening(text, pos, &mut scan);
                if next > pos + 1 {
                    floor = next;
                }
                next
            }
            b'}' => {
                let next = scan_stray_closing(text, pos, floor, &mut scan);
                if next > pos + 1 {
                    floor = next;
                }
                next
            }
            _ => pos + 1,
        };
    }
    scan
}

fn run_length(bytes: &[u8], from: usize, wanted: u8) -> usize {
    bytes
        .get(from..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| b == wanted).count())
}

/// Handles a run of `{` starting at `start`; returns where scanning continues.
fn scan_opening(text: &str, start: usize, scan: &mut Scan) -> usize {
    let bytes = text.as_bytes();
    let opens = run_length(bytes, start, b'{');
    let after_opens = start + opens;
    // Content stops at any brace or line break: a placeholder never spans lines.
    let content_end = bytes
        .get(after_opens..)
        .and_then(|rest| {
            rest.iter()
                .position(|&b| matches!(b, b'{' | b'}' | b'\n' | b'\r'))
        })
        .map_or(bytes.len(), |offset| after_opens + offset);
    let content = text.get(after_opens..content_end).unwrap_or("");
    let closes = run_length(bytes, content_end, b'}');
    let end = content_end + closes;

    if opens == 1 {
        // A lone `{` is ordinary text unless it wraps a bare word: `{1}`, `{name}` (not `{ a }`).
        let inner = content;
        if closes == 0 || !is_word(inner) {
            return after_opens;
        }
        let kind = if closes == 1 {
            MalformedKind::SingleBraces
        } else {
            MalformedKind::Unbalanced
        };
        push_malformed(scan, kind, start, end, suggestion_for(inner));
        return end;
    }

    if closes == 0 {
        let inner = content.trim();
        if is_word(inner) {
            push_malformed(
                scan,
                MalformedKind::Unbalanced,
                start,
                content_end,
                suggestion_for(inner),
            );
            return content_end;
        }
        push_malformed(scan, MalformedKind::Unbalanced, start, after_opens, None);
        return after_opens;
    }

    let classified = classify(content);
    if opens == 2 && closes == 2 {
        match classified {
            Ok(kind) => scan.vars.push(Var { kind, start, end }),
            Err((kind, suggestion)) => push_malformed(scan, kind, start, end, suggestion),
        }
    } else {
        let suggestion = match classified {
            Ok(kind) => Some(render(&kind)),
            Err((_, suggestion)) => suggestion,
        };
        push_malformed(scan, MalformedKind::Unbalanced, start, end, suggestion);
    }
    end
}

/// Handles a `}` that no opening claimed: `1}}` is a broken placeholder, a single `}` is text.
fn scan_stray_closing(text: &str, start: usize, floor: usize, scan: &mut Scan) -> usize {
    let bytes = text.as_bytes();
    let closes = run_length(bytes, start, b'}');
    let end = start + closes;
    if closes < 2 {
        return end;
    }
    let word_len = bytes.get(floor.min(start)..start).map_or(0, |before| {
        before
            .iter()
            .rev()
            .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
            .count()
    });
    let word_start = start - word_len;
    let word = text.get(word_start..start).unwrap_or("");
    let suggestion = if word.is_empty() {
        None
    } else {
        suggestion_for(word)
    };
    push_malformed(scan, MalformedKind::Unbalanced, word_start, end, suggestion);
    end
}

fn push_malformed(
    scan: &mut Scan,
    kind: MalformedKind,
    start: usize,
    end: usize,
    suggestion: Option<String>,
) {
    scan.malformed.push(Malformed {
        kind,
        start,
        end,
        suggestion,
    });
}

/// ASCII letters, digits and `_` only, non-empty: the shape that makes single braces look intended.
fn is_word(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// `^[a-z_][a-z0-9_]*$` (rules.md tcreate.var.named.format, digits accepted: gap 7).
pub fn is_valid_name(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'_'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'_'))
}

/// The placeholder text for a variable kind: `{{1}}` or `{{name}}`.
pub fn render(kind: &VarKind) -> String {
    match kind {
        VarKind::Positional(n) => format!("{{{{{n}}}}}"),
        VarKind::Named(name) => format!("{{{{{name}}}}}"),
    }
}

type Classified = Result<VarKind, (MalformedKind, Option<String>)>;

/// Classifies what sits between exactly two opening and two closing braces.
fn classify(content: &str) -> Classified {
    let trimmed = content.trim();
    if trimmed.is_empty() {
        return Err((MalformedKind::Empty, None));
    }
    let core = classify_trimmed(trimmed);
    if trimmed.len() == content.len() {
        return core;
    }
    match core {
        Ok(kind) => Err((MalformedKind::Spaces, Some(render(&kind)))),
        Err(problem) => Err(problem),
    }
}

fn classify_trimmed(s: &str) -> Classified {
    if s.bytes().all(|b| b.is_ascii_digit()) {
        return classify_number(s);
    }
    if is_valid_name(s) {
        return Ok(VarKind::Named(s.to_owned()));
    }
    let word_chars = |c: char| c.is_alphanumeric() || c == '_';
    if s.chars().any(char::is_whitespace) && s.chars().all(|c| word_chars(c) || c.is_whitespace()) {
        return Err((MalformedKind::Spaces, suggestion_for(s)));
    }
    if s.chars().all(word_chars) && !s.starts_with(|c: char| c.is_ascii_digit()) {
        return Err((MalformedKind::InvalidName, suggestion_for(s)));
    }
    Err((MalformedKind::SpecialCharacters, suggestion_for(s)))
}

fn classify_number(digits: &str) -> Classified {
    let stripped = digits.trim_start_matches('0');
    match stripped.parse::<u32>() {
        Ok(n) if stripped.len() == digits.len() => Ok(VarKind::Positional(n)),
        Ok(n) => Err((
            MalformedKind::InvalidNumber,
            Some(render(&VarKind::Positional(n))),
        )),
        // Empty after stripping means zero; otherwise the number overflows u32.
        Err(_) => Err((MalformedKind::InvalidNumber, None)),
    }
}

/// The obvious fix for a broken placeholder's inside, if the cleaned text is a valid variable:
/// leading symbols (`#1`, `$x`) are dropped, whitespace/`-`/`.` become `_`, letters are lowercased.
/// Anything else (inner symbols, non-ASCII text, three words or more) gets no suggestion:
/// guessing would mislead.
fn suggestion_for(inner: &str) -> Option<String> {
    let inner = inner
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_punctuation() && c != '_');
    // Three words or more are an expression of the sender's template engine (`a or b`,
    // `x if y else z`), not a name: a long made-up variable would mislead.
    if inner.is_empty() || !inner.is_ascii() || inner.split_ascii_whitespace().nth(2).is_some() {
        return None;
    }
    let mut cleaned = String::with_capacity(inner.len());
    for c in inner.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            cleaned.push(c.to_ascii_lowercase());
        } else if c == '-' || c == '.' || c.is_ascii_whitespace() {
            if !cleaned.ends_with('_') {
                cleaned.push('_');
            }
        } else {
            return None;
        }
    }
    if cleaned.bytes().all(|b| b.is_ascii_digit()) {
        return match classify_number(&cleaned) {
            Ok(kind) => Some(render(&kind)),
            Err((_, fix)) => fix,
        };
    }
    is_valid_name(&cleaned).then(|| render(&VarKind::Named(cleaned)))
}

/// Result of checking positional numbers against `1..=n` (rules.md tcreate.var.positional.sequence).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PositionalGaps {
    /// Highest number used, if any positional variable exists.
    pub highest: Option<u32>,
    /// Missing numbers as inclusive ranges, e.g. `{{1}} {{4}}` → `[(2, 3)]`.
    pub missing: Vec<(u32, u32)>,
    /// Numbers used more than once, ascending. Meta documents no ban on reuse (example counts follow
    /// distinct numbers, inferred), so rules should treat this as informational at most.
    pub repeated: Vec<u32>,
}

impl PositionalGaps {
    /// True when the numbers used are exactly `1..=highest` (or there are none).
    pub fn is_sequential(&self) -> bool {
        self.missing.is_empty()
    }
}

/// Checks that positional numbers run 1..=n without gaps. Order of appearance is free: Meta accepts
/// `{{1}} … {{3}} … {{2}}` (BSP mirror of the review rules), so it is not reported.
pub fn positional_gaps(scan: &Scan) -> PositionalGaps {
    let mut numbers: Vec<u32> = scan
        .vars
        .iter()
        .filter_map(|var| match var.kind {
            VarKind::Positional(n) => Some(n),
            VarKind::Named(_) => None,
        })
        .collect();
    numbers.sort_unstable();
    let mut gaps = PositionalGaps {
        highest: numbers.last().copied(),
        ..PositionalGaps::default()
    };
    let mut expected: u32 = 1;
    let mut previous: Option<u32> = None;
    for n in numbers {
        if previous == Some(n) {
            if gaps.repeated.last() != Some(&n) {
                gaps.repeated.push(n);
            }
            continue;
        }
        if n > expected {
            gaps.missing.push((expected, n - 1));
        }
        expected = n.saturating_add(1);
        previous = Some(n);
    }
    gaps
}

/// True when the text uses both `{{1}}`-style and `{{name}}`-style variables (rules.md tcreate.var.no-mixing).
pub fn mixes_named_and_positional(scan: &Scan) -> bool {
    let positional = scan.vars.iter().any(|v| matches!(v.kind, VarKind::Positional(_)));
    let named = scan.vars.iter().any(|v| matches!(v.kind, VarKind::Named(_)));
    positional && named
}

/// Distinct variables in order of first appearance: what the `example` values must cover.
pub fn distinct_vars(scan: &Scan) -> Vec<&VarKind> {
    let mut seen: Vec<&VarKind> = Vec::new();
    for var in &scan.vars {
        if !seen.contains(&&var.kind) {
            seen.push(&var.kind);
        }
    }
    seen
}

/// Characters that do not count as text around a dangling variable: whitespace and punctuation
/// (ASCII and common Unicode marks, WhatsApp formatting markers included). A BSP mirror of Meta's
/// review rules says a body "ending in a variable + punctuation" still counts as ending in a variable.
fn is_filler(c: char) -> bool {
    c.is_whitespace()
        || (c.is_ascii_punctuation() && c != '{' && c != '}')
        || matches!(
            c,
            '¡' | '¿'
                | '…'
                | '«'
                | '»'
                | '‹'
                | '›'
                | '“'
                | '”'
                | '„'
                | '‘'
                | '’'
                | '‚'
                | '–'
                | '—'
                | '·'
                | '•'
                | '。'
                | '、'
                | '，'
                | '！'
                | '？'
                | '：'
                | '；'
                | '「'
                | '」'
                | '『'
                | '』'
                | '（'
                | '）'
                | '؟'
                | '،'
                | '؛'
                | '।'
        )
}

/// `(starts_with_var, ends_with_var)`: whether the text begins or ends with a well-formed variable
/// once leading/trailing whitespace and punctuation are ignored (rules.md tcreate.var.no-dangling;
/// Meta error 2388299 "Leading or trailing params not allowed"). `*{{1}}*.` ends with a variable;
/// `{{1}} 🎉` does not (an emoji is content). Malformed placeholders are not considered.
pub fn dangling(text: &str, scan: &Scan) -> (bool, bool) {
    let starts = text
        .char_indices()
        .find(|&(_, c)| !is_filler(c))
        .is_some_and(|(at, _)| scan.vars.iter().any(|v| v.start == at));
    let ends = text
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_filler(c))
        .is_some_and(|(at, c)| {
            let after = at + c.len_utf8();
            scan.vars.iter().any(|v| v.end == after)
        });
    (starts, ends)
}

/// Pairs of indices into `scan.vars` of consecutive variables separated only by whitespace (or
/// nothing): `{{1}}{{2}}`, `{{1}} {{2}}` (rules.md tcreate.var.no-adjacent). Punctuation between
/// them is enough separation per Meta's rejection text ("without text or punctuation between them").
pub fn adjacent_pairs(text: &str, scan: &Scan) -> Vec<(usize, usize)> {
    scan.vars
        .windows(2)
        .enumerate()
        .filter_map(|(index, pair)| {
            let [first, second] = pair else { return None };
            let between = text.get(first.end..second.start)?;
            between
                .chars()
                .all(char::is_whitespace)
                .then_some((index, index + 1))
        })
        .collect()
}

/// Minimum static words per variable; with the `+ 1` below this is the peer heuristic for
/// `PARAMS_TO_WORD_RATIO_EXCEED_LIMIT` (rules.md gap 6 / tcreate.var.ratio): Syniverse's
/// "words + params ≥ 3n + 1" and Maqsam's "2x + 1 non-variable words" are the same bound.
/// Meta publishes no number, so rules should warn, not error.
pub const MIN_WORDS_PER_VAR: usize = 2;

/// Word and variable counts of a text, for the variable-to-word ratio heuristic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WordsToVars {
    /// Whitespace-separated tokens with at least one letter or digit, variables removed.
    pub words: usize,
    /// Variable occurrences (a repeated `{{1}}` counts each time).
    pub vars: usize,
    /// `MIN_WORDS_PER_VAR * vars + 1`, or 0 without variables.
    pub min_words: usize,
}

impl WordsToVars {
    /// True when the text has fewer static words than the heuristic wants.
    pub fn exceeds_limit(&self) -> bool {
        self.words < self.min_words
    }

    /// Static words per variable, `None` without variables.
    pub fn ratio(&self) -> Option<f64> {
        (self.vars > 0).then(|| self.words as f64 / self.vars as f64)
    }
}

/// Counts static words against variables. Placeholder spans (valid or malformed) are removed
/// before counting, so `Hi {{1}},` has one word. Emoji-only and punctuation-only tokens are not words.
pub fn words_to_vars_ratio(text: &str, scan: &Scan) -> WordsToVars {
    let mut spans: Vec<(usize, usize)> = scan
        .vars
        .iter()
        .map(|v| (v.start, v.end))
        .chain(scan.malformed.iter().map(|m| (m.start, m.end)))
        .collect();
    spans.sort_unstable();
    let mut words = 0;
    let mut cursor = 0;
    for (start, end) in spans {
        if start >= cursor {
            words += count_words(text.get(cursor..start).unwrap_or(""));
            cursor = end;
        }
    }
    words += count_words(text.get(cursor..).unwrap_or(""));
    let vars = scan.vars.len();
    let min_words = if vars == 0 {
        0
    } else {
        vars.saturating_mul(MIN_WORDS_PER_VAR).saturating_add(1)
    };
    WordsToVars {
        words,
        vars,
        min_words,
    }
}

#[cfg_attr(walint_speed, optimize(speed))]
fn count_words(segment: &str) -> usize {
    // One pass: a token between whitespace counts once it holds a letter or a digit. Scripts
    // written without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar) count a word per
    // character: more than their words, so the ratio rule errs on the side of silence.
    let (mut count, mut counted) = (0, false);
    for c in segment.chars() {
        if c.is_whitespace() {
            counted = false;
        } else if c >= '\u{0E00}' && is_spaceless_script(c) {
            count += 1;
            counted = false;
        } else if !counted && c.is_alphanumeric() {
            count += 1;
            counted = true;
        }
    }
    count
}

/// A letter of a script written without spaces between words.
fn is_spaceless_script(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}' // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{3040}'..='\u{30FF}' // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}') // CJK ideographs
}

/// Replaces each well-formed variable with `values(var)`; variables without a value and malformed
/// placeholders stay as written. Used for the hydrated-length checks (rules.md tsend.params.hydrated-length).
pub fn hydrate(text: &str, values: &dyn Fn(&Var) -> Option<String>) -> String {
    let scanned = scan(text);
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    for var in &scanned.vars {
        out.push_str(text.get(cursor..var.start).unwrap_or(""));
        match values(var) {
            Some(value) => out.push_str(&value),
            None => out.push_str(text.get(var.start..var.end).unwrap_or("")),
        }
        cursor = var.end;
    }
    out.push_str(text.get(cursor..).unwrap_or(""));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaceless_scripts_count_a_word_per_character() {
        assert_eq!(count_words("您的订单已发货"), 7);
        assert_eq!(count_words("ご注文 ありがとう"), 8);
        assert_eq!(count_words("คำสั่งซื้อ ok"), 11);
    }

    #[test]
    fn words_are_whitespace_separated_tokens_with_a_letter_or_digit() {
        for text in [
            "",
            "  ",
            "a b",
            " Hi,  João — 3 items!\n\t… 👋 ",
            "x\u{2003}y",
            "-- -- a--b",
        ] {
            let expected = text
                .split_whitespace()
                .filter(|token| token.chars().any(char::is_alphanumeric))
                .count();
            assert_eq!(count_words(text), expected, "{text:?}");
        }
    }

    fn positional(n: u32, start: usize, end: usize) -> Var {
        Var {
            kind: VarKind::Positional(n),
            start,
            end,
        }
    }

    fn named(name: &str, start: usize, end: usize) -> Var {
        Var {
            kind: VarKind::Named(name.to_owned()),
            start,
            end,
        }
    }

    /// The single malformed report of `text`, asserting there are no variables.
    fn only_malformed(text: &str) -> Malformed {
        let mut s = scan(text);
        assert!(s.vars.is_empty(), "{text:?} gave vars {:?}", s.vars);
        assert_eq!(s.malformed.len(), 1, "{text:?} gave {:?}", s.malformed);
        s.malformed.remove(0)
    }

    fn assert_malformed(text: &str, kind: MalformedKind, suggestion: Option<&str>) {
        let m = only_malformed(text);
        assert_eq!(m.kind, kind, "kind for {text:?}");
        assert_eq!(m.suggestion.as_deref(), suggestion, "suggestion for {text:?}");
    }

    // ---- scan: valid variables ----

    #[test]
    fn finds_positional_variables_with_offsets() {
        let s = scan("Hi {{1}}, order {{2}} ok");
        assert_eq!(s.vars, vec![positional(1, 3, 8), positional(2, 16, 21)]);
        assert!(s.malformed.is_empty());
    }

    #[test]
    fn finds_named_variables() {
        let s = scan("Hello {{first_name}} and {{_x9}}");
        assert_eq!(s.vars, vec![named("first_name", 6, 20), named("_x9", 25, 32)]);
        assert!(s.malformed.is_empty());
    }

    #[test]
    fn named_with_digits_after_first_char_is_accepted() {
        let s = scan("a {{line2}} b");
        assert_eq!(s.vars, vec![named("line2", 2, 11)]);
    }

    #[test]
    fn adjacent_variables_are_both_found() {
        let s = scan("{{1}}{{2}}");
        assert_eq!(s.vars, vec![positional(1, 0, 5), positional(2, 5, 10)]);
        assert!(s.malformed.is_empty());
    }

    #[test]
    fn plain_text_and_lone_braces_are_ignored() {
        for text in [
            "",
            "no variables here",
            "a { b } c",
            "json {\"a\": 1}",
            "{ }",
            "price}",
            "set {a, b}",
        ] {
            assert_eq!(scan(text), Scan::default(), "{text:?}");
        }
    }

    #[test]
    fn offsets_are_char_boundaries_with_emoji_and_accents() {
        let text = "Olá {{1}} 🎉 café {{nome}} ñ {{ 2 }}";
        let s = scan(text);
        assert_eq!(s.vars.len(), 2);
        for var in &s.vars {
            assert!(text.is_char_boundary(var.start) && text.is_char_boundary(var.end));
        }
        assert_eq!(text.get(s.vars[0].start..s.vars[0].end), Some("{{1}}"));
        assert_eq!(text.get(s.vars[1].start..s.vars[1].end), Some("{{nome}}"));
        let m = &s.malformed[0];
        assert_eq!(text.get(m.start..m.end), Some("{{ 2 }}"));
        assert_eq!(m.suggestion.as_deref(), Some("{{2}}"));
    }

    #[test]
    fn multibyte_text_inside_braces_never_panics() {
        for text in [
            "{{é}}", "{{🎉}}", "{é}", "{{ñ", "é}}", "{{{", "}}}", "{", "}", "{{", "}}",
        ] {
            let s = scan(text);
            for m in &s.malformed {
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
    }

    #[test]
    fn every_short_brace_soup_scans_consistently() {
        // Exhaustive over short strings: no panic, spans on char boundaries, ordered, disjoint,
        // and hydrating every variable with its own text gives the input back.
        let alphabet = ['{', '}', '1', 'a', 'A', ' ', 'é', '\n', '#'];
        let mut stack: Vec<String> = vec![String::new()];
        while let Some(text) = stack.pop() {
            let s = scan(&text);
            let mut spans: Vec<(usize, usize)> = s
                .vars
                .iter()
                .map(|v| (v.start, v.end))
                .chain(s.malformed.iter().map(|m| (m.start, m.end)))
                .collect();
            spans.sort_unstable();
            let mut last_end = 0;
            for (start, end) in spans {
                assert!(start >= last_end && start < end && end <= text.len(), "{text:?}");
                assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
                last_end = end;
            }
            let same = hydrate(&text, &|v: &Var| text.get(v.start..v.end).map(str::to_owned));
            assert_eq!(same, text);
            if text.chars().count() < 5 {
                for c in alphabet {
                    let mut longer = text.clone();
                    longer.push(c);
                    stack.push(longer);
                }
            }
        }
    }

    // ---- scan: malformed ----

    #[test]
    fn spaces_inside_are_flagged_with_fix() {
        assert_malformed("Hi {{ 1 }}!", MalformedKind::Spaces, Some("{{1}}"));
        assert_malformed("Hi {{1 }}!", MalformedKind::Spaces, Some("{{1}}"));
        assert_malformed("Hi {{ name}}!", MalformedKind::Spaces, Some("{{name}}"));
        assert_malformed(
            "Hi {{first name}}!",
            MalformedKind::Spaces,
            Some("{{first_name}}"),
        );
    }

    #[test]
    fn single_braces_are_flagged() {
        let m = only_malformed("Hi {1}, ok");
        assert_eq!(m.kind, MalformedKind::SingleBraces);
        assert_eq!((m.start, m.end), (3, 6));
        assert_eq!(m.suggestion.as_deref(), Some("{{1}}"));
        assert_malformed("Hi {Name}", MalformedKind::SingleBraces, Some("{{name}}"));
    }

    #[test]
    fn unbalanced_braces_are_flagged() {
        assert_malformed("a {{1} b", MalformedKind::Unbalanced, Some("{{1}}"));
        assert_malformed("a {{1}}} b", MalformedKind::Unbalanced, Some("{{1}}"));
        assert_malformed("a {{{1}}} b", MalformedKind::Unbalanced, Some("{{1}}"));
        assert_malformed("a {1}} b", MalformedKind::Unbalanced, Some("{{1}}"));
        assert_malformed("a 1}} b", MalformedKind::Unbalanced, Some("{{1}}"));
        assert_malformed("a {{1 b", MalformedKind::Unbalanced, None);
        assert_malformed("a {{1", MalformedKind::Unbalanced, Some("{{1}}"));
        assert_malformed("a }} b", MalformedKind::Unbalanced, None);
    }

    #[test]
    fn unbalanced_spans_cover_the_braces() {
        let text = "a {{{1}}} b";
        let m = only_malformed(text);
        assert_eq!(text.get(m.start..m.end), Some("{{{1}}}"));
        let text = "x 1}} y";
        let m = only_malformed(text);
        assert_eq!(text.get(m.start..m.end), Some("1}}"));
    }

    #[test]
    fn unclosed_opening_does_not_swallow_next_variable() {
        let s = scan("{{1 then {{2}} end");
        assert_eq!(s.vars, vec![positional(2, 9, 14)]);
        assert_eq!(s.malformed.len(), 1);
        assert_eq!(s.malformed[0].kind, MalformedKind::Unbalanced);
    }

    #[test]
    fn placeholder_does_not_span_lines() {
        let s = scan("a {{1\n}} b");
        assert!(s.vars.is_empty());
        assert_eq!(s.malformed.len(), 2);
        assert!(s.malformed.iter().all(|m| m.kind == MalformedKind::Unbalanced));
    }

    #[test]
    fn special_characters_are_flagged() {
        assert_malformed("a {{#1}} b", MalformedKind::SpecialCharacters, Some("{{1}}"));
        assert_malformed("a {{$x}} b", MalformedKind::SpecialCharacters, Some("{{x}}"));
        assert_malformed("a {{1a}} b", MalformedKind::SpecialCharacters, None);
        assert_malformed(
            "a {{first-name}} b",
            MalformedKind::SpecialCharacters,
            Some("{{first_name}}"),
        );
        assert_malformed("a {{🎉}} b", MalformedKind::SpecialCharacters, None);
        assert_malformed("a {{ var or 'x' }} b", MalformedKind::SpecialCharacters, None);
        // A template-engine expression, not a name.
        assert_malformed(
            "a {{ user.name or user.phone }} b",
            MalformedKind::SpecialCharacters,
            None,
        );
    }

    #[test]
    fn empty_placeholders_are_flagged() {
        assert_malformed("a {{}} b", MalformedKind::Empty, None);
        assert_malformed("a {{  }} b", MalformedKind::Empty, None);
    }

    #[test]
    fn uppercase_and_non_ascii_names_are_invalid() {
        assert_malformed(
            "a {{First_Name}} b",
            MalformedKind::InvalidName,
            Some("{{first_name}}"),
        );
        assert_malformed("a {{ First }} b", MalformedKind::InvalidName, Some("{{first}}"));
        assert_malformed("a {{prénom}} b", MalformedKind::InvalidName, None);
    }

    #[test]
    fn invalid_numbers_are_flagged() {
        assert_malformed("a {{0}} b", MalformedKind::InvalidNumber, None);
        assert_malformed("a {{01}} b", MalformedKind::InvalidNumber, Some("{{1}}"));
        assert_malformed("a {{99999999999}} b", MalformedKind::InvalidNumber, None);
    }

    #[test]
    fn malformed_and_valid_mix_in_order() {
        let s = scan("{1} then {{2}} then {{x}}");
        assert_eq!(s.vars, vec![positional(2, 9, 14), named("x", 20, 25)]);
        assert_eq!(s.malformed.len(), 1);
        assert_eq!((s.malformed[0].start, s.malformed[0].end), (0, 3));
    }

    // ---- is_valid_name / render ----

    #[test]
    fn valid_name_matches_the_documented_pattern() {
        assert!(is_valid_name("first_name"));
        assert!(is_valid_name("_"));
        assert!(is_valid_name("a1"));
        assert!(!is_valid_name(""));
        assert!(!is_valid_name("1a"));
        assert!(!is_valid_name("First"));
        assert!(!is_valid_name("a-b"));
        assert!(!is_valid_name("é"));
    }

    #[test]
    fn render_writes_double_braces() {
        assert_eq!(render(&VarKind::Positional(3)), "{{3}}");
        assert_eq!(render(&VarKind::Named("x_y".into())), "{{x_y}}");
    }

    // ---- positional_gaps ----

    #[test]
    fn sequential_numbers_have_no_gaps() {
        let gaps = positional_gaps(&scan("a {{1}} b {{2}} c {{3}}"));
        assert!(gaps.is_sequential());
        assert_eq!(gaps.highest, Some(3));
        assert!(gaps.repeated.is_empty());
    }

    #[test]
    fn order_of_appearance_is_free() {
        assert!(positional_gaps(&scan("{{1}} x {{3}} y {{2}}")).is_sequential());
    }

    #[test]
    fn gaps_are_reported_as_ranges() {
        let gaps = positional_gaps(&scan("{{1}} {{2}} {{5}} {{7}}"));
        assert_eq!(gaps.missing, vec![(3, 4), (6, 6)]);
        assert_eq!(gaps.highest, Some(7));
        let gaps = positional_gaps(&scan("{{2}}"));
        assert_eq!(gaps.missing, vec![(1, 1)]);
    }

    #[test]
    fn huge_numbers_give_one_range() {
        let gaps = positional_gaps(&scan("{{1}} {{4294967295}}"));
        assert_eq!(gaps.missing, vec![(2, 4_294_967_294)]);
    }

    #[test]
    fn repeated_numbers_are_listed_once() {
        let gaps = positional_gaps(&scan("{{1}} {{2}} {{1}} {{1}} {{2}}"));
        assert!(gaps.is_sequential());
        assert_eq!(gaps.repeated, vec![1, 2]);
    }

    #[test]
    fn no_positional_variables_means_no_gaps() {
        let gaps = positional_gaps(&scan("hi {{name}}"));
        assert_eq!(gaps, PositionalGaps::default());
        assert!(gaps.is_sequential());
    }

    // ---- mixes_named_and_positional / distinct_vars ----

    #[test]
    fn mixing_is_detected() {
        assert!(mixes_named_and_positional(&scan("{{1}} and {{name}}")));
        assert!(!mixes_named_and_positional(&scan("{{1}} and {{2}}")));
        assert!(!mixes_named_and_positional(&scan("{{a}} and {{b}}")));
        assert!(!mixes_named_and_positional(&scan("nothing")));
    }

    #[test]
    fn distinct_vars_keep_first_appearance_order() {
        let s = scan("{{2}} {{1}} {{2}} {{x}} {{x}}");
        assert_eq!(
            distinct_vars(&s),
            vec![
                &VarKind::Positional(2),
                &VarKind::Positional(1),
                &VarKind::Named("x".into())
            ]
        );
    }

    // ---- dangling ----

    #[test]
    fn dangling_start_and_end() {
        let text = "{{1}}, your order is ready {{2}}";
        assert_eq!(dangling(text, &scan(text)), (true, true));
        let text = "Hi {{1}}, your order is ready.";
        assert_eq!(dangling(text, &scan(text)), (false, false));
    }

    #[test]
    fn dangling_ignores_whitespace_and_punctuation() {
        let text = "  *{{1}}*, hello from us {{2}}.  ";
        assert_eq!(dangling(text, &scan(text)), (true, true));
        let text = "¡{{nombre}}! hola señor {{fecha}}…";
        assert_eq!(dangling(text, &scan(text)), (true, true));
    }

    #[test]
    fn emoji_and_words_count_as_content() {
        let text = "🎉 {{1}} is here 🎉";
        assert_eq!(dangling(text, &scan(text)), (false, false));
        let text = "Olá {{1}} café";
        assert_eq!(dangling(text, &scan(text)), (false, false));
    }

    #[test]
    fn malformed_placeholders_are_not_dangling_variables() {
        let text = "{{ 1 }} hello";
        assert_eq!(dangling(text, &scan(text)), (false, false));
        assert_eq!(dangling("", &scan("")), (false, false));
        assert_eq!(dangling(" . ", &scan(" . ")), (false, false));
    }

    #[test]
    fn only_a_variable_dangles_both_ways() {
        let text = "{{1}}";
        assert_eq!(dangling(text, &scan(text)), (true, true));
    }

    // ---- adjacent_pairs ----

    #[test]
    fn adjacent_pairs_with_nothing_or_whitespace_between() {
        let text = "Hi {{1}}{{2}} and {{3}} \u{a0}\t{{4}}, {{5}}";
        assert_eq!(adjacent_pairs(text, &scan(text)), vec![(0, 1), (2, 3)]);
    }

    #[test]
    fn punctuation_or_words_separate_variables() {
        let text = "{{1}}, {{2}} and {{3}}-{{4}}";
        assert!(adjacent_pairs(text, &scan(text)).is_empty());
    }

    #[test]
    fn adjacent_pairs_work_with_multibyte_text() {
        let text = "é {{a}} {{b}} ü {{c}}🎉{{d}}";
        assert_eq!(adjacent_pairs(text, &scan(text)), vec![(0, 1)]);
    }

    // ---- words_to_vars_ratio ----

    #[test]
    fn ratio_threshold_is_two_words_per_var_plus_one() {
        let text = "Hi {{1}}, gate {{2}}. Thank you.";
        let r = words_to_vars_ratio(text, &scan(text));
        assert_eq!((r.words, r.vars, r.min_words), (4, 2, 5));
        assert!(r.exceeds_limit());
        let text = "Hi {{1}}, your order {{2}} has shipped.";
        let r = words_to_vars_ratio(text, &scan(text));
        assert_eq!((r.words, r.vars, r.min_words), (5, 2, 5));
        assert!(!r.exceeds_limit());
        assert_eq!(r.ratio(), Some(2.5));
    }

    #[test]
    fn ratio_without_variables_never_exceeds() {
        let r = words_to_vars_ratio("", &scan(""));
        assert_eq!((r.words, r.vars, r.min_words), (0, 0, 0));
        assert!(!r.exceeds_limit());
        assert_eq!(r.ratio(), None);
    }

    #[test]
    fn ratio_ignores_emoji_punctuation_and_placeholders() {
        let text = "🎉 — {{1}} {{ 2 }} café olé";
        let r = words_to_vars_ratio(text, &scan(text));
        assert_eq!((r.words, r.vars), (2, 1));
        assert!(r.exceeds_limit());
    }

    #[test]
    fn word_glued_to_variable_still_counts() {
        let text = "order#{{1}} shipped today";
        let r = words_to_vars_ratio(text, &scan(text));
        assert_eq!(r.words, 3);
    }

    // ---- hydrate ----

    #[test]
    fn hydrate_fills_known_values_and_keeps_the_rest() {
        let text = "Olá {{1}}, {{nome}} {{ 2 }} {{3}} 🎉";
        let out = hydrate(text, &|var: &Var| match &var.kind {
            VarKind::Positional(1) => Some("João".to_owned()),
            VarKind::Named(name) if name == "nome" => Some("Zoë 😀".to_owned()),
            _ => None,
        });
        assert_eq!(out, "Olá João, Zoë 😀 {{ 2 }} {{3}} 🎉");
    }

    #[test]
    fn hydrate_without_variables_is_identity() {
        assert_eq!(hydrate("plain {x} text", &|_: &Var| None), "plain {x} text");
        assert_eq!(hydrate("", &|_: &Var| Some("v".into())), "");
    }

    #[test]
    fn hydrate_measures_length_in_code_points() {
        let text = "{{1}}{{1}}";
        let out = hydrate(text, &|_: &Var| Some("ñ".to_owned()));
        assert_eq!(out, "ññ");
        assert_eq!(out.chars().count(), 2);
    }
}
