//! T031 template-buttons-grouped

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports quick-reply buttons interleaved with other buttons: valid orders are
    /// `QR, QR, URL, PHONE` or `URL, PHONE, QR, QR`; `QR, URL, QR` is not.
    ///
    /// ## Why is this bad
    /// Meta answers with an error "indicating an invalid combination" at creation.
    ///
    /// ## Example
    /// `[{"type": "QUICK_REPLY", …}, {"type": "URL", …}, {"type": "QUICK_REPLY", …}]`
    ///
    /// ## References
    /// rules.md `tcreate.buttons.grouping`; DOC:/templates/components ("Quick reply buttons").
    pub static RULE = {
        code: "T031",
        name: "template-buttons-grouped",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let all = &view.buttons;
    let mut groups = 0;
    let mut previous: Option<bool> = None;
    for button in all {
        let quick = button.kind == "QUICK_REPLY";
        if previous != Some(quick) {
            groups += 1;
            previous = Some(quick);
            if groups == 3 {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        button.pointer,
                        "quick-reply buttons and other buttons must each stay together",
                    )
                    .with_help("put all QUICK_REPLY buttons before or after the other buttons"),
                );
                return;
            }
        }
    }
}
