//! T044 template-auth-package-name

use super::parts::{is_placeholder, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
use crate::rules::message::items;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports an OTP button `package_name` that is not an Android application id.
    ///
    /// An application id has at least two dot-separated segments, each starting with a letter
    /// and made of `A–Z a–z 0–9 _`, and is at most 224 characters long. The rule checks each
    /// `supported_apps[].package_name` and the deprecated button-level `package_name`.
    ///
    /// ## Why is this bad
    /// The package name identifies the Android app that receives one-tap and zero-tap codes;
    /// Meta documents these constraints for it and refuses the creation otherwise.
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP", "text": "Copy code", "autofill_text": "Autofill",
    ///    "supported_apps": [{"package_name": "luckyshrub", "signature_hash": "K8a/AINcGX7"}]}]}]}
    /// ```
    /// Use instead: the app's full application id:
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
        code: "T044",
        name: "template-auth-package-name",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates",
        meta_error: None,
    }
}

fn problem(name: &str) -> Option<String> {
    if name.chars().count() > 224 {
        return Some("is longer than 224 characters".to_owned());
    }
    let segments: Vec<&str> = name.split('.').collect();
    if segments.len() < 2 {
        return Some("needs at least two dot-separated segments (`com.example`)".to_owned());
    }
    for segment in segments {
        if !segment.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Some(format!(
                "has segment `{segment}` that does not start with a letter"
            ));
        }
        if let Some(c) = segment
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '_'))
        {
            return Some(format!("has `{c}`: segments use letters, digits and `_`"));
        }
    }
    None
}

fn check_name(ctx: &mut Ctx<'_>, at: Path<'_>, value: Option<&Value>) {
    let Some(name) = value.and_then(Value::as_str) else {
        return;
    };
    if name.is_empty() || is_placeholder(value) {
        return;
    }
    if let Some(problem) = problem(name) {
        ctx.report(
            Diagnostic::new(&RULE, at, format!("package_name `{name}` {problem}"))
                .with_help("use the app's Android application id, e.g. `com.example.luckyshrub`"),
        );
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "OTP") {
        check_name(
            ctx,
            button.pointer.key("package_name"),
            button.value.get("package_name"),
        );
        for (index, app) in items(button.value, "supported_apps").iter().enumerate() {
            check_name(
                ctx,
                button
                    .pointer
                    .key("supported_apps")
                    .index(index)
                    .key("package_name"),
                app.get("package_name"),
            );
        }
    }
}
