//! X004 send-button-param-missing

use super::{button_parameters, Pairing, Scope};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::rules::template::parts::Button;

declare_rule! {
    /// ## What it does
    /// Reports a definition button that needs a parameter at send time (a URL button with a variable, a COPY_CODE button, an authentication OTP button) but gets none.
    ///
    /// Warns when a FLOW button has no button component in the send.
    ///
    /// The message follows Meta's words: `buttons: Button at index 0 of type Url requires a
    /// parameter`. The index counts all the buttons of the template, in order.
    ///
    /// ## Why is this bad
    /// Meta answers 131008 "Required parameter is missing". Dynamic URL buttons are often
    /// forgotten and their index confused (https://github.com/chatwoot/chatwoot/issues/12393,
    /// https://github.com/chatwoot/chatwoot/issues/12953,
    /// https://github.com/shridarpatil/whatomate/issues/501,
    /// https://github.com/PipedreamHQ/pipedream/issues/5899). The rule needs the template
    /// definitions (`walint lint --templates`).
    ///
    /// A FLOW button's `flow_token` is optional (P011), but projects that left the button's
    /// component out of the send recorded 131009 "Parameter value is not valid" (2025–2026:
    /// juspay/clairvoyance#1128 and two others), fixed by adding it. Meta documents no error
    /// for it, so it is a warning.
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "order_shipped", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "components": [{"type": "BODY", "text": "Your order has shipped."},
    ///   {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Stop updates"},
    ///    {"type": "URL", "text": "Track", "url": "https://example.com/track/{{1}}",
    ///     "example": ["https://example.com/track/A-1001"]}]}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
    ///  "template": {"name": "order_shipped", "language": {"code": "en_US"}}}
    /// ```
    /// Use instead: a button component for the URL button, at index 1.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "button", "sub_type": "url", "index": "1", "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://github.com/chatwoot/chatwoot/issues/12393
    /// - https://github.com/PipedreamHQ/pipedream/issues/5899
    pub static RULE = {
        code: "X004",
        name: "send-button-param-missing",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

fn type_label(kind: &str) -> &'static str {
    match kind {
        "COPY_CODE" => "CopyCode",
        _ => "Url",
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    for scope in &pairing.scopes {
        for button in scope.def_buttons() {
            if button.kind == "FLOW" {
                flow_button(ctx, scope, &button);
                continue;
            }
            if button_parameters(&button).unwrap_or(0) == 0 {
                continue;
            }
            let sent = scope
                .send
                .iter()
                .find(|c| c.kind == "button" && c.index == Some(button.index));
            let at = match sent {
                Some(component) if component.parameters().is_empty() => component.parameters_pointer(),
                Some(_) => continue,
                None => scope.at,
            };
            let sub_type = super::send_sub_type(&button.kind).unwrap_or("url");
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    at,
                    format!(
                        "{}: Button at index {} of type {} requires a parameter",
                        scope.name("buttons"),
                        button.index,
                        type_label(&button.kind)
                    ),
                )
                .with_help(format!(
                    "add `{{\"type\": \"button\", \"sub_type\": \"{sub_type}\", \"index\": \"{}\", \"parameters\": [{}]}}`",
                    button.index,
                    if sub_type == "copy_code" {
                        "{\"type\": \"coupon_code\", \"coupon_code\": \"…\"}"
                    } else {
                        "{\"type\": \"text\", \"text\": \"…\"}"
                    }
                )),
            );
        }
    }
}

/// A FLOW button left out of the send. Its parameter is optional (P011), its component is not:
/// Meta answers 131009, as three projects recorded (2025–2026).
fn flow_button(ctx: &mut Ctx<'_>, scope: &Scope<'_>, button: &Button<'_>) {
    if scope.send.iter().any(|c| c.kind == "button" && c.index == Some(button.index)) {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            scope.at,
            format!("{}: the FLOW button at index {} has no button component", scope.name("buttons"), button.index),
        )
        .with_severity(Severity::Warning)
        .with_meta_error(MetaError::INVALID_VALUE)
        .with_help(format!(
            "add `{{\"type\": \"button\", \"sub_type\": \"flow\", \"index\": \"{}\", \"parameters\": [{{\"type\": \"action\", \"action\": {{\"flow_token\": \"…\"}}}}]}}`",
            button.index
        )),
    );
}
