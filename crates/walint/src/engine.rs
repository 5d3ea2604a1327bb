//! The one entry point every surface uses: recognise the document, run the structural
//! layer and the rules, apply the caller's options, and place findings in the text.

use serde::Serialize;
use serde_json::Value;

use crate::context::Ctx;
use crate::diagnostic::Diagnostic;
use crate::options::{Kind, Options};
use crate::rules::{format, general, message, webhook};
use crate::{schema, source};

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
    let Some(object) = value.as_object() else {
        return DetectedKind::Unknown;
    };
    let has = |key: &str| object.contains_key(key);
    if object.get("object").and_then(Value::as_str) == Some("whatsapp_business_account") || has("entry") {
        DetectedKind::Webhook
    } else if has("messaging_product") || has("to") || has("recipient_type") || has("recipient") {
        DetectedKind::Message
    } else if (has("name") && has("components"))
        || object.get("data").and_then(Value::as_array).is_some_and(|data| {
            data.iter()
                .any(|t| t.get("name").is_some() && t.get("components").is_some())
        })
    {
        DetectedKind::Template
    } else {
        DetectedKind::Unknown
    }
}

/// Lints a parsed value. Diagnostics carry pointers but no text locations.
pub fn lint_value(value: &Value, kind: Kind, options: &Options) -> Report {
    let detected = match kind {
        Kind::Auto => detect(value),
        Kind::Message => DetectedKind::Message,
        Kind::Template => DetectedKind::Template,
        Kind::Webhook => DetectedKind::Webhook,
    };
    let mut ctx = Ctx::new(options);
    match detected {
        DetectedKind::Message => {
            let placeholders = general::placeholders(&mut ctx, value);
            let structural = schema::check_message(value);
            ctx.extend(structural.into_iter().filter(|d| {
                // A placeholder stands for a value to fill in: only a fixed vocabulary
                // (enum/const) has nothing to fill.
                !placeholders.contains(&d.pointer) || schema::is_vocabulary(d.code)
            }));
            message::run(&mut ctx, value);
            format::run_message(&mut ctx, value);
        }
        DetectedKind::Template => {
            for (prefix, template) in templates(value) {
                ctx.extend(schema::check_template(template).into_iter().map(|mut d| {
                    d.pointer.insert_str(0, &prefix);
                    d
                }));
                format::run_template(&mut ctx, &prefix, template);
                crate::rules::template::run(&mut ctx, &prefix, template);
            }
        }
        DetectedKind::Webhook => {
            ctx.extend(schema::check_webhook(value));
            webhook::run(&mut ctx, value);
        }
        DetectedKind::Unknown => ctx.report(general::unknown_kind(value)),
        // Never detected from JSON: plain text goes through `lint_text`.
        DetectedKind::Text => {}
    }
    let diagnostics = apply_options(ctx.into_diagnostics(), options);
    Report {
        kind: detected,
        diagnostics,
    }
}

/// The template definitions of a document with their pointers: the document itself, or
/// each entry of a `GET /message_templates` response's `data` list.
pub fn templates(value: &Value) -> Vec<(String, &Value)> {
    match value.get("data").and_then(Value::as_array) {
        Some(data) if value.get("components").is_none() => data
            .iter()
            .enumerate()
            .map(|(index, template)| (format!("/data/{index}"), template))
            .collect(),
        _ => vec![(String::new(), value)],
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
    let mut report = lint_value(&parsed.value, kind, options);
    report
        .diagnostics
        .extend(apply_options(parsed.duplicates, options));
    // Places every finding and every fix edit in the text.
    source::locate(source_text, &mut report.diagnostics);
    sort(&mut report.diagnostics);
    report
}

fn apply_options(diagnostics: Vec<Diagnostic>, options: &Options) -> Vec<Diagnostic> {
    diagnostics
        .into_iter()
        .filter(|d| options.enabled(d.code, d.name))
        .map(|mut d| {
            if let Some(severity) = options.override_for(d.code, d.name) {
                d.severity = severity;
            }
            d
        })
        .collect()
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
