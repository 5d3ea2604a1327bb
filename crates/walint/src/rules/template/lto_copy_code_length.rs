//! T062 template-lto-copy-code-length

use serde_json::Value;

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a COPY_CODE button example longer than 15 characters in a limited-time-offer
    /// template (other templates allow 20, checked by the schema).
    ///
    /// ## Why is this bad
    /// The limited-time-offer page documents a 15-character offer code; the send-time
    /// `coupon_code` is limited to 15 as well, so a longer sample could never be sent.
    ///
    /// ## Example
    /// `{"type": "COPY_CODE", "example": "SUMMERSALE2026XL"}` (16 characters).
    ///
    /// ## References
    /// rules.md `tcreate.lto.buttons`, `tcreate.buttons.copy_code.max` (15 vs 20); DOC:/templates/marketing-templates/limited-time-offer-templates.
    pub static RULE = {
        code: "T062",
        name: "template-lto-copy-code-length",
        severity: Error,
        source: "DOC:/templates/marketing-templates/limited-time-offer-templates",
        meta_error: None,
    }
}

pub const LTO_CODE_MAX: usize = 15;

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if view.find("LIMITED_TIME_OFFER").is_none() {
        return;
    }
    for button in view.buttons.iter().filter(|b| b.kind == "COPY_CODE") {
        let Some(code) = button.value.get("example").and_then(Value::as_str) else {
            continue;
        };
        let length = code.chars().count();
        if length > LTO_CODE_MAX {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer.key("example"),
                    format!(
                        "the offer code has {length} characters; limited-time offers allow {LTO_CODE_MAX}"
                    ),
                )
                .with_help("use a code of at most 15 characters"),
            );
        }
    }
}
