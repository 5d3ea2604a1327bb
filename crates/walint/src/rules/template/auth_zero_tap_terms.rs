//! T045 template-auth-zero-tap-terms

use serde_json::Value;

use super::parts::{upper, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a ZERO_TAP OTP button without `"zero_tap_terms_accepted": true`.
    ///
    /// ## Why is this bad
    /// "If set to false, the template will not be created": zero-tap needs the business to
    /// accept Meta's zero-tap terms.
    ///
    /// ## Example
    /// `{"type": "OTP", "otp_type": "ZERO_TAP", "supported_apps": […]}`
    ///
    /// ## References
    /// rules.md `tcreate.auth.zero_tap_terms`; LEGACY zero-tap authentication templates page.
    pub static RULE = {
        code: "T045",
        name: "template-auth-zero-tap-terms",
        severity: Error,
        source: "LEGACY:/business-management-api/authentication-templates/zero-tap-authentication-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "OTP") {
        if upper(button.value.get("otp_type")).as_deref() != Some("ZERO_TAP") {
            continue;
        }
        if button.value.get("zero_tap_terms_accepted") == Some(&Value::Bool(true)) {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                button.pointer,
                "a ZERO_TAP button needs `\"zero_tap_terms_accepted\": true`",
            )
            .with_help("accept the zero-tap terms, or use a ONE_TAP or COPY_CODE button"),
        );
    }
}
