//! T018 template-variable-ratio

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::placeholder::{words_to_vars_ratio, MIN_WORDS_PER_VAR};

declare_rule! {
    /// ## What it does
    /// Warns when the body has too few words for its variables: fewer than
    /// `2 × variables + 1` static words (Syniverse's "words + params ≥ 3n + 1").
    ///
    /// ## Why is this bad
    /// Meta's review rejects templates with "too many variable parameters relative to the
    /// message length" (`PARAMS_TO_WORD_RATIO_EXCEED_LIMIT`) but publishes no threshold; the
    /// bound used here is the BSP heuristic, hence a warning.
    ///
    /// ## Example
    /// `"text": "Hi {{1}}, gate {{2}}. Thank you."` (4 words for 2 variables; 5 wanted).
    ///
    /// ## References
    /// rules.md `tcreate.var.ratio`, gap 6; MSGR-REVIEW; sdcsupport.syniverse.com article 30569685832471.
    pub static RULE = {
        code: "T018",
        name: "template-variable-ratio",
        severity: Warning,
        source: "MSGR-REVIEW; Syniverse KB 30569685832471",
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
                        "the body has {} words for {} variables; review tends to reject fewer than {} ({MIN_WORDS_PER_VAR} per variable + 1)",
                        ratio.words, ratio.vars, ratio.min_words
                    ),
                )
                .with_help("add context around the variables, or use fewer of them"),
            );
        }
    }
}
