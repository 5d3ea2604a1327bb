//! X012 send-auth-bsuid-recipient

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports an AUTHENTICATION template sent to a business-scoped user ID (`recipient`) without a phone number (`to`).
    ///
    /// ## Why is this bad
    /// Since April 2026 a message may be addressed by BSUID (`recipient`) instead of a phone
    /// number, but not an authentication template: one-tap, zero-tap and copy-code templates still
    /// need the user's phone number, and Meta answers 131062 "Business-scoped User ID recipients
    /// are not supported for this message". When `to` is given too, `to` wins and the send is
    /// fine. The rule needs the template definitions (`walint lint --templates`) to know the
    /// category.
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "login_code", "language": "en_US", "status": "APPROVED", "category": "AUTHENTICATION",
    ///  "components": [{"type": "BODY", "text": "*{{1}}* is your verification code."},
    ///   {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Copy code",
    ///    "url": "https://www.whatsapp.com/otp/code/?otp_type=COPY_CODE&code=otp{{1}}"}]}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "recipient": "US.13491208655302741918", "type": "template",
    ///  "template": {"name": "login_code", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "482913"}]},
    ///   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "482913"}]}]}}
    /// ```
    /// Use instead: `"to"` with the user's phone number.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "login_code", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "482913"}]},
    ///   {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "482913"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/authentication-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://dualhook.com/docs/contacts-bsuid-api-changes
    pub static RULE = {
        code: "X012",
        name: "send-auth-bsuid-recipient",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids",
        meta_error: Some(MetaError::BSUID_UNSUPPORTED),
        since: "2026-03-31",
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let Some(message) = pairing.message else {
        return;
    };
    if !pairing.is_authentication() {
        return;
    }
    if message.get("to").is_some_and(|to| !to.is_null()) {
        return;
    }
    if !message.get("recipient").is_some_and(Value::is_string) {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            Path::ROOT.key("recipient"),
            "authentication templates cannot be sent to a business-scoped user ID: this send has `recipient` but no `to`",
        )
        .with_help("send authentication templates to the user's phone number (`to`)")
        .at_key(),
    );
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use crate::rules::send_definition::check_send;

    fn definition() -> Value {
        json!({"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
            {"type": "BODY", "add_security_recommendation": true},
            {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]})
    }

    fn send(address: Value) -> Value {
        let mut message = json!({"messaging_product": "whatsapp", "type": "template",
            "template": {"name": "login_code", "language": {"code": "en_US"}, "components": [
                {"type": "body", "parameters": [{"type": "text", "text": "482913"}]},
                {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "482913"}]}]}});
        if let (Some(message), Some(address)) = (message.as_object_mut(), address.as_object()) {
            message.extend(address.clone());
        }
        message
    }

    fn x012(send: &Value) -> Vec<String> {
        check_send(send, &definition())
            .into_iter()
            .filter(|d| d.code == "X012")
            .map(|d| d.pointer)
            .collect()
    }

    #[test]
    fn bsuid_only_sends_of_authentication_templates_are_reported() {
        let bsuid_only = send(json!({"recipient": "US.13491208655302741918"}));
        assert_eq!(x012(&bsuid_only), ["/recipient"]);
        let found = check_send(&bsuid_only, &definition());
        let meta = found
            .iter()
            .filter(|d| d.code == "X012")
            .find_map(|d| d.meta_error);
        assert_eq!(meta.map(|m| m.code), Some(131062));
        // `to` wins over `recipient`.
        let both = send(json!({"to": "+15551234567", "recipient": "US.13491208655302741918"}));
        assert!(x012(&both).is_empty());
        // A bare template object says nothing about the recipient.
        let bare = bsuid_only.get("template").cloned().unwrap_or_default();
        assert!(x012(&bare).is_empty());
        // Other categories may go to a BSUID.
        let mut utility = definition();
        utility["category"] = json!("UTILITY");
        assert!(!check_send(&bsuid_only, &utility).iter().any(|d| d.code == "X012"));
    }
}
