//! X002 send-param-count

use super::{button_parameters, variables, Pairing};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;

declare_rule! {
    /// ## What it does
    /// Reports a template send component whose number of parameters differs from the number of variables of the same component in the definition.
    ///
    /// The message follows Meta's own words: `body: number of localizable_params (2) does not
    /// match the expected number of params (1)`. Checked for the header, the body, each button
    /// with a fixed parameter count (URL, COPY_CODE, OTP) and each carousel card. Authentication
    /// templates take one body parameter (the code).
    ///
    /// ## Why is this bad
    /// It is the most common template send error: Meta answers 132000 "Number of parameters does
    /// not match the expected number of params" (https://github.com/chatwoot/chatwoot/issues/13142,
    /// https://github.com/david-lev/pywa/issues/154, https://github.com/rapidpro/rapidpro/issues/1432;
    /// a button parameter put in the body: https://github.com/PipedreamHQ/pipedream/issues/6071).
    /// Header parameters sent to a template without a header get Meta's own answer instead:
    /// 132018 "header: Template does not contain title component, no parameters allowed"
    /// (recorded by several projects, 2025–2026).
    /// The rule needs the template definitions (`walint lint --templates`).
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "welcome", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "components": [{"type": "BODY", "text": "Hi {{1}}, welcome aboard!", "example": {"body_text": [["Mark"]]}}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "welcome", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}, {"type": "text", "text": "Smith"}]}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "welcome", "language": {"code": "en_US"}, "components": [
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/authentication-templates/copy-code-button-authentication-templates
    /// - https://github.com/chatwoot/chatwoot/issues/13142
    pub static RULE = {
        code: "X002",
        name: "send-param-count",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes",
        meta_error: Some(MetaError::PARAM_COUNT),
    }
}

fn report(ctx: &mut Ctx<'_>, at: Path<'_>, what: &str, sent: usize, expected: usize) {
    ctx.report(
        Diagnostic::new(
            &RULE,
            at,
            format!("{what}: number of localizable_params ({sent}) does not match the expected number of params ({expected})"),
        )
        .with_help(if sent > expected {
            "remove the extra parameters (each variable of the approved template takes exactly one)"
        } else {
            "send one parameter per variable of the approved template, in order"
        }),
    );
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    for scope in &pairing.scopes {
        let auth = scope.card.is_none() && pairing.is_authentication();
        // Body: its variables, or the one-time code of an authentication template.
        let expected = if auth {
            1
        } else {
            scope.def_text("BODY").map_or(0, |text| variables(text).len())
        };
        let (sent, at) = match scope.send_component("body") {
            Some(body) => (body.parameters().len(), body.parameters_pointer()),
            None => (0, scope.at),
        };
        if sent != expected {
            report(ctx, at, &scope.name("body"), sent, expected);
        }
        // Text header (media headers are X003's).
        let header = scope.def_component("HEADER");
        let text_header = match header
            .and_then(|h| h.value.get("format"))
            .and_then(|f| f.as_str())
        {
            Some(format) => format.eq_ignore_ascii_case("TEXT"),
            None => true,
        };
        if text_header {
            let expected = scope.def_text("HEADER").map_or(0, |text| variables(text).len());
            let (sent, at) = match scope.send_component("header") {
                Some(component) => (component.parameters().len(), component.parameters_pointer()),
                None => (0, scope.at),
            };
            if header.is_none() && sent > 0 {
                // Meta names this case: 132018, not the count mismatch.
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at,
                        format!(
                            "{}: the template has no header, so it takes no header parameters \
                             (Meta: \"Template does not contain title component, no parameters allowed\")",
                            scope.name("header")
                        ),
                    )
                    .with_help("leave the header component out of the send")
                    .with_meta_error(MetaError::TEMPLATE_PARAM),
                );
            } else if sent != expected {
                report(ctx, at, &scope.name("header"), sent, expected);
            }
        }
        // Buttons sent with parameters (a missing one is X004's).
        let buttons = scope.def_buttons();
        for component in scope.send.iter().filter(|c| c.kind == "button") {
            let Some(button) = component.index.and_then(|i| buttons.get(i)) else {
                continue;
            };
            let Some(expected) = button_parameters(button) else {
                continue;
            };
            let sent = component.parameters().len();
            if sent > 0 && sent != expected {
                let what = scope.name(&format!("button at index {}", button.index));
                report(ctx, component.parameters_pointer(), &what, sent, expected);
            }
        }
    }
}
