//! T073 template-ttl-out-of-range

use super::parts::{is_placeholder, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a `message_send_ttl_seconds` outside the range Meta allows for the template's category.
    ///
    /// ## Why is this bad
    /// Meta lists the valid values per category: AUTHENTICATION 30 to 900 seconds (15
    /// minutes), UTILITY 30 to 43200 (12 hours), MARKETING 43200 to 2592000 (30 days), in
    /// 1-second steps. Any other value is not a valid TTL for the category, and Meta refuses
    /// the creation or edit (error).
    ///
    /// Copies of Meta's page also list `-1` ("a custom TTL of 30 days") for authentication and
    /// utility templates; not every copy and SDK agrees, so `-1` there is a warning. A
    /// 30-day TTL on an authentication template also outlives any one-time code.
    ///
    /// A MARKETING TTL is honoured only when the template is sent through the Marketing
    /// Messages API (`/marketing_messages`); sent through Cloud API `/messages`, the default of
    /// 30 days applies. A valid MARKETING TTL is therefore reported as info.
    ///
    /// ## Example
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "message_send_ttl_seconds": 3600,
    ///  "components": [{"type": "BODY", "add_security_recommendation": true},
    ///   {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}
    /// ```
    /// Use instead: `"message_send_ttl_seconds": 600` (at most 900 for authentication
    /// templates, preferably no longer than the code is valid).
    /// ```json
    /// {"name": "login_code", "language": "en_US", "category": "AUTHENTICATION", "message_send_ttl_seconds": 600,
    ///  "components": [{"type": "BODY", "add_security_recommendation": true},
    ///   {"type": "BUTTONS", "buttons": [{"type": "OTP", "otp_type": "COPY_CODE", "text": "Copy code"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/time-to-live
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/marketing-messages/send-marketing-messages
    pub static RULE = {
        code: "T073",
        name: "template-ttl-out-of-range",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/time-to-live",
        meta_error: None,
    }
}

/// The documented TTL range of a category, in seconds (inclusive), and how it reads.
fn range(category: &str) -> Option<(i64, i64, &'static str)> {
    match category {
        "AUTHENTICATION" => Some((30, 900, "30 to 900 seconds (15 minutes)")),
        "UTILITY" => Some((30, 43_200, "30 to 43200 seconds (12 hours)")),
        "MARKETING" => Some((
            43_200,
            2_592_000,
            "43200 to 2592000 seconds (12 hours to 30 days)",
        )),
        _ => None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let Some(value) = view.template.get("message_send_ttl_seconds") else {
        return;
    };
    // Not an integer: the schema reports it.
    let Some(ttl) = value.as_i64().or_else(|| value.as_u64().map(|_| i64::MAX)) else {
        return;
    };
    let Some(category) = view.category.as_deref() else {
        return;
    };
    if is_placeholder(view.template.get("category")) {
        return;
    }
    let Some((min, max, allowed)) = range(category) else {
        return;
    };
    let marketing = category == "MARKETING";
    let shown = match value {
        Value::Number(n) => n.to_string(),
        _ => ttl.to_string(),
    };
    let at = ptr!("message_send_ttl_seconds");
    if ttl == -1 && !marketing {
        ctx.report(
            Diagnostic::new(
                &RULE,
                at,
                format!(
                    "`message_send_ttl_seconds: -1` (a 30-day TTL) is not in every copy of Meta's documentation for {category} templates"
                ),
            )
            .with_severity(Severity::Warning)
            .with_help(if category == "AUTHENTICATION" {
                format!("set an explicit value of {allowed}, no longer than the code is valid; a 30-day TTL outlives any one-time code")
            } else {
                format!("set an explicit value of {allowed}, or leave the field out for the default of 30 days")
            }),
        );
        return;
    }
    if !(min..=max).contains(&ttl) {
        let default = if category == "AUTHENTICATION" {
            "10 minutes"
        } else {
            "30 days"
        };
        let mut help =
            format!("set a value in that range, or leave the field out for the default of {default}");
        if marketing {
            help.push_str("; a MARKETING TTL applies only to sends through the Marketing Messages API");
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                at,
                format!("`message_send_ttl_seconds` is {shown}; {category} templates take {allowed}"),
            )
            .with_help(help),
        );
        return;
    }
    if marketing {
        ctx.report(
            Diagnostic::new(
                &RULE,
                at,
                "a MARKETING template's TTL is honoured only through the Marketing Messages API (`/marketing_messages`)",
            )
            .with_severity(Severity::Info)
            .with_help("sent through Cloud API `/messages`, the message keeps the default TTL of 30 days"),
        );
    }
}
