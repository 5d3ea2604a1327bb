//! A small emoji test, written by hand from Unicode's emoji properties instead of a table
//! crate (WASM size matters): 20 code-point ranges (160 bytes) plus the sequence grammar of
//! UTS #51 (modifiers, ZWJ sequences, flags, tag sequences, keycaps).
//!
//! The ranges are a superset of `Extended_Pictographic`: whole symbol blocks rather than
//! the exact list (which changes with every Unicode version). A rare non-emoji symbol such
//! as `→` is accepted; letters, digits, punctuation and text never are.

use unicode_segmentation::UnicodeSegmentation;

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

/// Byte range of the first grapheme of `text` that holds an emoji (a pictographic
/// character other than `©`, `®`, `™`, or a flag letter).
pub fn first_emoji(text: &str) -> Option<(usize, usize)> {
    let is_emoji =
        |c: char| is_regional_indicator(c) || (is_pictographic(c) && !matches!(c, '©' | '®' | '™'));
    text.grapheme_indices(true)
        .find(|(_, grapheme)| grapheme.chars().any(is_emoji))
        .map(|(start, grapheme)| (start, start + grapheme.len()))
}

/// Whether `text` is exactly one emoji: one grapheme that is a pictographic emoji with
/// its optional skin tone and variation selector, a ZWJ sequence of such, a flag (two
/// regional indicators, or a black flag with tags), or a keycap (`1️⃣`).
pub fn is_single_emoji(text: &str) -> bool {
    let mut graphemes = text.graphemes(true);
    match (graphemes.next(), graphemes.next()) {
        (Some(grapheme), None) => is_emoji_grapheme(grapheme),
        _ => false,
    }
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
}
