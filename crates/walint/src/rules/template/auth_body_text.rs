//! T075 template-auth-body-text

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};

declare_rule! {
    /// ## What it does
    /// Reports a `text` in the BODY of an AUTHENTICATION template creation body, and warns about its other custom texts.
    ///
    /// The warnings: an `example` in the BODY, a FOOTER `text`, a TEXT HEADER, and a
    /// `code_expiration_minutes` given on the OTP button instead of the FOOTER.
    ///
    /// ## Why is this bad
    /// Authentication templates have "fixed, non-customizable preset text" that Meta writes
    /// (`<VERIFICATION_CODE> is your verification code.`); the creation body's BODY takes only
    /// `add_security_recommendation` (and the FOOTER only `code_expiration_minutes`). Meta
    /// refuses a creation body with custom body text: "component of type BODY has unexpected
    /// field(s) (text)" (2388042, recorded in a project's history in December 2025). An
    /// `example` in the BODY is contested: that answer named `text` alone for a BODY that also
    /// had an `example`, while another project strips it because Meta refused it. It has no
    /// use (the code is Meta's variable, with Meta's sample), so it is a warning. Templates returned by
    /// `GET /message_templates` (with their `id` and `status`) do carry the body text Meta wrote,
    /// so they are not reported; a GET result stripped of those and posted back as a creation
    /// body is what this catches.
    ///
    /// Meta's creation syntax for authentication templates (2023 to today) has no HEADER and a
    /// FOOTER with only `code_expiration_minutes`, from which Meta writes "This code expires in
    /// N minutes." No rejection of a footer `text` or a text header is on record (Meta may drop
    /// them, or the review reject the template), so those are warnings. A
    /// `code_expiration_minutes` on the button is not where Meta reads it: the footer line is
    /// then missing.
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
        meta_error: Some(MetaError::COMPONENT_UNEXPECTED_FIELD),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    // A template Meta returned (GET: its review `status`, even in a trimmed copy without `id`)
    // shows the fixed text Meta wrote.
    let returned = crate::produced::is_returned_template(view.template, false);
    if !view.is_category("AUTHENTICATION") || returned {
        return;
    }
    for component in &view.components {
        // Beside a body `text` (an error already), the `example` goes with it: one finding.
        let example_alone = component.value.get("example").is_some() && component.value.get("text").is_none();
        if component.kind == "BODY" && example_alone {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    component.pointer.key("example"),
                    "an authentication template's BODY takes no `example`: the code is Meta's variable, with Meta's sample",
                )
                .with_help("remove `example`")
                .with_severity(Severity::Warning)
                .at_key(),
            );
        }
        let (message, help, severity) = match &*component.kind {
            "BODY" => (
                "an authentication template's body text is fixed by Meta: the BODY takes no `text`",
                "remove `text`; `\"add_security_recommendation\": true` adds the line \"For your security, do not share this code.\"",
                Severity::Error,
            ),
            "FOOTER" => (
                "an authentication template's footer is fixed by Meta: the FOOTER takes only `code_expiration_minutes`",
                "replace `text` with `\"code_expiration_minutes\": <1-90>` (Meta writes \"This code expires in N minutes.\")",
                Severity::Warning,
            ),
            "HEADER" => (
                "authentication templates have no header in Meta's creation syntax",
                "remove the HEADER component",
                Severity::Warning,
            ),
            _ => continue,
        };
        if component.value.get("text").is_none() {
            continue;
        }
        ctx.report(
            Diagnostic::new(&RULE, component.pointer.key("text"), message)
                .with_help(help)
                .with_severity(severity)
                .at_key(),
        );
    }
    for button in view.buttons.iter().filter(|b| b.kind == "OTP") {
        if button.value.get("code_expiration_minutes").is_some() {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    button.pointer.key("code_expiration_minutes"),
                    "`code_expiration_minutes` belongs in the FOOTER, not on the OTP button",
                )
                .with_help("move it to `{\"type\": \"FOOTER\", \"code_expiration_minutes\": …}`")
                .with_severity(Severity::Warning)
                .at_key(),
            );
        }
    }
}
