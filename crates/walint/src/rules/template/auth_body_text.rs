//! T075 template-auth-body-text

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a `text` in the BODY of an AUTHENTICATION template creation body.
    ///
    /// ## Why is this bad
    /// Authentication templates have "fixed, non-customizable preset text" that Meta writes
    /// (`<VERIFICATION_CODE> is your verification code.`); the creation body's BODY takes only
    /// `add_security_recommendation` (and the FOOTER only `code_expiration_minutes`). Meta
    /// refuses a creation body with custom body text. Templates returned by
    /// `GET /message_templates` (with their `id` and `status`) do carry the body text Meta wrote,
    /// so they are not reported; a GET result stripped of those and posted back as a creation
    /// body is what this catches.
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "text": "Use the code below to sign in to Lucky Shrub."},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}
    /// ```
    /// Use instead: a BODY with only `add_security_recommendation`:
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates
    pub static RULE = {
        code: "T075",
        name: "template-auth-body-text",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    // A template Meta returned (GET, with its `id` and `status`) shows the fixed text Meta wrote.
    let returned = view.template.get("id").is_some() && view.template.get("status").is_some();
    if !view.is_category("AUTHENTICATION") || returned {
        return;
    }
    for body in view.components.iter().filter(|c| c.kind == "BODY") {
        if body.value.get("text").is_none() {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                body.pointer.key("text"),
                "an authentication template's body text is fixed by Meta: the BODY takes no `text`",
            )
            .with_help(
                "remove `text`; `\"add_security_recommendation\": true` adds the line \"For your security, do not share this code.\"",
            )
            .at_key(),
        );
    }
}
