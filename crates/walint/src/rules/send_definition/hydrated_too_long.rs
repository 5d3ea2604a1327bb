//! X007 send-hydrated-too-long

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::placeholder::{hydrate, Var, VarKind};
use crate::rules::send::parts::{rendered_value, SendComponent};
use crate::rules::template::parts::find;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Fills the definition's header and body with the send's values and reports a text over its limit: header 60, body 1024 (600 in a limited-time offer), carousel card body 160.
    ///
    /// Lengths are counted in Unicode code points. Currency and date_time values count with their
    /// `fallback_value`. A 1000-character body with `{{1}}`, sent with a 40-character value, is
    /// over the limit even though both were accepted on their own.
    ///
    /// ## Why is this bad
    /// "There is no maximum on the value, but it counts against the … limit": Meta answers
    /// 132005 "Template Hydrated Text Too Long" ("Translated text is too long"), after the
    /// template was approved, at send time (https://github.com/glific/glific/issues/3517). The
    /// rule needs the template definitions (`walint lint --templates`).
    ///
    /// ## Example
    /// ```json options
    /// {"templates": [{"name": "order_shipped", "language": "en_US", "status": "APPROVED", "category": "UTILITY",
    ///  "components": [{"type": "HEADER", "format": "TEXT", "text": "Your order {{1}} from Lucky Shrub has shipped",
    ///    "example": {"header_text": ["A-1001"]}},
    ///   {"type": "BODY", "text": "It will arrive within 3 days."}]}]}
    /// ```
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "text", "text": "A-1001 (2 parcels, express delivery)"}]}]}}
    /// ```
    /// Use instead: a shorter value (the header is 76 characters once filled in).
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "text", "text": "A-1001"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/media-card-carousel-templates
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/marketing-templates/limited-time-offer-templates
    /// - https://github.com/glific/glific/issues/3517
    pub static RULE = {
        code: "X007",
        name: "send-hydrated-too-long",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes",
        meta_error: Some(MetaError::HYDRATED_TOO_LONG),
    }
}

/// The value a send component gives to a variable of the definition text.
fn value_for(component: &SendComponent<'_>, var: &Var) -> Option<String> {
    let parameters = component.parameters();
    let parameter = match &var.kind {
        VarKind::Positional(n) => parameters
            .get(usize::try_from(*n).ok()?.checked_sub(1)?)
            .map(|(_, p)| *p),
        VarKind::Named(name) => parameters
            .iter()
            .map(|(_, p)| *p)
            .find(|p| p.get("parameter_name").and_then(Value::as_str) == Some(name)),
    }?;
    rendered_value(parameter).map(str::to_owned)
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let lto = find(pairing.definition, "LIMITED_TIME_OFFER").is_some();
    for scope in &pairing.scopes {
        let body_limit = match (scope.card, lto) {
            (Some(_), _) => 160,
            (None, true) => 600,
            (None, false) => 1024,
        };
        for (def_kind, send_kind, limit) in [("HEADER", "header", 60), ("BODY", "body", body_limit)] {
            let (Some(text), Some(component)) = (scope.def_text(def_kind), scope.send_component(send_kind))
            else {
                continue;
            };
            let filled = hydrate(text, &|var| value_for(component, var));
            let length = filled.chars().count();
            if length > limit {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        component.parameters_pointer(),
                        format!(
                            "{}: the text is {length} characters once the parameters are filled in; the limit is {limit}",
                            scope.name(send_kind)
                        ),
                    )
                    .with_help(format!("shorten the values by {} characters", length - limit)),
                );
            }
        }
    }
}
