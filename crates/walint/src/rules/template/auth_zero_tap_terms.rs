//! T045 template-auth-zero-tap-terms

use super::parts::{upper, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a ZERO_TAP OTP button without `"zero_tap_terms_accepted": true`.
    ///
    /// ## Why is this bad
    /// Zero-tap needs the business to accept Meta's zero-tap terms of service; Meta's docs say of
    /// `zero_tap_terms_accepted`: "If set to false, the template will not be created".
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ZERO_TAP", "text": "Copy code", "autofill_text": "Autofill",
    ///    "supported_apps": [{"package_name": "com.example.luckyshrub", "signature_hash": "K8a/AINcGX7"}]}]}]}
    /// ```
    /// Use instead: accept the terms (or use a ONE_TAP or COPY_CODE button):
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ZERO_TAP", "text": "Copy code", "autofill_text": "Autofill",
    ///    "zero_tap_terms_accepted": true,
    ///    "supported_apps": [{"package_name": "com.example.luckyshrub", "signature_hash": "K8a/AINcGX7"}]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates
    pub static RULE = {
        code: "T045",
        name: "template-auth-zero-tap-terms",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates",
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
