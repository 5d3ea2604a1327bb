//! X008 send-template-not-approved

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a send of a template whose definition (as returned by GET) has a `status` other than APPROVED.
    ///
    /// ## Why is this bad
    /// "Templates must have a status of APPROVED" to be sent. Meta answers 132015 "Template is
    /// Paused", 132016 "Template is Disabled", or 132001 "Template does not exist" for the other
    /// statuses (PENDING, REJECTED, IN_APPEAL, …). The rule needs the template definitions
    /// (`walint lint --templates`) with their `status`.
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [
    ///  {"name": "order_shipped", "language": "en_US", "status": "PAUSED", "category": "UTILITY",
    ///   "components": [{"type": "BODY", "text": "Your order has shipped."}]},
    ///  {"name": "order_shipped_v2", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///   "components": [{"type": "BODY", "text": "Good news: your order has shipped."}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "order_shipped", "language": {"code": "en_US"}}}
    /// ```
    /// Use instead: an approved template (or wait until Meta approves or reinstates this one).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "order_shipped_v2", "language": {"code": "en_US"}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update
    pub static RULE = {
        code: "X008",
        name: "send-template-not-approved",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let Some(status) = pairing.definition.get("status").and_then(Value::as_str) else {
        return;
    };
    if status.eq_ignore_ascii_case("APPROVED") {
        return;
    }
    let meta = match status.to_ascii_uppercase().as_str() {
        "PAUSED" => MetaError::TEMPLATE_PAUSED,
        "DISABLED" => MetaError::TEMPLATE_DISABLED,
        _ => MetaError::TEMPLATE_MISSING,
    };
    ctx.report(
        Diagnostic::new(
            &RULE,
            pairing.prefix.key("name"),
            format!("the template's status is {status}: only APPROVED templates can be sent"),
        )
        .with_meta_error(meta)
        .with_help("wait for approval, or send another template"),
    );
}
