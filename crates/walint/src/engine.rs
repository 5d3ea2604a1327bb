//! The one entry point every surface uses: recognise the document, run the structural
//! layer and the rules, apply the caller's options, and place findings in the text.

use std::borrow::Cow;

use serde::Serialize;

use crate::context::Ctx;
use crate::diagnostic::Diagnostic;
use crate::options::{Kind, Options};
use crate::rules::general::null_optional_field;
use crate::rules::{format, general, message, send, send_definition, texts, webhook};
use crate::selection::Selection;
use crate::value::{Map, Value};
use crate::{content, produced, schema, source};

/// What the linted document turned out to be.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DetectedKind {
    Message,
    Template,
    Webhook,
    Unknown,
    /// Plain text linted with [`lint_text`].
    Text,
}

impl DetectedKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DetectedKind::Message => "message",
            DetectedKind::Template => "template",
            DetectedKind::Webhook => "webhook",
            DetectedKind::Unknown => "unknown",
            DetectedKind::Text => "text",
        }
    }
}

#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub kind: DetectedKind,
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == crate::Severity::Error)
    }
}

/// Recognises a document from its shape.
pub fn detect(value: &Value) -> DetectedKind {
    let object = match value {
        Value::Object(object) => object,
        // A list of documents of one kind is of that kind.
        Value::Array(items) => {
            let mut kinds = items.iter().map(|item| match item {
                Value::Object(_) => detect(item),
                _ => DetectedKind::Unknown,
            });
            let first = kinds.next().unwrap_or(DetectedKind::Unknown);
            return if kinds.all(|kind| kind == first) {
                first
            } else {
                DetectedKind::Unknown
            };
        }
        _ => return DetectedKind::Unknown,
    };
    let has = |key: &str| object.contains_key(key);
    if object.get("object").and_then(Value::as_str) == Some("whatsapp_business_account") || has("entry") {
        DetectedKind::Webhook
    } else if has("name") && has("components") && has("category") {
        // A definition (the usual template): none of the other documents has all three.
        DetectedKind::Template
    } else if general::other_document(object).is_some() {
        DetectedKind::Unknown
    } else if has("messaging_product")
        || has("to")
        || has("recipient_type")
        || has("recipient")
        || is_bare_send(object)
    {
        DetectedKind::Message
    } else if (has("name") && has("components"))
        || has("library_template_name")
        || is_template_edit(object)
        || object.get("data").and_then(Value::as_array).is_some_and(|data| {
            data.iter()
                .any(|t| t.get("name").is_some() && t.get("components").is_some())
        })
        || is_empty_template_list(object)
    {
        DetectedKind::Template
    } else {
        DetectedKind::Unknown
    }
}

/// A send without its envelope (`{"type": "template", "template": {…}}`): the message a
/// project builds before adding `messaging_product` and `to`, which S001 then asks for. An
/// inbound message (`from`) is a webhook fragment, not a send.
fn is_bare_send(object: &Map) -> bool {
    let named = object.get("type").and_then(Value::as_str);
    named.is_some_and(|kind| object.get(kind).is_some_and(Value::is_object)) && !object.contains_key("from")
}

/// `GET /message_templates` when the account has no templates: `{"data": []}`, with `paging`
/// or `summary` at most.
fn is_empty_template_list(object: &crate::value::Map) -> bool {
    object
        .get("data")
        .and_then(Value::as_array)
        .is_some_and(Vec::is_empty)
        && object
            .keys()
            .all(|key| matches!(key, "data" | "paging" | "summary"))
}

/// An edit body (`POST /{template-id}`): nothing but the members an edit may change, with
/// `components`, a `category` or a `message_send_ttl_seconds` among them (an edit may change
/// the TTL alone).
fn is_template_edit(object: &crate::value::Map) -> bool {
    const EDIT_KEYS: &[&str] = &[
        "components",
        "category",
        "message_send_ttl_seconds",
        "parameter_format",
        "cta_url_link_tracking_opted_out",
    ];
    let components = object.get("components").and_then(Value::as_array);
    let category = object.get("category").and_then(Value::as_str);
    let ttl = object.contains_key("message_send_ttl_seconds");
    (components.is_some() || category.is_some() || ttl) && object.keys().all(|key| EDIT_KEYS.contains(&key))
}

/// Lints a parsed value. Diagnostics carry pointers but no text locations.
pub fn lint_value(value: &serde_json::Value, kind: Kind, options: &Options) -> Report {
    lint_document(&Value::from_serde(value), kind, options, true)
}

/// [`lint_value`], told whether the document holds a `null` at all (the reader knows): without
/// one, the walk that looks for them is skipped.
fn lint_document(value: &Value, kind: Kind, options: &Options, may_hold_nulls: bool) -> Report {
    let detected = match kind {
        Kind::Auto => detect(value),
        Kind::Message => DetectedKind::Message,
        Kind::Template => DetectedKind::Template,
        Kind::Webhook => DetectedKind::Webhook,
    };
    let diagnostics = match value {
        // A list of documents of one kind (the templates of a project kept in one file,
        // fixtures): each is linted as a document of its own, its pointers under its index.
        Value::Array(items) if detected != DetectedKind::Unknown => {
            let mut all = Vec::new();
            for (index, item) in items.iter().enumerate() {
                let prefix = format!("/{index}");
                for diagnostic in findings(item, detected, options, may_hold_nulls) {
                    all.push(diagnostic.prefixed(&prefix));
                }
            }
            all
        }
        _ => findings(value, detected, options, may_hold_nulls),
    };
    Report {
        kind: detected,
        diagnostics: apply_options(diagnostics, options),
    }
}

/// The findings of one document of kind `detected`, before the options' selection, with
/// those inside its objects written as JSON strings.
fn findings(
    value: &Value,
    detected: DetectedKind,
    options: &Options,
    may_hold_nulls: bool,
) -> Vec<Diagnostic> {
    let mut diagnostics = findings_of(value, detected, options, may_hold_nulls);
    // An object or array written as a JSON string (`"action": "{\"buttons\": …}"`, as some
    // projects send it) is an S002 info whose safe fix writes the object: what it holds is
    // checked in a copy of the document that has the objects, and the findings inside them
    // are kept. They point into the string and are located at it; their fixes are dropped,
    // as no edit reaches into a string (the info's own fix writes the object first).
    let written: Vec<(&str, &serde_json::Value)> = diagnostics
        .iter()
        .filter(|d| d.code == schema::WRONG_TYPE.code && d.severity == crate::diagnostic::Severity::Info)
        .filter_map(|d| match d.fix.as_ref()?.edits.as_slice() {
            [edit] if edit.value.is_object() || edit.value.is_array() => {
                Some((d.pointer.as_str(), &edit.value))
            }
            _ => None,
        })
        .collect();
    if written.is_empty() {
        return diagnostics;
    }
    let mut whole = value.clone();
    for (pointer, parsed) in &written {
        if let Some(slot) = whole.pointer_mut(pointer) {
            *slot = Value::from((*parsed).clone());
        }
    }
    let inside = |d: &Diagnostic| {
        written.iter().any(|(pointer, _)| {
            d.pointer
                .strip_prefix(pointer)
                .is_some_and(|rest| rest.starts_with('/'))
        })
    };
    let mut held: Vec<Diagnostic> = findings_of(&whole, detected, options, may_hold_nulls)
        .into_iter()
        .filter(inside)
        .collect();
    for diagnostic in &mut held {
        diagnostic.fix = None;
        diagnostic.message.push_str(" (inside the JSON string)");
    }
    diagnostics.append(&mut held);
    diagnostics
}

fn findings_of(
    value: &Value,
    detected: DetectedKind,
    options: &Options,
    may_hold_nulls: bool,
) -> Vec<Diagnostic> {
    let split_nulls = |value, prefix: &str| {
        if may_hold_nulls {
            without_nulls(value, prefix)
        } else {
            (Cow::Borrowed(value), Vec::new())
        }
    };
    let mut ctx = Ctx::new(options);
    match detected {
        DetectedKind::Message => {
            let (message, nulls) = split_nulls(value, "");
            let message = message.as_ref();
            let placeholders = general::placeholders(&mut ctx, message);
            let mut structural = schema::check_message(message);
            report_nulls(&mut structural, nulls);
            ctx.extend(structural.into_iter().filter(|d| {
                // A placeholder stands for a value to fill in: only a fixed vocabulary
                // (enum/const) has nothing to fill.
                placeholders.binary_search(&d.pointer).is_err() || schema::is_vocabulary(d.code)
            }));
            message::run(&mut ctx, message);
            send::run(&mut ctx, message);
            send_definition::against_options(&mut ctx, message);
            format::run_message(&mut ctx, message);
            if !options.content.is_empty() {
                let document = content::Document {
                    kind: content::ContentKind::Message,
                    category: content::message_category(options, message),
                    prefix: "",
                };
                content::run(&mut ctx, &document, &texts::message_texts(message));
            }
        }
        DetectedKind::Template => {
            for (prefix, template) in crate::rules::template::parts::definitions_in(value) {
                let (template, nulls) = split_nulls(template, &prefix);
                let template = template.as_ref();
                let mut found = Ctx::new(options);
                // Placeholders are reported once (G001), as in a message; the rules skip them.
                let mut reported = Ctx::new(options);
                let placeholders = general::placeholders(&mut reported, template);
                found.append(
                    reported
                        .into_diagnostics()
                        .into_iter()
                        .map(|d| d.prefixed(&prefix))
                        .collect(),
                );
                let mut structural: Vec<Diagnostic> = schema::check_template(template)
                    .into_iter()
                    .filter(|d| {
                        placeholders.binary_search(&d.pointer).is_err() || schema::is_vocabulary(d.code)
                    })
                    .map(|d| d.prefixed(&prefix))
                    .collect();
                report_nulls(&mut structural, nulls);
                found.append(structural);
                // The shown texts, found once for the formatting, template and content rules.
                let shown = texts::template_texts(template);
                format::run_template(&mut found, &prefix, &shown);
                crate::rules::template::run(&mut found, &prefix, template, &shown);
                if !options.content.is_empty() {
                    let document = content::Document {
                        kind: content::ContentKind::Template,
                        category: crate::rules::template::parts::category(template),
                        prefix: &prefix,
                    };
                    content::run(&mut found, &document, &shown);
                }
                let mut diagnostics = found.into_diagnostics();
                if produced::is_returned_template(template, !prefix.is_empty()) {
                    produced::read_template(&mut diagnostics);
                }
                ctx.append(diagnostics);
            }
        }
        DetectedKind::Webhook => ctx.append(lint_webhook(options, value)),
        DetectedKind::Unknown => match value.as_object().and_then(general::fragment) {
            // A part of a webhook notification kept alone (an entry, a change, a change's value,
            // a message or a status) is checked inside a notification built around it, a send's
            // `interactive` object inside a message: only the part's own findings are kept.
            Some(part) => {
                ctx.report(general::checked_fragment(part));
                let whole = whole_around(part, value.clone());
                let found = match part {
                    general::Fragment::Interactive => {
                        findings(&whole, DetectedKind::Message, options, may_hold_nulls)
                    }
                    _ => lint_webhook(options, &whole),
                };
                let at = part.pointer();
                ctx.append(found.into_iter().filter_map(|d| d.unprefixed(at)).collect());
            }
            None => {
                ctx.report(general::unknown_kind(value));
                // A Graph API error response: its code explained.
                if let Some(response) = value.as_object().filter(|object| object.get("error").is_some()) {
                    crate::rules::webhook::explain_response(&mut ctx, response);
                }
            }
        },
        // Never detected from JSON: plain text goes through `lint_text`.
        DetectedKind::Text => {}
    }
    ctx.into_diagnostics()
}

fn lint_webhook(options: &Options, value: &Value) -> Vec<Diagnostic> {
    let mut found = Ctx::new(options);
    found.append(schema::check_webhook(value));
    webhook::run(&mut found, value);
    let mut diagnostics = found.into_diagnostics();
    produced::read_webhook(&mut diagnostics, value);
    diagnostics
}

/// Whether `value`, of no kind walint lints whole, is a part of a message or a webhook
/// notification that it checks inside one: a folder walk keeps such a file.
pub fn is_fragment(value: &Value) -> bool {
    value.as_object().and_then(general::fragment).is_some()
}

/// A message to a valid number around an `interactive` object.
fn message_around(interactive: Value<'_>) -> Value<'_> {
    let members = vec![
        (Cow::Borrowed("messaging_product"), Value::from("whatsapp")),
        (Cow::Borrowed("to"), Value::from("+15551234567")),
        (Cow::Borrowed("type"), Value::from("interactive")),
        (Cow::Borrowed("interactive"), interactive),
    ];
    Value::Object(Map::from_members(members).0)
}

/// The message or notification `part` sits in, at [`general::Fragment::pointer`].
fn whole_around(part: general::Fragment, part_value: Value<'_>) -> Value<'_> {
    use general::Fragment;
    let change_value = match part {
        Fragment::Interactive => return message_around(part_value),
        Fragment::Entry => return notification(part_value),
        Fragment::Change => return notification(holding("changes", vec![part_value])),
        Fragment::Value | Fragment::TemplateValue(_) => part_value,
        Fragment::Message => holding("messages", vec![part_value]),
        Fragment::Status => holding("statuses", vec![part_value]),
    };
    // A value with `messaging_product` and `metadata` or `statuses` is a `messages` one: the
    // field lets W090 read its vocabulary.
    let field = match part {
        Fragment::TemplateValue(field) => field,
        _ => "messages",
    };
    let change = Value::Object(
        Map::from_members(vec![
            (Cow::Borrowed("field"), Value::from(field)),
            (Cow::Borrowed("value"), change_value),
        ])
        .0,
    );
    notification(holding("changes", vec![change]))
}

/// `{"object": "whatsapp_business_account", "entry": [entry]}`.
fn notification(entry: Value<'_>) -> Value<'_> {
    let members = vec![
        (Cow::Borrowed("entry"), Value::Array(vec![entry])),
        (Cow::Borrowed("object"), Value::from("whatsapp_business_account")),
    ];
    Value::Object(Map::from_members(members).0)
}

/// `{key: items}`.
fn holding<'v>(key: &'static str, items: Vec<Value<'v>>) -> Value<'v> {
    Value::Object(Map::from_members(vec![(Cow::Borrowed(key), Value::Array(items))]).0)
}

/// `value` without its `null` members (Meta reads them as absent), and the pointers of the
/// members left out, prefixed with `prefix`. Borrows when there are none (the usual case).
fn without_nulls<'v>(value: &'v Value<'v>, prefix: &str) -> (Cow<'v, Value<'v>>, Vec<String>) {
    let nulls = null_optional_field::null_members(value);
    if nulls.is_empty() {
        return (Cow::Borrowed(value), nulls);
    }
    let pointers = nulls.into_iter().map(|at| format!("{prefix}{at}")).collect();
    (Cow::Owned(null_optional_field::without_nulls(value)), pointers)
}

/// A `null` member that was required keeps the required-field finding (null counts as
/// missing); an optional one gets G003.
fn report_nulls(structural: &mut Vec<Diagnostic>, nulls: Vec<String>) {
    for at in nulls {
        let required = structural
            .iter_mut()
            .find(|d| d.code == schema::REQUIRED.code && d.pointer == at);
        match required {
            Some(missing) => missing.message.push_str(" (null counts as missing)"),
            None => structural.push(null_optional_field::finding(&at)),
        }
    }
}

/// Lints JSON text: syntax, duplicate keys, then [`lint_value`], with every finding
/// placed in the text (line, column, byte and UTF-16 ranges).
pub fn lint_str(source_text: &str, kind: Kind, options: &Options) -> Report {
    let parsed = match source::parse(source_text) {
        Ok(parsed) => parsed,
        Err(diagnostic) => {
            let kind = match kind {
                Kind::Message => DetectedKind::Message,
                Kind::Template => DetectedKind::Template,
                Kind::Webhook => DetectedKind::Webhook,
                Kind::Auto => DetectedKind::Unknown,
            };
            return Report {
                kind,
                diagnostics: apply_options(vec![*diagnostic], options),
            };
        }
    };
    let mut report = lint_document(&parsed.value, kind, options, parsed.has_null);
    report
        .diagnostics
        .extend(apply_options(parsed.duplicates, options));
    // Places every finding and every fix edit in the text.
    source::locate(source_text, &parsed.spans, &mut report.diagnostics);
    sort(&mut report.diagnostics);
    report
}

fn apply_options(diagnostics: Vec<Diagnostic>, options: &Options) -> Vec<Diagnostic> {
    if options.selection.is_empty() && options.overrides.iter().all(Selection::is_empty) {
        return diagnostics;
    }
    diagnostics
        .into_iter()
        .filter_map(|mut d| {
            let verdict = options.verdict(d.code, d.name, &d.pointer);
            if let Some(severity) = verdict.severity {
                d.severity = severity;
            }
            verdict.enabled.then_some(d)
        })
        .collect()
}

/// A template send (JSON text: a message or its bare `template` object) checked against
/// template definitions — one definition, a `GET /message_templates` response or an array, as
/// `Options.templates` takes them — with every finding placed in the text: the X findings
/// `walint lint --templates` reports (X001 when no definition has the send's name and language).
pub fn check_send_str(
    send_text: &str,
    definitions: serde_json::Value,
) -> Result<Vec<Diagnostic>, crate::Error> {
    let parsed = source::parse(send_text).map_err(|diagnostic| {
        let message = diagnostic.message.trim_start_matches("invalid JSON: ");
        let (line, column) = diagnostic.location.map_or((1, 1), |l| (l.line, l.column));
        crate::Error::SendJson(format!("{message} at line {line} column {column}"))
    })?;
    let send = parsed.value;
    let is_template = definitions.get("name").is_some() && definitions.get("components").is_some();
    let is_set = !is_template
        && (definitions.is_array() || definitions.get("data").is_some_and(serde_json::Value::is_array));
    let mut diagnostics = if is_set {
        let options = Options {
            templates: crate::definitions::from_value(definitions)?,
            ..Options::default()
        };
        let mut ctx = Ctx::new(&options);
        send_definition::against_options(&mut ctx, &send);
        ctx.into_diagnostics()
    } else {
        send_definition::check_send_value(&send, &definitions)
    };
    source::locate(send_text, &parsed.spans, &mut diagnostics);
    sort(&mut diagnostics);
    Ok(diagnostics)
}

fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.location.map_or(0, |l| l.start);
        key(a)
            .cmp(&key(b))
            .then_with(|| a.code.cmp(b.code))
            .then_with(|| a.pointer.cmp(&b.pointer))
    });
}

/// Lints plain text (a message body, template body, header, …) with the formatting rules,
/// as WhatsApp renders it in `context`. Diagnostics have pointer `""` and locations in the
/// text itself; a fix's edit replaces the whole text (bytes `0..text.len()`).
pub fn lint_text(text: &str, context: crate::format::TextContext, options: &Options) -> Report {
    let mut ctx = Ctx::new(options);
    format::report(
        &mut ctx,
        &format::Shown {
            pointer: String::new(),
            text,
            context,
        },
    );
    let mut diagnostics = apply_options(ctx.into_diagnostics(), options);
    let lines = source::Lines::new(text);
    for diagnostic in &mut diagnostics {
        if let Some(range) = diagnostic.text_range {
            diagnostic.location = Some(lines.location(range.byte_start, range.byte_end));
        }
        for edit in diagnostic.fix.iter_mut().flat_map(|fix| fix.edits.iter_mut()) {
            edit.start = Some(0);
            edit.end = Some(text.len());
        }
    }
    sort(&mut diagnostics);
    Report {
        kind: DetectedKind::Text,
        diagnostics,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::{detect, DetectedKind};
    use crate::value::Value;

    fn kind_of(document: serde_json::Value) -> DetectedKind {
        detect(&Value::from_serde(&document))
    }

    #[test]
    fn findings_inside_a_json_string_are_located_at_it_without_fixes() {
        let text = r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive",
 "interactive": {"type": "button", "body": {"text": "Rate us"},
 "action": "{\"buttons\": [{\"type\": \"reply\", \"reply\": {\"id\": \"a\", \"title\": \"  Far too long a title here\"}}]}"}}"#;
        let report = crate::lint_str(text, crate::Kind::Auto, &crate::Options::default());
        let string = report
            .diagnostics
            .iter()
            .find(|d| d.code == "S002")
            .expect("the JSON string's info");
        let inner: Vec<_> = report
            .diagnostics
            .iter()
            .filter(|d| d.pointer.starts_with("/interactive/action/"))
            .collect();
        assert!(inner.iter().any(|d| d.code == "S004"), "{inner:?}");
        for diagnostic in inner {
            assert!(diagnostic.fix.is_none(), "{diagnostic:?}");
            assert!(diagnostic.message.ends_with("(inside the JSON string)"));
            assert_eq!(
                diagnostic.location.map(|l| l.start),
                string.location.map(|l| l.start)
            );
        }
        // A string that holds no object is left alone: nothing is checked twice.
        let plain = r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "{not json"}}"#;
        let report = crate::lint_str(plain, crate::Kind::Auto, &crate::Options::default());
        assert!(report
            .diagnostics
            .iter()
            .all(|d| !d.message.contains("JSON string")));
    }

    #[test]
    fn other_whatsapp_documents_are_not_messages() {
        let cases = [
            json!({"messaging_product": "whatsapp", "contacts": [{"input": "+1", "wa_id": "1"}], "messages": [{"id": "wamid.1"}]}),
            json!({"messaging_product": "whatsapp", "to": "+16505551234", "action": "connect", "session": {"sdp_type": "offer", "sdp": "v=0"}}),
            json!({"messaging_product": "whatsapp", "call_id": "wacid.1", "action": "reject"}),
            json!({"messaging_product": "whatsapp", "block_users": [{"user": "+16505551234"}]}),
            json!({"messaging_product": "whatsapp", "pin": "212834"}),
            json!({"messaging_product": "whatsapp", "about": "Succulent specialists!"}),
            json!({"messaging_product": "whatsapp", "metadata": {"phone_number_id": "1"}, "statuses": []}),
            json!({"from": "16505551234", "id": "wamid.1", "timestamp": "1", "type": "text", "text": {"body": "hi"}}),
            json!({"version": "7.1", "screens": []}),
            // Nothing but `messaging_product`: the Groups API's invite link reset.
            json!({"messaging_product": "whatsapp"}),
        ];
        for case in cases {
            assert_eq!(kind_of(case.clone()), DetectedKind::Unknown, "{case}");
        }
    }

    #[test]
    fn messages_stay_messages_whatever_else_they_hold() {
        let cases = [
            // A message type or type object wins over keys of other bodies.
            json!({"messaging_product": "whatsapp", "to": "+1", "type": "text", "text": {"body": "hi"}, "action": "connect"}),
            json!({"messaging_product": "whatsapp", "to": "+1", "interactive": {"type": "button"}, "session": {}}),
            // `action` that is no call action (a misplaced interactive action).
            json!({"messaging_product": "whatsapp", "to": "+1", "action": {"buttons": []}}),
            // A recipient makes the profile-like and response-like keys a broken message.
            json!({"messaging_product": "whatsapp", "to": "+1", "about": "hi"}),
            json!({"messaging_product": "whatsapp", "to": "+1", "messages": []}),
            // Mark-as-read has `status`.
            json!({"messaging_product": "whatsapp", "status": "read", "message_id": "wamid.1"}),
        ];
        for case in cases {
            assert_eq!(kind_of(case.clone()), DetectedKind::Message, "{case}");
        }
    }

    #[test]
    fn a_list_is_of_its_items_kind_when_they_share_one() {
        let message =
            json!({"messaging_product": "whatsapp", "to": "+1", "type": "text", "text": {"body": "hi"}});
        let template = json!({"name": "t", "components": []});
        assert_eq!(kind_of(json!([message, message])), DetectedKind::Message);
        assert_eq!(kind_of(json!([template])), DetectedKind::Template);
        for list in [
            json!([]),
            json!([message, template]),
            json!([message, 1]),
            json!([[message]]),
        ] {
            assert_eq!(kind_of(list.clone()), DetectedKind::Unknown, "{list}");
        }
    }
}
