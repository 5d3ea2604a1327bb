//! T030 template-button-type-limit

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports more buttons of one type than Meta allows: 10 QUICK_REPLY, 2 URL,
    /// 1 PHONE_NUMBER, 1 COPY_CODE (the total of 10 is checked by the schema).
    ///
    /// ## Why is this bad
    /// Meta refuses the creation (error 100, inferred).
    ///
    /// ## Example
    /// Three `{"type": "URL", …}` buttons.
    ///
    /// ## References
    /// rules.md `tcreate.buttons.quick_reply.max`, `tcreate.buttons.url.max`, `tcreate.buttons.phone.max`,
    /// `tcreate.buttons.copy_code.max`; DOC:/templates/components.
    pub static RULE = {
        code: "T030",
        name: "template-button-type-limit",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

const LIMITS: &[(&str, usize)] = &[
    ("QUICK_REPLY", 10),
    ("URL", 2),
    ("PHONE_NUMBER", 1),
    ("COPY_CODE", 1),
];

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let all = &view.buttons;
    for (kind, limit) in LIMITS {
        for extra in all.iter().filter(|b| b.kind == *kind).skip(*limit) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    extra.pointer,
                    format!(
                        "a template can have at most {limit} {kind} button{}",
                        if *limit == 1 { "" } else { "s" }
                    ),
                )
                .with_help("remove this button or use another type"),
            );
        }
    }
}
