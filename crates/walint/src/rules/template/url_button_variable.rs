//! T032 template-url-button-variable

use super::parts::{Role, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a URL button whose `url` has more than one variable, or a variable anywhere but
    /// at the very end.
    ///
    /// ## Why is this bad
    /// A URL button takes at most 1 variable, "appended to the end of the URL"; at send the
    /// parameter is a suffix added to the URL. Meta refuses the creation otherwise.
    ///
    /// ## Example
    /// `"url": "https://example.com/{{1}}/track"`
    ///
    /// ## References
    /// rules.md `tcreate.buttons.url.max`; DOC:/templates/components ("URL buttons").
    pub static RULE = {
        code: "T032",
        name: "template-url-button-variable",
        severity: Error,
        source: "DOC:/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for field in view.texts.iter().filter(|f| f.role == Role::Url) {
        let scanned = &field.scan;
        let end = field.text.trim_end().len();
        for (index, var) in scanned.vars.iter().enumerate() {
            let message = if index > 0 {
                "a URL button takes at most one variable"
            } else if var.end != end {
                "a URL button's variable must be at the end of the URL"
            } else {
                continue;
            };
            ctx.report(
                Diagnostic::new(&RULE, field.pointer, message)
                    .with_text_range(field.text, var.start, var.end)
                    .with_help(
                        "use one `{{1}}` as the last part of the URL, e.g. `https://example.com/track/{{1}}`",
                    ),
            );
        }
    }
}
