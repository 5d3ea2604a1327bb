//! A template send checked against its definition (codes X001–X099): parameter counts per
//! component in Meta's own words, media header formats, button parameters, named
//! parameters and the length of the text once the values are filled in. One file per rule.
//!
//! [`check_send`] takes a send and the definition it uses; with `Options.templates`, the
//! engine runs the same rules on every template send ([`against_options`]), matching the
//! definition by name and language.

mod pairing;
mod template_unknown;

pub use pairing::{button_parameters, send_sub_type, variables, Pairing, Scope};

use crate::context::Ctx;
use crate::diagnostic::Diagnostic;
use crate::options::Options;
use crate::pointer::Path;
use crate::rule::Rule;
use crate::rules::value_at;
use crate::value::Value;

/// A rule's check: reads the pairing of a send with its definition.
pub type Check = fn(&mut Ctx<'_>, &Pairing<'_>);

crate::rule_files! {
    Check;
    template_not_approved,
    param_count,
    header_format,
    button_param_missing,
    button_mismatch,
    named_params,
    hydrated_too_long,
    carousel_card_count,
    lto_expiration_missing,
    url_button_too_long,
    auth_bsuid_recipient,
    marketing_via_cloud_api,
    auth_code_too_long,
}

/// X001: reported before a definition is paired with the send, so it has no check in
/// [`CHECKS`].
pub static RULES: &[&Rule] = &[&template_unknown::RULE];

/// Checks a template send against the definition of the template it uses. `send` is a
/// message (`{"type": "template", "template": {…}}`) or its bare `template` object;
/// `definition` is one template definition (as created or as returned by GET). Pointers
/// are relative to `send`.
pub fn check_send(send: &serde_json::Value, definition: &serde_json::Value) -> Vec<Diagnostic> {
    check_send_value(&Value::from_serde(send), definition)
}

/// [`check_send`] of a send already read.
pub(crate) fn check_send_value(send: &Value, definition: &serde_json::Value) -> Vec<Diagnostic> {
    let options = Options::default();
    let mut ctx = Ctx::new(&options);
    let (template, prefix) = template_of(send);
    // A bare template object has no message around it (no `to`, `recipient`, …).
    let message = send.get("template").filter(|t| t.is_object()).map(|_| send);
    if let Some(template) = template {
        if names_match(template, definition) {
            run(&mut ctx, template, prefix, definition, message);
        } else {
            template_unknown::report(&mut ctx, template, prefix, &[definition]);
        }
    }
    ctx.into_diagnostics()
}

/// With `Options.templates`: finds the send's definition by name and language and runs the
/// X rules, or reports X001 when none matches.
pub fn against_options(ctx: &mut Ctx<'_>, message: &Value) {
    if ctx.options.templates.is_empty() {
        return;
    }
    let (Some(template), prefix) = template_of(message) else {
        return;
    };
    let options = ctx.options;
    let definitions: Vec<&serde_json::Value> = options.definitions().collect();
    match definitions.iter().find(|d| names_match(template, d)) {
        Some(definition) => run(ctx, template, prefix, definition, Some(message)),
        None => template_unknown::report(ctx, template, prefix, &definitions),
    }
}

fn template_of<'v>(send: &'v Value<'v>) -> (Option<&'v Value<'v>>, Path<'static>) {
    match send.get("template") {
        Some(template) if template.is_object() => (Some(template), Path::ROOT.key("template")),
        _ if send.get("name").is_some() => (Some(send), Path::ROOT),
        _ => (None, Path::ROOT),
    }
}

/// Whether a send's `template` (name, language code) names `definition`.
pub fn names_match(template: &Value, definition: &serde_json::Value) -> bool {
    let name = template.get("name").and_then(Value::as_str);
    let code = value_at(template, &["language", "code"]).and_then(Value::as_str);
    name.is_some()
        && name == definition.get("name").and_then(serde_json::Value::as_str)
        && code.is_some()
        && code == definition.get("language").and_then(serde_json::Value::as_str)
}

fn run(
    ctx: &mut Ctx<'_>,
    template: &Value,
    prefix: Path<'static>,
    definition: &serde_json::Value,
    message: Option<&Value>,
) {
    // The X rules read the definition as they read the send.
    let definition = Value::from_serde(definition);
    let pairing = Pairing::new(template, prefix, &definition, message);
    for (_, check) in CHECKS {
        check(ctx, &pairing);
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::check_send;
    use crate::{lint_value, Kind, Options};

    fn definition() -> serde_json::Value {
        json!({
            "name": "order_shipped", "language": "en_US", "category": "UTILITY",
            "components": [
                {"type": "BODY", "text": "Hi {{1}}, your order has shipped. Thank you!", "example": {"body_text": [["Mark"]]}},
                {"type": "BUTTONS", "buttons": [{"type": "URL", "text": "Track", "url": "https://example.com/t/{{1}}", "example": ["https://example.com/t/1"]}]}
            ]
        })
    }

    fn send(body: serde_json::Value) -> serde_json::Value {
        json!({
            "messaging_product": "whatsapp", "to": "+15551234567", "type": "template",
            "template": {"name": "order_shipped", "language": {"code": "en_US"}, "components": [
                {"type": "body", "parameters": body},
                {"type": "button", "sub_type": "url", "index": "0", "parameters": [{"type": "text", "text": "1"}]}
            ]}
        })
    }

    #[test]
    fn count_mismatch_uses_metas_words() {
        let found = check_send(
            &send(json!([{"type": "text", "text": "Mark"}, {"type": "text", "text": "extra"}])),
            &definition(),
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].code, "X002");
        assert_eq!(found[0].pointer, "/template/components/0/parameters");
        assert_eq!(
            found[0].message,
            "body: number of localizable_params (2) does not match the expected number of params (1)"
        );
        assert_eq!(found[0].meta_error.map(|m| m.code), Some(132000));
    }

    #[test]
    fn matching_send_is_clean_and_bare_template_objects_work() {
        let message = send(json!([{"type": "text", "text": "Mark"}]));
        assert!(check_send(&message, &definition()).is_empty());
        let bare = message.get("template").cloned().unwrap_or_default();
        let found = check_send(
            &bare,
            &json!({"name": "other", "language": "en_US", "components": []}),
        );
        assert_eq!(found.iter().map(|d| d.code).collect::<Vec<_>>(), ["X001"]);
        assert_eq!(found[0].pointer, "/name");
    }

    #[test]
    fn lint_uses_definitions_from_options_including_data_lists() {
        let options: Options =
            serde_json::from_value(json!({"templates": [{"data": [definition()]}]})).unwrap_or_default();
        assert_eq!(options.templates.len(), 1);
        let report = lint_value(&send(json!([])), Kind::Auto, &options);
        assert!(
            report.diagnostics.iter().any(|d| d.code == "X002"),
            "{:?}",
            report.diagnostics
        );
        let mut unknown = send(json!([{"type": "text", "text": "Mark"}]));
        unknown["template"]["language"]["code"] = json!("en-US");
        let report = lint_value(&unknown, Kind::Auto, &options);
        let x001 = report.diagnostics.iter().find(|d| d.code == "X001");
        assert!(x001.is_some_and(|d| d.help.as_deref().is_some_and(|h| h.contains("en_US"))));
        // Without definitions, no X rule runs.
        let report = lint_value(&send(json!([])), Kind::Auto, &Options::default());
        assert!(!report.diagnostics.iter().any(|d| d.code.starts_with('X')));
    }
}
