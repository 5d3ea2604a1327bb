//! WebAssembly facade of walint for the npm package `walint`: the same engine as the CLI,
//! nothing else. Every export takes JavaScript values, checks them, calls the core and
//! returns plain JSON-compatible objects whose TypeScript types are generated from the core's
//! serde types (tsify). Failures throw JS `Error`s; no code path here can panic, because a
//! panic in WebAssembly is an `unreachable` trap that can leave the module unusable.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::string_slice,
    clippy::unreachable,
    clippy::todo,
    clippy::unimplemented
)]

// Lint allocates a value tree per call: TLSF's constant-time malloc and free beat dlmalloc's.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: rlsf::GlobalTlsf = rlsf::GlobalTlsf::new();

mod error;
mod input;
mod limits;
mod options;
mod output;
mod rules;
mod send;
mod statuses;
pub mod types;
mod window;

use tsify::Tsify;
use walint::Kind;
use wasm_bindgen::prelude::*;

pub use error::FacadeError;
pub use limits::MAX_INPUT_UNITS;
pub use options::{parse_options, parse_text_options, LintOptions, LintTextOptions};
pub use rules::RuleInfo;
pub use statuses::{statuses, TimelineHandle};
pub use window::ServiceWindow;

type ReportJs = <walint::Report as Tsify>::JsType;
/// Typed as `LintOptions` in TypeScript; not checked by wasm-bindgen, so read as any value.
type OptionsJs = <LintOptions as Tsify>::JsType;
type TextOptionsJs = <LintTextOptions as Tsify>::JsType;

#[wasm_bindgen]
extern "C" {
    /// A time argument: Unix seconds (a number, or a string of digits as webhooks send
    /// `timestamp`) or a `Date`. Not checked by wasm-bindgen: read by `window::unix_seconds`.
    #[wasm_bindgen(typescript_type = "number | string | Date")]
    pub type TimeJs;
}

fn lint_document(
    input: &JsValue,
    options: Option<OptionsJs>,
    fixed_kind: Option<Kind>,
) -> Result<ReportJs, JsValue> {
    let source = input::json_text(input, "input")?;
    let options_json = match options {
        Some(options) => input::optional_object(&options, "options")?,
        None => None,
    };
    let (kind, options) = parse_options(options_json.as_deref(), fixed_kind)?;
    let report = walint::lint_str(&source, kind, &options);
    Ok(output::to_js(&report)?)
}

/// Lints a document (message, template definition or webhook; recognised from its shape unless
/// `options.kind` says): a JSON string, or an object that is serialized with `JSON.stringify`
/// (offsets then refer to that serialization). Diagnostics carry the CLI's JSON fields.
#[wasm_bindgen]
pub fn lint(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    options: Option<OptionsJs>,
) -> Result<ReportJs, JsValue> {
    lint_document(&input, options, None)
}

/// What `fix` did: the fixed text, how many fixes were applied, and the findings of the text.
#[derive(serde::Serialize, Tsify)]
pub struct FixResult {
    /// The text with the fixes applied (the input's text when none applied).
    pub text: String,
    pub applied: usize,
    /// Why the fixes were thrown away, if they were (the result would not be valid JSON).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub refused: Option<String>,
    pub report: walint::Report,
}

type FixResultJs = <FixResult as Tsify>::JsType;

/// Applies the safe fixes of a document (and the unsafe ones with `unsafe = true`) until the
/// text is stable, as `walint lint --fix` (`--unsafe-fixes`) does; every other byte of the text
/// is kept. `options` are `lint`'s.
#[wasm_bindgen]
pub fn fix(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    options: Option<OptionsJs>,
    #[wasm_bindgen(js_name = unsafe)] unsafe_fixes: Option<bool>,
) -> Result<FixResultJs, JsValue> {
    let source = input::json_text(&input, "input")?;
    let options_json = match options {
        Some(options) => input::optional_object(&options, "options")?,
        None => None,
    };
    let (kind, options) = parse_options(options_json.as_deref(), None)?;
    let outcome = walint::fix::fix_text(&source, unsafe_fixes.unwrap_or(false), &|text| {
        walint::lint_str(text, kind, &options)
    });
    let result = FixResult {
        text: outcome.text,
        applied: outcome.applied,
        refused: outcome.refused,
        report: outcome.report,
    };
    Ok(output::to_js(&result)?)
}

/// Lints an outgoing message payload (`POST /messages`).
#[wasm_bindgen(js_name = lintMessage)]
pub fn lint_message(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    options: Option<OptionsJs>,
) -> Result<ReportJs, JsValue> {
    lint_document(&input, options, Some(Kind::Message))
}

/// Lints a message template definition (or a `GET /message_templates` response).
#[wasm_bindgen(js_name = lintTemplate)]
pub fn lint_template(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    options: Option<OptionsJs>,
) -> Result<ReportJs, JsValue> {
    lint_document(&input, options, Some(Kind::Template))
}

/// Lints a webhook notification payload.
#[wasm_bindgen(js_name = lintWebhook)]
pub fn lint_webhook(
    #[wasm_bindgen(unchecked_param_type = "string | object")] input: JsValue,
    options: Option<OptionsJs>,
) -> Result<ReportJs, JsValue> {
    lint_document(&input, options, Some(Kind::Webhook))
}

/// Lints plain text (a message body, template body, header, …) with the formatting rules, as
/// WhatsApp renders it in `options.context`. Diagnostics have pointer `""` and offsets into `text`.
#[wasm_bindgen(js_name = lintText)]
pub fn lint_text(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<TextOptionsJs>,
) -> Result<ReportJs, JsValue> {
    let text = input::string_arg(&text, "text")?;
    let options_json = match options {
        Some(options) => input::optional_object(&options, "options")?,
        None => None,
    };
    let (context, options) = parse_text_options(options_json.as_deref())?;
    Ok(output::to_js(&walint::lint_text(&text, context, &options))?)
}

/// Checks a template send (a message with `"type": "template"`, or its bare `template` object)
/// against the definition of the template it uses, as `walint lint --templates` does: the X
/// findings. Both are JSON text or objects; `definition` may also be a `GET /message_templates`
/// response or an array of definitions (the one with the send's name and language is used).
/// Diagnostics point into `send` and carry positions in its text (for an object, in its
/// `JSON.stringify` text), as `lint`'s do.
#[wasm_bindgen(js_name = checkSend, unchecked_return_type = "Diagnostic[]")]
pub fn check_send(
    #[wasm_bindgen(unchecked_param_type = "string | object")] send: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | object")] definition: JsValue,
) -> Result<JsValue, JsValue> {
    let send_text = input::json_text(&send, "send")?;
    input::parse_json(&send_text, "send")?;
    let definition = input::json_value(&definition, "definition")?;
    Ok(output::to_js_value(&send::check(&send_text, definition)?)?)
}

/// The 24-hour customer service window at `now` (default: the current time) after the
/// customer's last message at `lastInbound`: `{ state: 'open', closes_in_secs }`,
/// `{ state: 'closed', closed_for_secs }` or `{ state: 'inbound_in_future', ahead_by_secs }`,
/// plus `open`, `closes_at` and `text`. Times are Unix seconds (numbers or strings of digits,
/// as webhooks send them) or `Date`s. The same verdict as rule M090 (`walint lint
/// --last-inbound … --now …`).
#[wasm_bindgen(js_name = windowState)]
pub fn window_state(
    #[wasm_bindgen(js_name = lastInbound)] last_inbound: TimeJs,
    now: Option<TimeJs>,
) -> Result<<ServiceWindow as Tsify>::JsType, JsValue> {
    let last_inbound = window::unix_seconds(&last_inbound, "lastInbound")?;
    let now = window::now_or_current(now.as_deref())?;
    Ok(output::to_js(&window::service_window(last_inbound, now))?)
}

/// Whether sending this `/messages` payload (JSON text or an object) needs an open customer
/// service window: every free-form message does; templates, read receipts and typing
/// indicators do not.
#[wasm_bindgen(js_name = requiresWindow)]
pub fn requires_window(
    #[wasm_bindgen(unchecked_param_type = "string | object")] message: JsValue,
) -> Result<bool, JsValue> {
    let message = input::json_value(&message, "message")?;
    Ok(walint::window::requires_window(
        &walint::value::Value::from_serde(&message),
    ))
}

/// How WhatsApp renders `text`: the styled spans (code-point offsets) and block lines, the same
/// `{ spans, blocks }` as `walint preview --format json`.
#[wasm_bindgen]
pub fn preview(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<<walint::format::Preview as Tsify>::JsType, JsValue> {
    let text = input::string_arg(&text, "text")?;
    Ok(output::to_js(&walint::format::preview(&text))?)
}

/// Every rule walint knows, in code order.
#[wasm_bindgen(unchecked_return_type = "RuleInfo[]")]
pub fn rules() -> Result<JsValue, JsValue> {
    Ok(output::to_js_value(&rules::all())?)
}
