//! X014 send-auth-code-too-long

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::rules::send::parts::text_of;

declare_rule! {
    /// ## What it does
    /// Reports a text parameter longer than 15 characters in a send of an AUTHENTICATION template.
    ///
    /// An authentication template's parameters are the one-time code: in the body and, for a
    /// copy-code or one-tap button, in the button's URL parameter. Lengths are counted in
    /// characters (code points). The rule needs the template definitions (`walint lint
    /// --templates`), which say the category.
    ///
    /// ## Why is this bad
    /// Meta's authentication template pages allow a code of at most 15 characters, and Meta
    /// refuses a longer parameter at send time with "template parameter at index 0 exceeds the
    /// maximum length in the AUTHENTICATION category (15 characters)" (recorded in
    /// authgear/authgear-server#3356, for a code followed by the app's name). Meta documents no
    /// error code for it. The limit is on Meta's pages in 2026; the recorded refusal is from
    /// September 2023.
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "login_code", "language": "en_US", "status": "APPROVED", "category": "AUTHENTICATION",
    ///  "components": [{"type": "BODY", "add_security_recommendation": true},
    ///   {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "login_code", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "482913 (Acme app)"}]},
    ///   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "482913"}]}]}}
    /// ```
    /// Use instead: the code alone (the template's fixed text names the app).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "login_code", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "482913"}]},
    ///   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "482913"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates
    pub static RULE = {
        code: "X014",
        name: "send-auth-code-too-long",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates",
        meta_error: None,
        since: "2023-05-29",
    }
}

/// The longest one-time code an authentication template sends, in characters.
pub const CODE_MAX: usize = 15;

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    if !pairing.is_authentication() {
        return;
    }
    for scope in &pairing.scopes {
        for component in &scope.send {
            for (at, parameter) in component.parameters() {
                let Some(text) = text_of(parameter) else {
                    continue;
                };
                let length = text.chars().count();
                if length <= CODE_MAX {
                    continue;
                }
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at.key("text"),
                        format!(
                            "this parameter of an AUTHENTICATION template is {length} characters; Meta allows a code of at most {CODE_MAX}"
                        ),
                    )
                    .with_help("send the code alone: the template's fixed text says what it is for"),
                );
            }
        }
    }
}
