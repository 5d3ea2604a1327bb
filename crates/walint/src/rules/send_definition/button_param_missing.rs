//! X004 send-button-param-missing

use super::{button_parameters, Pairing};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a definition button that needs a parameter at send time (a URL button with a
    /// variable, COPY_CODE, an authentication OTP button) but gets none, in Meta's words:
    /// `buttons: Button at index 0 of type Url requires a parameter`. The index counts all
    /// the buttons of the template, in order.
    ///
    /// ## Why is this bad
    /// Meta answers 131008 "Required parameter is missing" (chatwoot#12393, #12953,
    /// whatomate#501, pipedream#5899). Dynamic URL buttons are often forgotten and their
    /// index confused.
    ///
    /// ## Example
    /// A template whose button 1 is `https://example.com/track/{{1}}`, sent without a
    /// `{"type": "button", "sub_type": "url", "index": "1", …}` component.
    ///
    /// ## References
    /// rules.md `tsend.button.shape`, `tsend.button.index-match`, `tsend.button.otp`; peers.md §3.2.
    pub static RULE = {
        code: "X004",
        name: "send-button-param-missing",
        severity: Error,
        source: "ERRTABLE (131008); DOC:/templates/components",
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
