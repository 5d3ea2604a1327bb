//! T010 template-variable-malformed

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic};
use crate::placeholder::{Malformed, MalformedKind};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports placeholder-looking text that is not a valid variable, such as `{{ 1 }}`, `{1}`, `{{1}`, `{{#1}}`, `{{}}`, `{{First_Name}}` or `{{0}}`.
    ///
    /// Template-engine leftovers such as `{{ var or 'x' }}` are reported too. The range points at
    /// the placeholder inside the text.
    ///
    /// ## Why is this bad
    /// Meta's review rejects such templates (INVALID_FORMAT; the template review page lists "Variable
    /// parameters are missing or have mismatched curly braces" and "Variable parameters contain
    /// special characters such as a #, $, or %"), or the text is sent with literal braces. Named
    /// variables may only use lowercase letters and underscores. When the correction is obvious and
    /// keeps the variable without adding characters (`{{ 1 }}` → `{{1}}`, `{{#1}}` → `{{1}}`)
    /// the fix is safe; one that adds characters (`{{1}` → `{{1}}`) may cross the field's length
    /// limit and is unsafe, as are renaming, or turning `{1}` into a variable (examples and
    /// sends change).
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{ 1 }}, your order {{#2}} has shipped and is on its way.",
    ///    "example": {"body_text": [["Anna", "A-1001"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "order_shipped", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{1}}, your order {{2}} has shipped and is on its way.",
    ///    "example": {"body_text": [["Anna", "A-1001"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    pub static RULE = {
        code: "T010",
        name: "template-variable-malformed",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review",
        meta_error: None,
    }
}

fn describe(kind: MalformedKind) -> &'static str {
    match kind {
        MalformedKind::Spaces => "has spaces inside the braces",
        MalformedKind::SingleBraces => "has single braces: variables use two, `{{1}}`",
        MalformedKind::Unbalanced => "has unbalanced braces",
        MalformedKind::SpecialCharacters => "has characters other than letters, digits and `_`",
        MalformedKind::Empty => "is empty",
        MalformedKind::InvalidName => "is not a valid name: lowercase letters, digits and `_`",
        MalformedKind::InvalidNumber => {
            "is not a valid number: variables count from 1, without leading zeros"
        }
    }
}

fn word_chars(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect()
}

/// Whether replacing the span by its suggestion keeps the same variable.
fn keeps_variable(text: &str, malformed: &Malformed, suggestion: &str) -> bool {
    let original = text.get(malformed.start..malformed.end).unwrap_or("");
    match malformed.kind {
        MalformedKind::InvalidNumber => true,
        MalformedKind::Spaces | MalformedKind::Unbalanced | MalformedKind::SpecialCharacters => {
            word_chars(original) == word_chars(suggestion)
        }
        _ => false,
    }
}

/// The text with every suggestion applied, and whether all of them keep their variable.
fn corrected(text: &str, found: &[Malformed]) -> Option<(String, bool)> {
    let mut out = String::with_capacity(text.len());
    let mut cursor = 0;
    let mut safe = true;
    let mut changed = false;
    for malformed in found {
        let Some(suggestion) = &malformed.suggestion else {
            continue;
        };
        out.push_str(text.get(cursor..malformed.start)?);
        out.push_str(suggestion);
        cursor = malformed.end;
        changed = true;
        safe &= keeps_variable(text, malformed, suggestion);
    }
    out.push_str(text.get(cursor..)?);
    // A longer text may cross a length limit this rule does not read (a header's 60): the
    // schema would then refuse what the fix wrote, so only a fix that adds nothing is safe.
    safe &= out.chars().count() <= text.chars().count();
    changed.then_some((out, safe))
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        // `{{Flow-Name}}`-style documentation placeholders are G001's, not broken variables.
        if crate::rules::general::is_placeholder(field.text) {
            continue;
        }
        let scanned = &field.scan;
        if scanned.malformed.is_empty() {
            continue;
        }
        let fixed = corrected(field.text, &scanned.malformed);
        for malformed in &scanned.malformed {
            let shown = field.text.get(malformed.start..malformed.end).unwrap_or("");
            let mut diagnostic = Diagnostic::new(
                &RULE,
                field.pointer,
                format!(
                    "`{shown}` in the {} {}",
                    field.role.label(),
                    describe(malformed.kind)
                ),
            )
            .with_text_range(field.text, malformed.start, malformed.end);
            diagnostic = match &malformed.suggestion {
                Some(suggestion) => diagnostic.with_help(format!("write `{suggestion}`")),
                None => diagnostic
                    .with_help("write a variable as `{{1}}` (or `{{name}}` with parameter_format NAMED)"),
            };
            if let (Some(_), Some((text, safe))) = (&malformed.suggestion, &fixed) {
                let applicability = if *safe {
                    Applicability::Safe
                } else {
                    Applicability::Unsafe
                };
                diagnostic = diagnostic.with_fix(
                    applicability,
                    "correct the malformed variables",
                    Value::from(text.clone()),
                );
            }
            ctx.report(diagnostic);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::corrected;
    use crate::placeholder::scan;

    /// Found by the fixed-point property: `Oláé_}}` becoming `Oláé{{_}}` pushed a 60-character
    /// header over its limit. A fix that adds characters is offered, but not as safe.
    #[test]
    fn only_a_fix_that_adds_nothing_is_safe() {
        let grows = "Order {1} ships";
        assert_eq!(corrected(grows, &scan(grows).malformed), Some(("Order {{1}} ships".to_owned(), false)));
        let shrinks = "Order {{ 1 }} ships";
        assert_eq!(corrected(shrinks, &scan(shrinks).malformed), Some(("Order {{1}} ships".to_owned(), true)));
    }
}
