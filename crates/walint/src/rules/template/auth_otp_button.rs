//! T041 template-auth-otp-button

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Reports an AUTHENTICATION template without exactly one OTP button, or with buttons of other types.
    ///
    /// ## Why is this bad
    /// Since 2023-05-29 every new authentication template needs a one-time password button:
    /// exactly one `OTP` button (`otp_type` COPY_CODE, ONE_TAP or ZERO_TAP) and nothing else.
    /// Meta refuses the creation otherwise. (After creation Meta reports the button as type
    /// `URL` in `GET /message_templates`.) URL buttons are reported by T040.
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Send a new code"}]}]}
    /// ```
    /// Use instead: one OTP button:
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///   {"type": "BODY", "add_security_recommendation": true},
    ///   {"type": "FOOTER", "code_expiration_minutes": 10},
    ///   {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/autofill-button-authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates
    pub static RULE = {
        code: "T041",
        name: "template-auth-otp-button",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if !view.is_category("AUTHENTICATION") || !view.has_component_list() {
        return;
    }
    let all = &view.buttons;
    // An OTP button in its GET shape counts here; T040 tells how to write it for a create.
    let otp: Vec<_> = all.iter().filter(|b| b.kind == "OTP" || b.is_returned_otp()).collect();
    // URL buttons are T040's; other types are reported here.
    let others: Vec<_> = all.iter().filter(|b| b.kind != "OTP" && b.kind != "URL").collect();
    // Without an OTP button, a wrong button already tells what is missing: one finding, not two.
    if otp.is_empty() && others.is_empty() {
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
    for other in others {
        let help = if otp.is_empty() {
            "replace it with `{\"type\": \"OTP\", \"otp_type\": \"COPY_CODE\", \"text\": \"Copy code\"}`"
        } else {
            "remove this button"
        };
        ctx.report(
            Diagnostic::new(
                &RULE,
                other.pointer,
                format!(
                    "authentication templates only take an OTP button, not {}",
                    other.kind
                ),
            )
            .with_help(help),
        );
    }
}
