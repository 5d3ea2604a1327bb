//! M110 list-rows-total

use serde_json::Value;

use super::{interactive, items};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// Rows allowed across all sections of a list message.
const MAX_ROWS: usize = 10;

declare_rule! {
    /// ## What it does
    /// Counts the rows of a list message across all its sections: at most 10 in total.
    ///
    /// ## Why is this bad
    /// The limit is per message, not per section: three sections of 10 rows are rejected.
    /// A schema cannot count across arrays, so this is a rule.
    ///
    /// ## Example
    /// Two sections with 6 rows each (12 rows).
    ///
    /// ## References
    /// rules.md `interactive.list.rows.total`; DOC:/messages/interactive-list-messages
    /// ("up to 10 rows for all sections combined").
    pub static RULE = {
        code: "M110",
        name: "list-rows-total",
        severity: Error,
        source: "DOC:/messages/interactive-list-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(interactive) = interactive(message, "list") else {
        return;
    };
    let Some(action) = interactive.get("action") else {
        return;
    };
    let total: usize = items(action, "sections")
        .iter()
        .map(|section| items(section, "rows").len())
        .sum();
    if total > MAX_ROWS {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "sections"),
                format!("the list has {total} rows across its sections; the limit is {MAX_ROWS} in total"),
            )
            .with_help("remove rows, or split the choice into two messages"),
        );
    }
}
