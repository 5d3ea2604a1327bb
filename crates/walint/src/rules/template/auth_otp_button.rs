use serde_json::Value;

use super::is_category;
use super::parts::{buttons, find};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports an AUTHENTICATION template without exactly one OTP button, or with buttons
    /// of other types.
    ///
    /// ## Why is this bad
    /// Authentication templates carry exactly one `OTP` button (`otp_type` COPY_CODE, ONE_TAP
    /// or ZERO_TAP) and nothing else; Meta refuses the creation otherwise.
    ///
    /// ## Example
    /// `{"category": "AUTHENTICATION", "components": [{"type": "BODY", "add_security_recommendation": true}]}` (no button).
    ///
    /// ## References
    /// rules.md `tcreate.auth.otp-button`; LEGACY zero-tap authentication templates page; OAS examples.
    pub static RULE = {
        code: "T041",
        name: "template-auth-otp-button",
        severity: Error,
        source: "LEGACY:/business-management-api/authentication-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, template: &Value) {
    if !is_category(template, "AUTHENTICATION") || !template.get("components").is_some_and(Value::is_array) {
        return;
    }
    let all = buttons(template);
    let otp: Vec<_> = all.iter().filter(|b| b.kind == "OTP").collect();
    if otp.is_empty() {
        let at = find(template, "BUTTONS").map_or_else(|| ptr!("components"), |c| c.pointer);
        ctx.report(
            Diagnostic::new(&RULE, at, "an authentication template needs one OTP button")
                .with_help("add `{\"type\": \"BUTTONS\", \"buttons\": [{\"type\": \"OTP\", \"otp_type\": \"COPY_CODE\", \"text\": \"Copy code\"}]}`"),
        );
    }
    for extra in otp.iter().skip(1) {
        ctx.report(Diagnostic::new(
            &RULE,
            extra.pointer.clone(),
            "an authentication template has exactly one OTP button",
        ));
    }
    // URL buttons are T040's; other types are reported here.
    for other in all.iter().filter(|b| b.kind != "OTP" && b.kind != "URL") {
        ctx.report(
            Diagnostic::new(
                &RULE,
                other.pointer.clone(),
                format!(
                    "authentication templates only take an OTP button, not {}",
                    other.kind
                ),
            )
            .with_help("remove this button"),
        );
    }
}
