//! T042 template-auth-signature-hash

use super::parts::{is_placeholder, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Applicability, Diagnostic};
use crate::pointer::Path;
use crate::rules::message::items;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports an OTP button `signature_hash` that is not exactly 11 characters of `A–Z a–z 0–9 + / =`.
    ///
    /// It checks each `supported_apps[].signature_hash` and the deprecated button-level
    /// `signature_hash`. A URL-encoded hash (`K8a%2FAINcGX7`) gets a safe fix that decodes it
    /// (`K8a/AINcGX7`).
    ///
    /// ## Why is this bad
    /// The hash identifies the app that receives the one-tap / zero-tap code; Meta documents
    /// it as exactly 11 characters and refuses the creation otherwise. The example in Meta's
    /// own OpenAPI description (https://github.com/facebook/openapi) is URL-encoded and fails
    /// this rule.
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "components": [
    ///  {"type": "BODY", "add_security_recommendation": true},
    ///  {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "ONE_TAP", "text": "Copy code", "autofill_text": "Autofill",
    ///    "supported_apps": [{"package_name": "com.example.luckyshrub", "signature_hash": "K8a%2FAINcGX7"}]}]}]}
    /// ```
    /// Use instead: the decoded 11-character hash:
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
    /// - https://github.com/facebook/openapi
    pub static RULE = {
        code: "T042",
        name: "template-auth-signature-hash",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/zero-tap-authentication-templates",
        meta_error: None,
    }
}

fn is_hash_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=')
}

fn is_valid(hash: &str) -> bool {
    hash.chars().count() == 11 && hash.chars().all(is_hash_char)
}

/// Decodes `%XX` escapes; `None` when there are none or one is broken.
fn percent_decoded(text: &str) -> Option<String> {
    if !text.contains('%') {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn check_hash(ctx: &mut Ctx<'_>, at: Path<'_>, value: Option<&Value>, schema_checks_length: bool) {
    let Some(hash) = value.and_then(Value::as_str) else {
        return;
    };
    if is_placeholder(value) || is_valid(hash) {
        return;
    }
    let length = hash.chars().count();
    // Inside supported_apps the schema already reports a wrong length.
    if schema_checks_length && length != 11 && percent_decoded(hash).is_none() {
        return;
    }
    let mut diagnostic = match hash.char_indices().find(|(_, c)| !is_hash_char(*c)) {
        Some((start, c)) => Diagnostic::new(
            &RULE,
            at,
            format!("signature_hash has `{c}`: it must be 11 characters of A–Z, a–z, 0–9, `+`, `/`, `=`"),
        )
        .with_text_range(hash, start, start + c.len_utf8()),
        None => Diagnostic::new(
            &RULE,
            at,
            format!("signature_hash has {length} characters; it must have exactly 11"),
        ),
    };
    match percent_decoded(hash).filter(|decoded| is_valid(decoded)) {
        Some(decoded) => {
            diagnostic = diagnostic
                .with_help(format!("the value is URL-encoded: write `{decoded}`"))
                .with_fix(
                    Applicability::Safe,
                    "decode the URL-encoded hash",
                    Value::from(decoded),
                );
        }
        None => {
            diagnostic =
                diagnostic.with_help("copy the 11-character app signing key hash generated for your app");
        }
    }
    ctx.report(diagnostic);
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "OTP") {
        check_hash(
            ctx,
            button.pointer.key("signature_hash"),
            button.value.get("signature_hash"),
            false,
        );
        for (index, app) in items(button.value, "supported_apps").iter().enumerate() {
            check_hash(
                ctx,
                button
                    .pointer
                    .key("supported_apps")
                    .index(index)
                    .key("signature_hash"),
                app.get("signature_hash"),
                true,
            );
        }
    }
}
