//! P011 send-flow-button-without-parameters

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Warns when a template send's CATALOG button component has no `parameters` (or an empty list), or a QUICK_REPLY one an empty list, and notes a FLOW one without them.
    ///
    /// A QUICK_REPLY component without `parameters` at all is S001's error: Meta's page marks
    /// them required.
    ///
    /// ## Why is this bad
    /// Meta's examples always send `"parameters": [{"type": "action", "action": {"flow_token":
    /// "…"}}]`, and the `flow_token` is how your endpoint tells one user's Flow session from
    /// another's. Meta accepts a FLOW button component without parameters (its "Sending a Flow"
    /// page makes `flow_token` optional, defaulting to `"unused"`; "This request works",
    /// Bindambc/whatsapp-business-java-api#221; megaapp977/stack#93), so that case is an `info`.
    /// The 131009 "Parameter value is not valid" on record for Flow templates
    /// (chatwoot/chatwoot#13267) came from leaving the FLOW button component out entirely
    /// (fixed in Chatwoot PR #14714), which X004 reports against a definition. A CATALOG button is the same case: Meta's catalog template
    /// page marks its only parameter, the thumbnail's `thumbnail_product_retailer_id`, as
    /// optional (the first catalog item is shown without it), but every example sends the
    /// `action`, and no send without `parameters` is on record. A quick-reply button component
    /// is there to give the button its `payload`; one with no parameters was answered with
    /// 132018 "There's an issue with the parameters in your template" (ChatbotXIO/ChatbotX#1006,
    /// fixed by leaving the component out: a quick reply needs no component to be sent). Meta
    /// documents no answer for it, so this is a warning too.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "book_table", "language": {"code": "en_US"},
    ///  "components": [{"type": "button", "sub_type": "flow", "index": "0"}]}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "template", "template": {
    ///  "name": "book_table", "language": {"code": "en_US"},
    ///  "components": [{"type": "button", "sub_type": "flow", "index": "0",
    ///   "parameters": [{"type": "action", "action": {"flow_token": "booking-8842"}}]}]}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/template-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "P011",
        name: "send-flow-button-without-parameters",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        let without_parameters = |parameters: Option<&crate::value::Value>| {
            parameters.map_or(true, |parameters| parameters.as_array().is_some_and(|list| list.is_empty()))
        };
        let buttons = list.iter().filter(|c| c.kind == "button" && without_parameters(c.value.get("parameters")));
        for button in buttons {
            let (message, help) = match button.sub_type.as_deref() {
                Some("flow") => {
                    let note = Diagnostic::new(
                        &RULE,
                        button.pointer,
                        "this FLOW button has no `parameters`: Meta sends the Flow with `flow_token` \"unused\"",
                    )
                    .with_severity(crate::diagnostic::Severity::Info)
                    .without_meta_error()
                    .with_help("send `\"parameters\": [{\"type\": \"action\", \"action\": {\"flow_token\": \"…\"}}]` to tell the Flow's sessions apart");
                    ctx.report(note);
                    continue;
                }
                Some("catalog") => (
                    "this CATALOG button has no `parameters`",
                    "send `\"parameters\": [{\"type\": \"action\", \"action\": {\"thumbnail_product_retailer_id\": \"<SKU>\"}}]` (the thumbnail alone is optional)",
                ),
                // Without `parameters` at all, the schema's S001 reports it (Meta's page marks
                // them required): one finding, not two.
                Some("quick_reply") if button.value.get("parameters").is_some() => (
                    "this QUICK_REPLY button component has no `parameters`: it is there only to set the button's `payload`",
                    "send `\"parameters\": [{\"type\": \"payload\", \"payload\": \"…\"}]`, or leave the component out (the button is sent without it)",
                ),
                _ => continue,
            };
            ctx.report(Diagnostic::new(&RULE, button.pointer, message).with_help(help));
        }
    }
}
