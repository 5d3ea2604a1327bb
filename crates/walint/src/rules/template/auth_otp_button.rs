//! T041 template-auth-otp-button

use super::parts::TemplateView;
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

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if !view.is_category("AUTHENTICATION") || !view.has_component_list() {
        return;
    }
    let all = &view.buttons;
    let otp: Vec<_> = all.iter().filter(|b| b.kind == "OTP").collect();
    if otp.is_empty() {
        let at = view
            .find("BUTTONS")
            .map_or_else(|| ptr!("components"), |c| c.pointer.render());
        ctx.report(
            Diagnostic::new(&RULE, at, "an authentication template needs one OTP button")
                .with_help("add `{\"type\": \"BUTTONS\", \"buttons\": [{\"type\": \"OTP\", \"otp_type\": \"COPY_CODE\", \"text\": \"Copy code\"}]}`"),
        );
    }
    for extra in otp.iter().skip(1) {
        ctx.report(Diagnostic::new(
            &RULE,
            extra.pointer,
            "an authentication template has exactly one OTP button",
        ));
    }
    // URL buttons are T040's; other types are reported here.
    for other in all.iter().filter(|b| b.kind != "OTP" && b.kind != "URL") {
        ctx.report(
            Diagnostic::new(
                &RULE,
                other.pointer,
                format!(
                    "authentication templates only take an OTP button, not {}",
                    other.kind
                ),
            )
            .with_help("remove this button"),
        );
    }
}
