//! M160 group-unsupported-type

use super::{items, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::Options;
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a group message (`"recipient_type": "group"`) of a kind the Groups API does not support.
    ///
    /// | message | severity |
    /// | --- | --- |
    /// | any `interactive` message (lists, buttons, flows, commerce such as `product`, `product_list`, `catalog_message`, calling such as `voice_call`, `call_permission_request`) | error |
    /// | a template with a `catalog` or `mpm` button (commerce) or a `voice_call` button (calling) | error |
    /// | an AUTHENTICATION template, known from a definition given in `templates` (matched by name and language) | error |
    /// | `location`, `contacts`, `reaction` | warning |
    ///
    /// ## Why is this bad
    /// Meta's Groups API page lists the supported message types as "Text, media,
    /// text-based templates, and media-based templates", and names interactive messages,
    /// commerce messages, calling and authentication ("Auth") as not supported: those
    /// sends fail. Location, contacts and reactions are in neither list, so they are a
    /// warning. The category of a template is only known from its definition: without
    /// `templates`, an authentication template is not reported.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "recipient_type": "group", "to": "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD",
    ///  "type": "interactive", "interactive": {"type": "button", "body": {"text": "Coming tonight?"},
    ///  "action": {"buttons": [{"type": "reply", "reply": {"id": "yes", "title": "Yes"}}]}}}
    /// ```
    /// Use instead: a text message (`"type": "text"`) or a text- or media-based template.
    /// ```json
    /// {"messaging_product": "whatsapp", "recipient_type": "group", "to": "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD",
    ///  "type": "text", "text": {"body": "Coming tonight? Reply yes or no."}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/groups
    ///   (quick facts: supported and non-supported message types)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/groups-messaging
    ///   (`recipient_type: "group"`, `to` is the group id)
    pub static RULE = {
        code: "M160",
        name: "group-unsupported-type",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/groups",
        meta_error: None,
    }
}

const SUPPORTED: &str = "groups support only text, media, and text- or media-based templates";

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    if message.get("recipient_type").and_then(Value::as_str) != Some("group") {
        return;
    }
    match message.kind() {
        Some("interactive") => {
            let subtype = message
                .get("interactive")
                .and_then(|i| i.get("type"))
                .and_then(Value::as_str);
            let kind = match subtype {
                Some("product" | "product_list" | "catalog_message") => "a commerce message",
                Some("voice_call" | "call_permission_request") => "a calling message",
                _ => "an interactive message",
            };
            let shown = subtype.map_or(String::new(), |s| format!(" (`{s}`)"));
            report(
                ctx,
                ptr!("type"),
                format!("{kind}{shown} cannot be sent to a group: {SUPPORTED}"),
                Severity::Error,
            );
        }
        Some(kind @ ("location" | "contacts" | "reaction")) => report(
            ctx,
            ptr!("type"),
            format!("Meta does not list `{kind}` messages as supported in groups: {SUPPORTED}"),
            Severity::Warning,
        ),
        Some("template") => {
            if let Some(template) = message.get("template") {
                check_template(ctx, template);
            }
        }
        _ => {}
    }
}

fn check_template(ctx: &mut Ctx<'_>, template: &Value) {
    let options = ctx.options;
    if definition_category(options, template).is_some_and(|c| c.eq_ignore_ascii_case("AUTHENTICATION")) {
        report(
            ctx,
            ptr!("template", "name"),
            format!("authentication templates cannot be sent to a group: {SUPPORTED}"),
            Severity::Error,
        );
    }
    for (index, component) in items(template, "components").iter().enumerate() {
        let Some(sub_type) = component.get("sub_type").and_then(Value::as_str) else {
            continue;
        };
        let kind = match sub_type.to_ascii_lowercase().as_str() {
            "catalog" | "mpm" => "commerce",
            "voice_call" => "calling",
            _ => continue,
        };
        report(
            ctx,
            ptr!("template", "components", index, "sub_type"),
            format!("a template with a `{sub_type}` button is a {kind} message, which groups do not support: {SUPPORTED}"),
            Severity::Error,
        );
    }
}

/// The `category` of the definition in `options.templates` with the send's name and
/// language code (the match X rules use).
fn definition_category<'o>(options: &'o Options, template: &Value) -> Option<&'o str> {
    options.definition_of(template)?.get("category")?.as_str()
}

fn report(ctx: &mut Ctx<'_>, pointer: String, message: String, severity: Severity) {
    ctx.report(
        Diagnostic::new(&RULE, pointer, message)
            .with_severity(severity)
            .with_help(
                "send text, an image, video, audio, document or sticker, or a text- or media-based template",
            ),
    );
}
