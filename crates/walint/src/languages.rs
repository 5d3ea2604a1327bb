//! Supported message template language codes (rules.md §9.8, `tlang.codes`): Meta answers 100 at
//! creation and 132001 at send for anything else. The list lives in `data/template-languages.txt`
//! so it can be updated without touching code (rules.md gap 8: it changes over time).

const DATA: &str = include_str!("../data/template-languages.txt");

/// Every supported code, in the data file's order.
pub fn supported_template_languages() -> impl Iterator<Item = &'static str> {
    DATA.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Exact, case-sensitive membership: `en_US` yes, `en-US` / `en_us` no (rules.md tsend.language.code).
pub fn is_supported_template_language(code: &str) -> bool {
    // Read once per process, sorted: every template and template send asks.
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SORTED
        .get_or_init(|| {
            let mut codes: Vec<&'static str> = supported_template_languages().collect();
            codes.sort_unstable();
            codes
        })
        .binary_search(&code)
        .is_ok()
}

/// Old or common wrong language subtags and what Meta's list spells instead.
const LANGUAGE_ALIASES: &[(&str, &str)] = &[
    ("iw", "he"),
    ("in", "id"),
    ("tl", "fil"),
    ("no", "nb"),
    ("jp", "ja"),
];

/// The supported code a wrong `code` most likely meant, or `None` when `code` is already supported
/// or no single answer exists. Handled: hyphens and case (`en-US`, `EN_us` → `en_US`), old subtags
/// (`iw` → `he`), `en_UK` → `en_GB`, script subtags (`zh-Hant-TW` → `zh_TW`), 2-letter regions of
/// 3-letter codes (`es_CR` → `es_CRI`), a language with one listed region (`rw` → `rw_RW`), and an
/// unlisted region of a listed language (`de_DE` → `de`). Ambiguous inputs (`pt`, `zh`) get `None`.
pub fn suggest(code: &str) -> Option<&'static str> {
    if is_supported_template_language(code) {
        return None;
    }
    let normalized = code.trim().replace('-', "_");
    if let Some(found) = find_ignoring_case(&normalized) {
        return Some(found);
    }
    let parts: Vec<&str> = normalized.split('_').filter(|p| !p.is_empty()).collect();
    let (language, region) = match parts.as_slice() {
        [language] => (*language, None),
        [language, region] => (*language, Some(*region)),
        // `zh_Hant_TW`: drop the 4-letter script subtag.
        [language, script, region] if script.len() == 4 => (*language, Some(*region)),
        _ => return None,
    };
    let language = language.to_ascii_lowercase();
    let language = LANGUAGE_ALIASES
        .iter()
        .find(|(alias, _)| *alias == language)
        .map_or(language.as_str(), |(_, canonical)| canonical);
    match region {
        Some(region) => suggest_with_region(language, region),
        None => suggest_language_only(language),
    }
}

fn find_ignoring_case(code: &str) -> Option<&'static str> {
    supported_template_languages().find(|known| known.eq_ignore_ascii_case(code))
}

/// The only supported code matching `pred`, if exactly one does.
fn unique(pred: impl Fn(&str) -> bool) -> Option<&'static str> {
    let mut matches = supported_template_languages().filter(|known| pred(known));
    let first = matches.next()?;
    matches.next().is_none().then_some(first)
}

fn split_code(known: &str) -> (&str, Option<&str>) {
    match known.split_once('_') {
        Some((language, region)) => (language, Some(region)),
        None => (known, None),
    }
}

fn suggest_with_region(language: &str, region: &str) -> Option<&'static str> {
    let region = if region.eq_ignore_ascii_case("uk") {
        "GB"
    } else {
        region
    };
    if let Some(found) = find_ignoring_case(&format!("{language}_{region}")) {
        return Some(found);
    }
    let prefixed = unique(|known| {
        let (known_language, known_region) = split_code(known);
        known_language == language
            && known_region.is_some_and(|r| {
                r.len() > region.len()
                    && r.get(..region.len())
                        .is_some_and(|head| head.eq_ignore_ascii_case(region))
            })
    });
    prefixed.or_else(|| find_ignoring_case(language))
}

fn suggest_language_only(language: &str) -> Option<&'static str> {
    find_ignoring_case(language).or_else(|| unique(|known| split_code(known).0 == language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_file_has_111_unique_codes() {
        let codes: Vec<&str> = supported_template_languages().collect();
        assert_eq!(codes.len(), 111);
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), 111);
        assert!(codes.iter().all(|c| !c.contains(char::is_whitespace)));
    }

    #[test]
    fn exact_codes_are_supported() {
        for code in ["en_US", "en", "pt_BR", "fil", "prs_AF", "es_CRI", "zu", "af"] {
            assert!(is_supported_template_language(code), "{code}");
        }
    }

    #[test]
    fn wrong_shapes_are_not_supported() {
        for code in [
            "en-US",
            "en_us",
            "EN_US",
            "pt",
            "zh",
            "",
            " en",
            "# Supported",
            "xx",
            "es_CR",
        ] {
            assert!(!is_supported_template_language(code), "{code:?}");
        }
    }

    #[test]
    fn suggest_fixes_hyphen_and_case() {
        assert_eq!(suggest("en-US"), Some("en_US"));
        assert_eq!(suggest("EN_us"), Some("en_US"));
        assert_eq!(suggest("pt-br"), Some("pt_BR"));
        assert_eq!(suggest(" en_US "), Some("en_US"));
        assert_eq!(suggest("EN"), Some("en"));
    }

    #[test]
    fn suggest_is_none_for_supported_codes() {
        assert_eq!(suggest("en_US"), None);
        assert_eq!(suggest("fil"), None);
    }

    #[test]
    fn suggest_is_none_when_ambiguous_or_unknown() {
        assert_eq!(suggest("pt"), None);
        assert_eq!(suggest("zh"), None);
        assert_eq!(suggest("pt_AO"), None);
        assert_eq!(suggest("xx"), None);
        assert_eq!(suggest(""), None);
        assert_eq!(suggest("en_US_x_y"), None);
    }

    #[test]
    fn suggest_uses_the_only_region_of_a_language() {
        assert_eq!(suggest("rw"), Some("rw_RW"));
        assert_eq!(suggest("ky"), Some("ky_KG"));
        assert_eq!(suggest("prs"), Some("prs_AF"));
        assert_eq!(suggest("be"), Some("be_BY"));
    }

    #[test]
    fn suggest_falls_back_to_the_base_language() {
        assert_eq!(suggest("de_DE"), Some("de"));
        assert_eq!(suggest("fil_PH"), Some("fil"));
        assert_eq!(suggest("es-US"), Some("es"));
    }

    #[test]
    fn suggest_handles_aliases_scripts_and_long_regions() {
        assert_eq!(suggest("iw"), Some("he"));
        assert_eq!(suggest("in"), Some("id"));
        assert_eq!(suggest("tl"), Some("fil"));
        assert_eq!(suggest("no"), Some("nb"));
        assert_eq!(suggest("nb_NO"), Some("nb"));
        assert_eq!(suggest("en_UK"), Some("en_GB"));
        assert_eq!(suggest("zh-Hant-TW"), Some("zh_TW"));
        assert_eq!(suggest("es_CR"), Some("es_CRI"));
        assert_eq!(suggest("es-cr"), Some("es_CRI"));
    }

    #[test]
    fn suggestions_are_always_supported_codes() {
        for input in ["en-gb", "ar-eg", "fr-ch", "ZH_cn", "sr-RS", "uz-UZ", "é", "🎉_x"] {
            if let Some(s) = suggest(input) {
                assert!(is_supported_template_language(s), "{input} -> {s}");
            }
        }
    }
}
