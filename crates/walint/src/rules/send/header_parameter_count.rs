//! P012 send-header-parameter-count

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a template send whose `header` component carries more than one parameter.
    ///
    /// ## Why is this bad
    /// A template header holds at most one variable ("Text headers support 1 parameter") or one
    /// media, location or product: its send component takes exactly one parameter. Meta refuses
    /// more with 132000 "Number of parameters does not match the expected number of params"
    /// (details: "header: number of localizable_params (2) does not match the expected number of
    /// params (1)"). When the template definitions are given (`walint lint --templates`), X002
    /// compares every component's count with the template.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "text", "text": "#4521"}, {"type": "text", "text": "Mark"}]}]}}
    /// ```
    /// Use instead: one header parameter; the other values go in the `body` component.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "order_shipped", "language": {"code": "en_US"}, "components": [
    ///   {"type": "header", "parameters": [{"type": "text", "text": "#4521"}]},
    ///   {"type": "body", "parameters": [{"type": "text", "text": "Mark"}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "P012",
        name: "send-header-parameter-count",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::PARAM_COUNT),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for header in list.iter().filter(|c| c.kind == "header") {
            let parameters = header.parameters();
            let Some((second, _)) = parameters.get(1) else {
                continue;
            };
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    *second,
                    format!(
                        "a header takes one parameter; this one has {}",
                        parameters.len()
                    ),
                )
                .with_help("keep the header's one value (text, media, location or product) and move the others to the body"),
            );
        }
    }
}
