//! Character classes used by WhatsApp's inline rules (formatting.md §2, "WS" and "B").

use super::boundary_table::NON_ASCII_BOUNDARY;

/// `WS`: the JavaScript `\s` class (formatting.md §2).
pub fn is_ws(c: char) -> bool {
    matches!(
        c,
        '\u{9}'..='\u{D}'
            | ' '
            | '\u{A0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
            | '\u{FEFF}'
    )
}

/// `B`: a character that may precede an opener or follow a closer: whitespace, punctuation,
/// symbols (emoji included), separators and format controls. Letters, marks and digits are not.
pub fn is_boundary(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '\t'..='\r' | ' '..='/' | ':'..='@' | '['..='`' | '{'..='~');
    }
    if is_ws(c) {
        return true;
    }
    let cp = c as u32;
    NON_ASCII_BOUNDARY
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Letters and digits of any script: what makes a marker "glued" to a word.
pub fn is_word(c: char) -> bool {
    !is_boundary(c) && !c.is_control()
}
