//! T011 template-variables-not-sequential

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic};
use crate::placeholder::{hydrate, positional_gaps, render, VarKind};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports positional variables that do not run `{{1}}`, `{{2}}` … without gaps in each text.
    ///
    /// The header, the body, a button URL and each carousel card body are numbered separately.
    ///
    /// ## Why is this bad
    /// Meta's review rejects templates whose variables skip numbers (INVALID_FORMAT /
    /// INCORRECT_PARAMS); the template review page lists "Variable parameters are not sequential",
    /// and the template overview defines positional parameters as "ordered array index numbers,
    /// starting from 1". The fix renumbers the variables and is unsafe: the `example` values and
    /// every send must follow the new numbers.
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_notice", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{1}}, your code is {{3}}. It expires in ten minutes.",
    ///    "example": {"body_text": [["Anna", "482913"]]}}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "login_notice", "language": "en_US", "category": "UTILITY", "components": [
    ///   {"type": "BODY", "text": "Hi {{1}}, your code is {{2}}. It expires in ten minutes.",
    ///    "example": {"body_text": [["Anna", "482913"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-review
    pub static RULE = {
        code: "T011",
        name: "template-variables-not-sequential",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: None,
    }
}

fn missing_list(missing: &[(u32, u32)]) -> String {
    missing
        .iter()
        .map(|&(from, to)| {
            if from == to {
                render(&VarKind::Positional(from))
            } else {
                format!(
                    "{} to {}",
                    render(&VarKind::Positional(from)),
                    render(&VarKind::Positional(to))
                )
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in &view.texts {
        let scanned = &field.scan;
        // A malformed placeholder is T010's: its intended number is unknown.
        if !scanned.malformed.is_empty() {
            continue;
        }
        let gaps = positional_gaps(scanned);
        if gaps.is_sequential() {
            continue;
        }
        // Renumber the distinct numbers in ascending order: 1, 3, 7 → 1, 2, 3.
        let mut numbers: Vec<u32> = scanned
            .vars
            .iter()
            .filter_map(|v| match v.kind {
                VarKind::Positional(n) => Some(n),
                VarKind::Named(_) => None,
            })
            .collect();
        numbers.sort_unstable();
        numbers.dedup();
        // The new number of a variable: its place among the sorted distinct numbers.
        let renumber = |n: u32| numbers.binary_search(&n).ok().map(|at| at as u32 + 1);
        let first_moved = scanned.vars.iter().find(|v| match v.kind {
            VarKind::Positional(n) => renumber(n) != Some(n),
            VarKind::Named(_) => false,
        });
        let renumbered = hydrate(field.text, &|var| match var.kind {
            VarKind::Positional(n) => renumber(n).map(|new| render(&VarKind::Positional(new))),
            VarKind::Named(_) => None,
        });
        // A URL button has one variable, numbered apart from the body's: "{{1}} to {{5}}
        // missing" would read as if five were to be added.
        let message = if field.role == Role::Url && numbers.len() == 1 {
            "a URL button's variable is `{{1}}`: it is numbered apart from the body's".to_owned()
        } else {
            format!(
                "the {} variables must be numbered from {{{{1}}}} without gaps: {} missing",
                field.role.label(),
                missing_list(&gaps.missing)
            )
        };
        let mut diagnostic = Diagnostic::new(&RULE, field.pointer, message)
            .with_help("renumber the variables, then update the example values and the sends");
        if let Some(var) = first_moved {
            diagnostic = diagnostic.with_text_range(field.text, var.start, var.end);
        }
        ctx.report(diagnostic.with_fix(
            Applicability::Unsafe,
            "renumber the variables from {{1}} (examples and sends must follow)",
            Value::from(renumbered),
        ));
    }
}
