//! T018 template-variable-ratio

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{words_to_vars_ratio, MIN_WORDS_PER_VAR};

declare_rule! {
    /// ## What it does
    /// Warns when the body has fewer than `2 × variables + 1` static words.
    ///
    /// This is the BSP heuristic "words + params ≥ 3n + 1" published by Syniverse, with the `n`
    /// variables themselves not counted as words.
    ///
    /// ## Why is this bad
    /// Meta refuses templates with "too many variable parameters relative to the message
    /// length": at the create call (subcode 2388293, recorded in 2025–2026) or at review
    /// (rejection reason `PARAMS_TO_WORD_RATIO_EXCEED_LIMIT`). It publishes no threshold; the
    /// bound used here is a BSP heuristic, hence a warning. Chinese, Japanese, Thai, Lao, Khmer
    /// and Myanmar text, written without spaces, counts a word per character.
    ///
    /// ## Example
    /// ```json
    /// {"name": "boarding_gate", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{1}}, gate {{2}}. Thank you.",
    ///    "example": {"body_text": [["Anna", "B12"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "boarding_gate", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{1}}, your flight now boards at gate {{2}}. Thank you.",
    ///    "example": {"body_text": [["Anna", "B12"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review
    /// - https://sdcsupport.syniverse.com/hc/en-us/articles/30569685832471
    pub static RULE = {
        code: "T018",
        name: "template-variable-ratio",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Body) {
        let ratio = words_to_vars_ratio(field.text, &field.scan);
        if ratio.exceeds_limit() {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    field.pointer,
                    format!(
                        "the body has {} for {}; Meta tends to refuse fewer than {} words ({MIN_WORDS_PER_VAR} per variable + 1)",
                        counted(ratio.words, "word"),
                        counted(ratio.vars, "variable"),
                        ratio.min_words
                    ),
                )
                .with_help("add context around the variables, or use fewer of them"),
            );
        }
    }
}

/// `1 word`, `3 words`.
fn counted(count: usize, noun: &str) -> String {
    format!("{count} {noun}{}", if count == 1 { "" } else { "s" })
}
