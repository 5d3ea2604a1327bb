//! T043 template-auth-supported-apps

use super::parts::{upper, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};

declare_rule! {
    /// ## What it does
    /// Reports a ONE_TAP or ZERO_TAP OTP button without `supported_apps`.
    ///
    /// A button that has the older button-level `package_name` and `signature_hash` instead
    /// gets a warning: Meta accepted them up to Graph API v20 and deprecated them from v21.
    ///
    /// ## Why is this bad
    /// One-tap and zero-tap codes are handed to a listed Android app (up to 5
    /// `{"package_name", "signature_hash"}` entries in `supported_apps`); without one Meta
    /// refuses the creation.
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP", "text": "Copy code", "autofill_text": "Autofill"}]}]}
    /// ```
    /// Use instead: list the app in `supported_apps`:
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP", "text": "Copy code", "autofill_text": "Autofill",
    ///    "supported_apps": [{"package_name": "com.example.luckyshrub", "signature_hash": "K8a/AINcGX7"}]}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/autofill-button-authentication-templates
    pub static RULE = {
        code: "T043",
        name: "template-auth-supported-apps",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "OTP") {
        let otp_type = upper(button.value.get("otp_type")).unwrap_or_default();
        if otp_type != "ONE_TAP" && otp_type != "ZERO_TAP" {
            continue;
        }
        if button.value.get("supported_apps").is_some() {
            continue;
        }
        let legacy =
            button.value.get("package_name").is_some() && button.value.get("signature_hash").is_some();
        let diagnostic = if legacy {
            Diagnostic::new(
                &RULE,
                button.pointer,
                format!("button-level package_name/signature_hash are deprecated for {otp_type} buttons since Graph v21"),
            )
            .with_severity(Severity::Warning)
        } else {
            Diagnostic::new(
                &RULE,
                button.pointer,
                format!("a {otp_type} button needs `supported_apps`"),
            )
        };
        ctx.report(diagnostic.with_help(
            "list the apps: `\"supported_apps\": [{\"package_name\": \"com.example.app\", \"signature_hash\": \"<11 chars>\"}]`",
        ));
    }
}
