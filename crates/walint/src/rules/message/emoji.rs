//! A small emoji test, written by hand from Unicode's emoji properties instead of a table
//! crate (WASM size matters): 20 code-point ranges (160 bytes) plus the sequence grammar of
//! UTS #51 (modifiers, ZWJ sequences, flags, tag sequences, keycaps).
//!
//! The ranges are a superset of `Extended_Pictographic`: whole symbol blocks rather than
//! the exact list (which changes with every Unicode version). A rare non-emoji symbol such
//! as `→` is accepted; letters, digits, punctuation and text never are.
//!
//! Text is split into emoji clusters by the same grammar ([`clusters`]) rather than by a
//! full grapheme segmenter: the segmenter's tables cost more WASM size than all of this.

/// Blocks that hold the pictographic emoji (superset of `Extended_Pictographic`).
const PICTOGRAPHIC: &[(u32, u32)] = &[
    (0x00A9, 0x00A9),   // ©
    (0x00AE, 0x00AE),   // ®
    (0x203C, 0x203C),   // ‼
    (0x2049, 0x2049),   // ⁉
    (0x2122, 0x2122),   // ™
    (0x2139, 0x2139),   // ℹ
    (0x2194, 0x21AA),   // arrows ↔ … ↪
    (0x231A, 0x23FA),   // technical ⌚ … ⏺
    (0x24C2, 0x24C2),   // Ⓜ
    (0x25AA, 0x25FE),   // geometric shapes ▪ … ◾
    (0x2600, 0x27BF),   // miscellaneous symbols and dingbats ☀ … ➿
    (0x2934, 0x2935),   // ⤴ ⤵
    (0x2B05, 0x2B55),   // ⬅ … ⭕
    (0x3030, 0x3030),   // 〰
    (0x303D, 0x303D),   // 〽
    (0x3297, 0x3297),   // ㊗
    (0x3299, 0x3299),   // ㊙
    (0x1F000, 0x1F1E5), // mahjong, cards, enclosed alphanumerics 🅰 🆎
    (0x1F200, 0x1FAFF), // enclosed ideographs, pictographs, emoticons, transport, 🥰 … 🫶
    (0x1FC00, 0x1FFFD), // reserved for future emoji
];

const ZWJ: char = '\u{200D}';
const VARIATION_EMOJI: char = '\u{FE0F}';
const VARIATION_TEXT: char = '\u{FE0E}';
const KEYCAP: char = '\u{20E3}';

/// Whether `c` is a pictographic emoji base (see [`PICTOGRAPHIC`]).
pub fn is_pictographic(c: char) -> bool {
    let c = u32::from(c);
    PICTOGRAPHIC.iter().any(|&(low, high)| (low..=high).contains(&c))
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

fn is_skin_tone(c: char) -> bool {
    ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

fn is_tag(c: char) -> bool {
    ('\u{E0020}'..='\u{E007F}').contains(&c)
}

/// Byte ranges of `text` split into clusters: one character with what UTS #51 attaches
/// to it (variation selectors, skin tones, tags, a keycap, `ZWJ` + the next character, the
/// second regional indicator of a flag). Other text comes out one character at a time.
pub fn clusters(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        let mut end = start + first.len_utf8();
        let mut open_flag = is_regional_indicator(first);
        while let Some(&(at, next)) = chars.peek() {
            let attaches = next == VARIATION_EMOJI
                || next == VARIATION_TEXT
                || next == KEYCAP
                || is_skin_tone(next)
                || is_tag(next)
                || (open_flag && is_regional_indicator(next));
            if attaches {
                open_flag = false;
                end = at + next.len_utf8();
                chars.next();
            } else if next == ZWJ {
                chars.next();
                end = at + next.len_utf8();
                if let Some((joined_at, joined)) = chars.next() {
                    end = joined_at + joined.len_utf8();
                }
            } else {
                break;
            }
        }
        out.push((start, end));
    }
    out
}

/// Byte range of the first cluster of `text` that holds an emoji (a pictographic
/// character other than `©`, `®`, `™`, or a flag letter).
pub fn first_emoji(text: &str) -> Option<(usize, usize)> {
    let is_emoji =
        |c: char| is_regional_indicator(c) || (is_pictographic(c) && !matches!(c, '©' | '®' | '™'));
    clusters(text)
        .into_iter()
        .find(|&(start, end)| text[start..end].chars().any(is_emoji))
}

/// How many clusters `text` has, and whether each of them is a single emoji.
pub fn count_emoji(text: &str) -> (usize, bool) {
    let clusters = clusters(text);
    let all = clusters
        .iter()
        .all(|&(start, end)| is_emoji_grapheme(&text[start..end]));
    (clusters.len(), all)
}

/// Whether `text` is exactly one emoji: a pictographic emoji with its optional skin tone
/// and variation selector, a ZWJ sequence of such, a flag (two regional indicators, or a
/// black flag with tags), or a keycap (`1️⃣`).
pub fn is_single_emoji(text: &str) -> bool {
    matches!(clusters(text).as_slice(), [(0, end)] if *end == text.len()) && is_emoji_grapheme(text)
}

fn is_emoji_grapheme(grapheme: &str) -> bool {
    let chars: Vec<char> = grapheme.chars().collect();
    match chars.as_slice() {
        [first, second] if is_regional_indicator(*first) => is_regional_indicator(*second),
        [digit, VARIATION_EMOJI, KEYCAP] | [digit, KEYCAP] => matches!(digit, '0'..='9' | '#' | '*'),
        _ => grapheme.split(ZWJ).all(is_emoji_element),
    }
}

/// One element of a ZWJ sequence: a pictographic base followed only by presentation
/// selectors, one skin tone, or a tag sequence (subdivision flags such as England).
fn is_emoji_element(element: &str) -> bool {
    let mut chars = element.chars();
    let Some(base) = chars.next() else {
        return false;
    };
    is_pictographic(base)
        && chars.all(|c| c == VARIATION_EMOJI || c == VARIATION_TEXT || is_skin_tone(c) || is_tag(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_emoji_of_every_shape() {
        for emoji in [
            "😀",
            "\u{2764}\u{FE0F}",                                         // ❤️
            "👍🏽",                                                       // skin tone
            "👩\u{200D}💻",                                             // ZWJ
            "👨\u{200D}👩\u{200D}👧\u{200D}👦",                         // family
            "🏳\u{FE0F}\u{200D}🌈",                                      // rainbow flag
            "🇧🇷",                                                       // flag
            "🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}", // England
            "1\u{FE0F}\u{20E3}",                                        // keycap 1️⃣
            "#\u{20E3}",
            "🫶",
            "🅰\u{FE0F}",
        ] {
            assert!(is_single_emoji(emoji), "{emoji:?}");
        }
    }

    #[test]
    fn text_and_several_emoji_are_not_one_emoji() {
        for text in [
            "",
            "a",
            "1",
            "#",
            "é",
            "ok",
            "😀😀",
            "👍 ",
            " 👍",
            "🇧",
            "😀\u{301}",
            "\u{200D}",
            "🇧🇷🇧",
            ":)",
            "\u{1F3FB}x",
        ] {
            assert!(!is_single_emoji(text), "{text:?}");
        }
    }

    #[test]
    fn finds_emoji_in_text() {
        assert_eq!(first_emoji("Book now 📅"), Some((9, 13)));
        assert_eq!(first_emoji("Go 🇫🇷!"), Some((3, 11)));
        assert_eq!(first_emoji("Réserver maintenant"), None);
        assert_eq!(first_emoji("Brand™"), None);
    }

    #[test]
    fn table_stays_small() {
        assert!(PICTOGRAPHIC.len() <= 24);
        assert!(std::mem::size_of_val(PICTOGRAPHIC) <= 192);
        assert!(
            PICTOGRAPHIC.windows(2).all(|w| w[0].1 < w[1].0),
            "sorted, disjoint"
        );
    }

    #[test]
    fn clusters_keep_sequences_whole() {
        assert_eq!(count_emoji("👍👍🏽"), (2, true));
        assert_eq!(count_emoji("👨\u{200D}👩\u{200D}👧🇫🇷"), (2, true));
        assert_eq!(count_emoji("a👍"), (2, false));
        assert_eq!(clusters("1\u{FE0F}\u{20E3}x"), [(0, 7), (7, 8)]);
        assert_eq!(
            clusters("🇫🇷🇩"),
            [(0, 8), (8, 12)],
            "a flag takes two regional indicators"
        );
    }
}
