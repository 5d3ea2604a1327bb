//! Rules that apply to any document.

pub mod null_optional_field;

use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, Severity};
use crate::options::PlaceholderPolicy;
use crate::pointer::{self, Part};
use crate::rule::Rule;
use crate::value::{Map, Value};

declare_rule! {
    /// ## What it does
    /// Reports a value that is a documentation placeholder rather than real data, such as `<PHONE_NUMBER>`.
    ///
    /// The shapes recognised are those of Meta's published examples: `<PHONE_NUMBER>`,
    /// `{{Recipient-Phone-Number}}` and `http(s)://the-image-url`; upper-case names after
    /// `YOUR_` as SDK and BSP docs write them (`YOUR_PACKAGE_NAME`); and phone numbers with their
    /// digits masked, as SDK docs write them (`91xxxxxxxxxx`, `+1 XXX XXX XXXX`, `+9183277*****`:
    /// at least four `x` or `*` with a digit or `+`, or three at the end of six digits or more
    /// as in `919108105XXX`, and nothing but spaces, hyphens and parentheses besides). Template variables such as
    /// `{{1}}` or `{{first_name}}` are not placeholders.
    ///
    /// ## Why is this bad
    /// Meta's own examples use these; a payload that still has one sends the placeholder
    /// text (or fails on it). walint accepts placeholders in free-value fields so
    /// documentation examples lint cleanly, and reports each one with the severity of the
    /// `placeholders` option (`allow`: not reported, `warn`: the default, `error`), except a
    /// `flow_token`, which is an `info`: Meta checks nothing in it, and its own Flows sample
    /// sends `<FLOW_TOKEN_PLACEHOLDER>`. Fields with a fixed vocabulary (`type`, enums) are
    /// never excused.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "{{Recipient-Phone-Number}}", "type": "text",
    ///  "text": {"body": "Your order has shipped."}}
    /// ```
    /// Use instead (the real recipient):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text",
    ///  "text": {"body": "Your order has shipped."}}
    /// ```
    ///
    /// ## References
    /// - https://github.com/facebook/openapi (Meta's OpenAPI spec, whose request examples use
    ///   these placeholders)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api
    pub static PLACEHOLDER_VALUE = { code: "G001", name: "placeholder-value", severity: Warning, source: "https://github.com/facebook/openapi", meta_error: None }
}

declare_rule! {
    /// ## What it does
    /// Reports a document walint cannot recognise as a message, a template definition or a webhook notification.
    ///
    /// This happens with `--kind auto`, the default; `--kind message`, `template` or `webhook`
    /// says what the document is. A list (a JSON array) whose items are all of one kind is
    /// linted item by item, each finding under its item's index (`/1/name`); a list that mixes
    /// kinds, or holds anything but objects, is reported.
    ///
    /// Other bodies of the Cloud API carry `messaging_product` too, and are no messages: the
    /// response to a send (`contacts` and `messages`), a Groups API invite link reset (nothing
    /// but `messaging_product`), a webhook change's `value` kept alone
    /// (`metadata`, `statuses`), a Calls API body (`call_id`, `session`, the legacy
    /// `connection` or a call `action`), a Block Users body (`block_users`), a registration
    /// body (`pin`), a Coexistence sync request (`sync_type`), a business profile update
    /// (`about`, `address`, `websites`…), a Groups API
    /// body or answer (`subject`, `invite_link`, `participants`, `join_requests`…), and Meta's
    /// answers to a Calls request (`calls`), to a call permission query (`permission`) and to
    /// a media URL query (`url` and `mime_type`). Fixtures also keep one entry, one change, one
    /// message or one status of a webhook notification alone, a change's value rebuilt with
    /// `phone_number_id` at the top, an On-Premises API webhook (retired 2025-10-23:
    /// `statuses` or `messages` at the top), Meta's answers that carry no `messaging_product` at
    /// the top (a Graph API error, a template creation's `id`/`status`/`category`, a `data` list
    /// of business profiles or of templates without `components`), or a send's `template`
    /// object alone (`name` and a
    /// `language` object), a Calling API settings body (`calling`), a BSP's own format or its
    /// envelope around Meta's (Vonage, Infobip, Bird, Gupshup, Sinch, Wati, AiSensy, MSG91, AWS
    /// End User Messaging: keys no Cloud API document has at its top), and Flow JSON has
    /// `version` and `screens`. Such an
    /// object, or a list of them, gets an `info` that says what it is, instead of errors from
    /// the message rules: nothing is wrong with it, and what Meta sends is read, not judged. Found by walking a
    /// folder, it is skipped like any other JSON of no WhatsApp kind. The list follows Meta's
    /// pages as read in November 2026.
    ///
    /// A part of a webhook notification kept alone (one entry, one change, a change's `value`
    /// with `messaging_product`, the `value` of a template status, quality, category or
    /// components update, one message or one status; handlers store them so; a message
    /// of a type only Meta sends, `order`, `unsupported`, `system`, `button`, `request_welcome`
    /// or `unknown`, or with an ad's `referral` or a `context` with `from`, even without its
    /// `from`, `id` and `timestamp`) is also
    /// checked: inside a notification built around it, keeping only the findings about the
    /// part itself, at its own pointers. So is a send's `interactive` object kept alone (an
    /// interactive `type` with its `action`, as message builders return it), inside a message.
    ///
    /// ## Why is this bad
    /// walint does not guess: linting a template as a message would give nonsense. A
    /// message has `messaging_product`/`to`; a template `name` + `components` (or a `data`
    /// list of them, even an empty one); a webhook `object: "whatsapp_business_account"`.
    ///
    /// ## Example
    /// ```json
    /// {"body": "Hello"}
    /// ```
    /// Use instead (a whole message, with `messaging_product` and `to`):
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "text", "text": {"body": "Hello"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (messages)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/overview (template definitions)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status (webhook notifications)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/business-initiated-calls (Calls API)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/block-users/ (Block Users API)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/registration/ (registration)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/business-profiles (business profile)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/groups/reference (Groups API)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/user-call-permissions (call permissions)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media (media URLs)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (Graph API errors)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-management (a template creation's answer)
    /// - https://developers.facebook.com/docs/whatsapp/flows/reference/flowjson/ (Flow JSON)
    pub static UNKNOWN_KIND = { code: "G002", name: "unknown-document-kind", severity: Error, source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api", meta_error: None }
}

pub static RULES: &[&Rule] = &[&PLACEHOLDER_VALUE, &UNKNOWN_KIND, &null_optional_field::RULE];

/// Whether a template-like object's components hold a definition's members (`text`,
/// `format`, `buttons`, `example`) rather than a send's `parameters`.
fn defines_texts(object: &Map) -> bool {
    let components = object.get("components").and_then(Value::as_array);
    components.into_iter().flatten().any(|component| {
        ["text", "format", "buttons", "example"]
            .iter()
            .any(|key| component.get(key).is_some())
    })
}

/// Whether `text` is one of the placeholder shapes of Meta's published examples.
#[inline]
pub fn is_placeholder(text: &str) -> bool {
    // Every shape starts with `<`, `{`, `h`, `Y` or (a masked phone number) `+`, `(`, a digit
    // or an `x`: most strings are ruled out by their first byte, here, inline (the placeholder
    // walk meets every string of a document); the shapes are judged out of line.
    match text.as_bytes().first() {
        Some(b'<' | b'{' | b'h') => is_wrapped_placeholder(text),
        Some(b'Y') => is_your_name(text),
        Some(b'+' | b'(' | b'0'..=b'9' | b'x' | b'X') => is_masked_phone_number(text),
        _ => false,
    }
}

/// `<PHONE_NUMBER>`, `{{Recipient-Phone-Number}}`, `http(s)://the-image-url`.
fn is_wrapped_placeholder(text: &str) -> bool {
    let wrapped = |open: &str, close: &str| {
        text.len() > open.len() + close.len()
            && text.starts_with(open)
            && text.ends_with(close)
            && !text[open.len()..text.len() - close.len()].contains(['<', '>', '{', '}'])
    };
    let angle = wrapped("<", ">");
    // `{{1}}` or `{{first_name}}` are template variables, not placeholders.
    let braces = wrapped("{{", "}}")
        && text[2..text.len() - 2]
            .chars()
            .any(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
    angle || braces || text.starts_with("http(s)://")
}

/// `YOUR_PACKAGE_NAME`, `YOUR_ACCESS_TOKEN`: upper-case snake names after `YOUR_`.
fn is_your_name(text: &str) -> bool {
    text.strip_prefix("YOUR_").is_some_and(|name| {
        !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_')
    })
}

/// A phone number with its digits masked: `91xxxxxxxxxx`, `+1 (XXX) XXX-XXXX`, `+9183277*****`,
/// `919108105XXX`. A digit or a `+` is needed: a run of `x` alone is filler text as often as a
/// number; and three masked digits count only at the end of six digits or more (`4x4x4` is no
/// number).
fn is_masked_phone_number(text: &str) -> bool {
    // One pass over the string, which every digit-led value of a document gets (ids,
    // timestamps, numbers): it stops at the first byte no phone number holds.
    let (mut masked, mut digits, mut numeric, mut trailing) = (0, 0, false, 0);
    for &b in text.as_bytes() {
        match b {
            b'x' | b'X' | b'*' => {
                masked += 1;
                trailing += 1;
            }
            b'0'..=b'9' | b'+' => {
                numeric = true;
                digits += usize::from(b != b'+');
                trailing = 0;
            }
            b' ' | b'-' | b'(' | b')' => {}
            _ => return false,
        }
    }
    numeric && (masked >= 4 || (trailing == masked && trailing >= 3 && digits >= 6))
}

/// Reports every placeholder string of `value` and returns their pointers, sorted (for
/// `binary_search`).
pub fn placeholders(ctx: &mut Ctx<'_>, value: &Value) -> Vec<String> {
    let mut found = Vec::new();
    collect(value, &mut Vec::new(), &mut found);
    found.sort_unstable();
    let severity = match ctx.options.placeholders {
        PlaceholderPolicy::Allow => None,
        PlaceholderPolicy::Warn => Some(Severity::Warning),
        PlaceholderPolicy::Error => Some(Severity::Error),
    };
    if let Some(severity) = severity {
        for pointer in &found {
            // A flow token is the sender's own opaque string: Meta checks nothing in it, and its
            // own Flows sample sends `<FLOW_TOKEN_PLACEHOLDER>`.
            let severity = if pointer.ends_with("/flow_token") {
                Severity::Info
            } else {
                severity
            };
            ctx.report(
                Diagnostic::new(
                    &PLACEHOLDER_VALUE,
                    pointer.clone(),
                    "this value is a placeholder, not real data",
                )
                .with_severity(severity)
                .with_help("replace it with the real value before sending"),
            );
        }
    }
    found
}

/// Walks `value` keeping the steps from the root; a pointer is rendered only for a
/// placeholder found.
fn collect<'v>(value: &'v Value, path: &mut Vec<Part<'v>>, found: &mut Vec<String>) {
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                visit(Part::Index(index), item, path, found);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                visit(Part::Key(key), item, path, found);
            }
        }
        Value::String(text) if is_placeholder(text) => found.push(pointer::join("", path.iter().copied())),
        _ => {}
    }
}

/// One member or item: scalars are judged here, without a step on the path (the walk meets
/// every value of the document).
#[inline]
fn visit<'v>(part: Part<'v>, item: &'v Value, path: &mut Vec<Part<'v>>, found: &mut Vec<String>) {
    match item {
        Value::String(text) if is_placeholder(text) => {
            found.push(pointer::join("", path.iter().copied().chain([part])));
        }
        Value::Array(_) | Value::Object(_) => {
            path.push(part);
            collect(item, path, found);
            path.pop();
        }
        _ => {}
    }
}

/// A part of a document kept alone, as projects store what their handlers get or build: the
/// engine checks it inside a whole document built around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fragment {
    Entry,
    Change,
    /// A change's `value` with `messaging_product` (a `messages` one).
    Value,
    Message,
    Status,
    /// The `value` of a template webhook change, of its field (template status, quality,
    /// category or components update).
    TemplateValue(&'static str),
    /// A send's `interactive` object (what a message builder returns).
    Interactive,
}

impl Fragment {
    /// What [`other_document`] calls it.
    fn description(self) -> &'static str {
        match self {
            Fragment::Entry => "one entry of a webhook notification (an item of `entry`)",
            Fragment::Change => "one change of a webhook notification (an item of `entry[].changes`)",
            Fragment::Value => "the `value` of a webhook notification's change (`entry[].changes[].value`)",
            Fragment::Message => "one message of a webhook notification (an item of `messages`)",
            Fragment::Status => "one status of a webhook notification (an item of `statuses`)",
            Fragment::TemplateValue(TEMPLATE_STATUS) => "the `value` of a template status webhook change",
            Fragment::TemplateValue(TEMPLATE_QUALITY) => "the `value` of a template quality webhook change",
            Fragment::TemplateValue(TEMPLATE_CATEGORY) => "the `value` of a template category webhook change",
            Fragment::TemplateValue(_) => "the `value` of a template components webhook change",
            Fragment::Interactive => "the `interactive` object of a message",
        }
    }

    /// Where it sits in the whole document.
    pub fn pointer(self) -> &'static str {
        match self {
            Fragment::Entry => "/entry/0",
            Fragment::Change => "/entry/0/changes/0",
            Fragment::Value | Fragment::TemplateValue(_) => "/entry/0/changes/0/value",
            Fragment::Message => "/entry/0/changes/0/value/messages/0",
            Fragment::Status => "/entry/0/changes/0/value/statuses/0",
            Fragment::Interactive => "/interactive",
        }
    }

    /// What the whole document is: a message or a webhook notification.
    pub fn whole(self) -> &'static str {
        match self {
            Fragment::Interactive => "message",
            _ => "notification",
        }
    }
}

/// The part of a document `object` is, if it is one ([`other_document`] decides, so the two
/// never disagree).
pub fn fragment(object: &Map) -> Option<Fragment> {
    let description = other_document(object)?;
    [
        Fragment::Entry,
        Fragment::Change,
        Fragment::Value,
        Fragment::Message,
        Fragment::Status,
        Fragment::TemplateValue(TEMPLATE_STATUS),
        Fragment::TemplateValue(TEMPLATE_QUALITY),
        Fragment::TemplateValue(TEMPLATE_CATEGORY),
        Fragment::TemplateValue(TEMPLATE_COMPONENTS),
        Fragment::Interactive,
    ]
    .into_iter()
    .find(|part| part.description() == description)
}

/// G002 for a part of a document that the engine checks inside a whole one.
pub fn checked_fragment(part: Fragment) -> Diagnostic {
    Diagnostic::new(
        &UNKNOWN_KIND,
        "",
        format!(
            "this object is {}: walint checks it as a part of a whole {}",
            part.description(),
            part.whole()
        ),
    )
    .with_severity(Severity::Info)
    .with_help("nothing to fix")
}

pub fn unknown_kind(value: &Value) -> Diagnostic {
    // A WhatsApp document walint does not check, or a list of them kept as a fixture
    // (inbound messages, statuses…).
    let other = |item: &Value| item.as_object().and_then(other_document);
    let recognised = match value {
        Value::Array(items) if items.iter().all(|item| other(item).is_some()) => {
            items.first().and_then(other)
        }
        _ => other(value),
    };
    if let Some(document) = recognised {
        let what = if value.is_array() {
            "this list holds documents such as"
        } else {
            "this object is"
        };
        return Diagnostic::new(
            &UNKNOWN_KIND,
            "",
            format!("{what} {document}, not a message, template definition or webhook notification: walint does not check it"),
        )
        .with_severity(Severity::Info)
        .with_help("nothing to fix: walint checks messages, template definitions and whole webhook notifications");
    }
    if let Value::Array(_) = value {
        return Diagnostic::new(
            &UNKNOWN_KIND,
            "",
            "this list's items are not all messages, all template definitions or all webhook notifications",
        )
        .with_help("a list is linted item by item when its items are objects of one kind; or pass --kind");
    }
    let what = match value {
        Value::Object(_) => "this object",
        _ => "a bare JSON value",
    };
    Diagnostic::new(&UNKNOWN_KIND, "", format!("{what} is not a WhatsApp message, template definition or webhook notification"))
        .with_help("a message has `messaging_product` and `to`; a template has `name` and `components`; a webhook has `object: \"whatsapp_business_account\"`; or pass --kind")
}

/// A body in the format of a BSP's own API, or a BSP's envelope around Meta's (their keys never
/// appear at the top of a Cloud API document): Vonage (`channel` with `message_type`), Infobip
/// (`messageId`, `callbackData`, `notifyUrl`, `structure`), Bird (`template.slug`), Gupshup
/// (`app` with `payload`, `isHSM`, `previewUrl`), Sinch (`app_message`, `contact_message`,
/// `channel_specific_message`), AiSensy (`campaignName`), MSG91 (`integrated_number`), Wati
/// (`broadcast_name`, `button_message`), Bird's conversations (`channelId`, `initialMessage`,
/// `participantId`), AWS End User Messaging (`whatsAppWebhookEntry`), AugStash
/// (`metaPayloadJson`), 360dialog's template list (`waba_templates`). From real projects'
/// files (November 2026).
fn is_bsp_format(object: &Map) -> bool {
    // One pass over the object's own keys (a few): the documents that reach here are mostly
    // templates and webhook parts, which have none of these.
    let own_key = object.keys().any(|key| {
        matches!(
            key,
            "message_uuid"
                | "client_ref"
                | "messageId"
                | "callbackData"
                | "notifyUrl"
                | "structure"
                | "app_message"
                | "contact_message"
                | "channel_specific_message"
                | "campaignName"
                | "integrated_number"
                | "broadcast_name"
                | "whatsAppWebhookEntry"
                | "waba_templates"
                | "isHSM"
                | "previewUrl"
                | "initialMessage"
                | "participantId"
                | "channelId"
                | "metaPayloadJson"
                | "button_message"
        )
    });
    let has = |key: &str| object.contains_key(key);
    own_key
        || (has("channel") && has("message_type"))
        || (has("app") && has("payload"))
        || object.get("template").is_some_and(|t| t.get("slug").is_some())
}

/// What a WhatsApp document walint does not check is, when `object` is one: another body of
/// the Cloud API that carries `messaging_product` ([`other_cloud_api_body`]), a part of a
/// webhook notification kept alone (a fixture of one message or one status: Meta's, read and
/// not judged), or a Flow JSON.
/// Message types only Meta sends (an order from the cart, an unsupported message, a system
/// notice, a template's quick-reply tap, a welcome request), and members only received
/// messages carry: an object with one of them, without a recipient, is an inbound message
/// kept alone, even without `from`, `id` and `timestamp`.
fn is_inbound_only(object: &Map) -> bool {
    const INBOUND_ONLY: [&str; 6] = [
        "order",
        "unsupported",
        "system",
        "button",
        "request_welcome",
        "unknown",
    ];
    let kind = object.get("type").and_then(Value::as_str);
    // An ad's `referral`, and a `context` naming who wrote the quoted message, arrive only in
    // received messages (a send's `context` has `message_id`).
    let received =
        object.contains_key("referral") || object.get("context").is_some_and(|c| c.get("from").is_some());
    // An interactive object of type `button` has an `action`; a received `button` has none.
    (kind.is_some_and(|kind| INBOUND_ONLY.contains(&kind)) || (kind.is_some() && received))
        && !object.contains_key("to")
        && !object.contains_key("recipient")
        && !object.contains_key("action")
}

const TEMPLATE_STATUS: &str = "message_template_status_update";
const TEMPLATE_QUALITY: &str = "message_template_quality_update";
const TEMPLATE_CATEGORY: &str = "template_category_update";
const TEMPLATE_COMPONENTS: &str = "message_template_components_update";

/// The field of the template webhook change whose `value` `object` is, kept alone: a template
/// named or numbered, and the members of one of the four updates.
fn template_change_field(object: &Map) -> Option<&'static str> {
    let has = |key: &str| object.contains_key(key);
    if !has("message_template_id") && !has("message_template_name") {
        return None;
    }
    if has("new_quality_score") {
        Some(TEMPLATE_QUALITY)
    } else if has("new_category") || has("previous_category") || has("correct_category") {
        Some(TEMPLATE_CATEGORY)
    } else if has("event") {
        Some(TEMPLATE_STATUS)
    } else if has("message_template_element") || has("message_template_title") {
        Some(TEMPLATE_COMPONENTS)
    } else {
        None
    }
}

/// Whether `object` is a send's `interactive` object kept alone: an interactive type and its
/// `action`, outside a message.
fn is_interactive_object(object: &Map) -> bool {
    const INTERACTIVE: [&str; 16] = [
        "button",
        "list",
        "product",
        "product_list",
        "catalog_message",
        "cta_url",
        "flow",
        "location_request_message",
        "address_message",
        "order_details",
        "order_status",
        "call_permission_request",
        "voice_call",
        "carousel",
        "request_contact_info",
        "contact_request",
    ];
    object
        .get("type")
        .and_then(Value::as_str)
        .is_some_and(|kind| INTERACTIVE.contains(&kind))
        && object.get("action").is_some_and(Value::is_object)
        && !object.contains_key("to")
        && !object.contains_key("recipient")
}

pub fn other_document(object: &Map) -> Option<&'static str> {
    let has = |key: &str| object.contains_key(key);
    if has("messaging_product") {
        other_cloud_api_body(object)
    } else if is_bsp_format(object) {
        Some("a WhatsApp BSP's own format (Vonage, Infobip, Bird, Gupshup, Sinch, Wati, AiSensy, MSG91, AWS…), not Meta's Cloud API shape")
    } else if object.get("changes").is_some_and(Value::is_array) && !has("object") {
        Some(Fragment::Entry.description())
    } else if object.get("field").is_some_and(Value::is_string)
        && object.get("value").is_some_and(Value::is_object)
        && object.keys().all(|key| matches!(key, "field" | "value"))
    {
        Some(Fragment::Change.description())
    } else if let Some(field) = template_change_field(object) {
        Some(Fragment::TemplateValue(field).description())
    } else if is_interactive_object(object) {
        Some(Fragment::Interactive.description())
    } else if (has("from") && has("id") && has("timestamp") && has("type")) || is_inbound_only(object) {
        Some(Fragment::Message.description())
    } else if has("recipient_id") && has("status") && has("id") {
        Some(Fragment::Status.description())
    } else if object.get("calling").is_some_and(Value::is_object) {
        Some("a Calling API settings body (POST /{phone-number-id}/settings)")
    } else if has("version") && object.get("screens").is_some_and(Value::is_array) {
        Some("a Flow JSON (`version` and `screens`)")
    } else if object.get("statuses").is_some_and(Value::is_array)
        || (object.get("messages").is_some_and(Value::is_array) && has("contacts"))
    {
        if has("phone_number_id") {
            // The On-Premises API had no phone number id: a proxy's or a framework's shape.
            return Some(
                "the `value` of a webhook notification's change, rebuilt with `phone_number_id` at the top",
            );
        }
        // No `messaging_product` and no `object`: the On-Premises API's callbacks.
        Some("a webhook value without its envelope (`statuses` or `messages` at the top), as a BSP forwards it or the On-Premises API (retired 2025-10-23) sent it")
    } else if has("name")
        && !has("category")
        && object.get("language").is_some_and(Value::is_object)
        && !defines_texts(object)
    {
        // A definition's `language` is a code, and it has a `category` and texts; a send's is
        // `{"code": …}`, and its components give parameters.
        Some("the `template` object of a template send, without its message")
    } else if object
        .get("error")
        .is_some_and(|error| error.get("code").is_some() || error.get("fbtrace_id").is_some())
    {
        Some("a Graph API error (Meta's answer to a failed request)")
    } else if has("id")
        && has("status")
        && object
            .keys()
            .all(|key| matches!(key, "id" | "status" | "category"))
    {
        Some("the answer to a template creation (Meta's answer to POST /{waba-id}/message_templates)")
    } else {
        graph_data_answer(object)
    }
}

/// A Graph API answer that lists Cloud API objects in `data` and is no template list walint
/// checks: a business profile (its items carry `messaging_product`), or templates fetched
/// with a `fields` subset that leaves out their `components`.
fn graph_data_answer(object: &Map) -> Option<&'static str> {
    let items = object.get("data")?.as_array().filter(|items| !items.is_empty())?;
    if items.iter().all(|item| item.get("messaging_product").is_some()) {
        Some("a Graph API answer listing Cloud API objects in `data` (a business profile, phone numbers…)")
    } else if items.iter().all(|item| {
        item.get("name").is_some() && item.get("status").is_some() && item.get("components").is_none()
    }) {
        Some("a `GET /message_templates` answer without `components` (a `fields` subset)")
    } else {
        None
    }
}

/// What another body of the Cloud API is, for an object with `messaging_product` that is no
/// message: a send's response, a webhook change's `value`, a Calls API, Block Users,
/// registration or business profile body. None of them has a `type`, a message type object
/// or a `status`; only a Calls API body may have a `to`.
fn other_cloud_api_body(object: &Map) -> Option<&'static str> {
    const CALL_ACTIONS: &[&str] = &["connect", "pre_accept", "accept", "reject", "terminate"];
    const PROFILE_KEYS: &[&str] = &[
        "about",
        "address",
        "description",
        "email",
        "vertical",
        "websites",
        "profile_picture_handle",
    ];
    const GROUP_KEYS: &[&str] = &[
        "subject",
        "join_approval_mode",
        "invite_link",
        "participants",
        "join_requests",
        "approved_join_requests",
        "rejected_join_requests",
    ];
    let has = |key: &str| object.contains_key(key);
    if object.len() == 1 {
        return Some("a body with only `messaging_product` (a Groups API invite link reset, POST /{group-id}/invite_link)");
    }
    // Type objects are objects: the response's `contacts` (a list) and a registration's `pin`
    // (a string) are not.
    let message_key = has("type")
        || has("status")
        || crate::rules::message::TYPE_OBJECTS
            .iter()
            .any(|key| object.get(key).is_some_and(Value::is_object));
    if message_key {
        return None;
    }
    let call_action = object
        .get("action")
        .and_then(Value::as_str)
        .is_some_and(|a| CALL_ACTIONS.contains(&a));
    // `connection` is the legacy form of `session`.
    if has("call_id") || has("session") || has("connection") || call_action {
        return Some("a Calls API body (POST /{phone-number-id}/calls)");
    }
    if has("block_users") {
        return Some("a Block Users API body (POST /{phone-number-id}/block_users)");
    }
    if has("sync_type") {
        return Some("a Coexistence sync request (POST /{phone-number-id}/smb_app_data)");
    }
    if has("to") || has("recipient") {
        return None;
    }
    if has("metadata") || has("statuses") {
        Some(Fragment::Value.description())
    } else if object.get("messages").is_some_and(Value::is_array) {
        Some("the response to a send (Meta's answer to POST /{phone-number-id}/messages)")
    } else if has("calls") {
        Some("the response to a Calls API request (Meta's answer to POST /{phone-number-id}/calls)")
    } else if has("permission") {
        Some("a call permission state (Meta's answer to GET /{phone-number-id}/call_permissions)")
    } else if has("url") && has("mime_type") {
        Some("a media URL (Meta's answer to GET /{media-id})")
    } else if GROUP_KEYS.iter().any(|key| has(key)) {
        Some("a Groups API body or answer (/{phone-number-id}/groups, /{group-id})")
    } else if has("pin") {
        Some("a registration body (POST /{phone-number-id}/register)")
    } else if PROFILE_KEYS.iter().any(|key| has(key)) {
        Some("a business profile update (POST /{phone-number-id}/whatsapp_business_profile)")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::is_placeholder;

    #[test]
    fn recognises_published_placeholders_only() {
        for text in [
            "<PHONE_NUMBER>",
            "{{Recipient-Phone-Number}}",
            "http(s)://the-image-url",
            "<http(s)://video-url>",
            "91xxxxxxxxxx",
            "+1 (XXX) XXX-XXXX",
            "+XXXXXXXXXXX",
            "+9183277*****",
            "919108105XXX",
            "YOUR_PACKAGE_NAME",
        ] {
            assert!(is_placeholder(text), "{text}");
        }
        for text in [
            "{{1}}",
            "{{first_name}}",
            "Hello <b>",
            "<>",
            "+15551234567",
            "a <X> b",
            "0x1f",
            "1700505494",
            "XXL",
            "xxxx",
            "XXXXXXXXXX",
            "12 xxxx kisses",
            "4x4x4",
            "10X20X30",
            "123XXX",
            "YOUR_",
            "YOUR_name",
            "YOURS_TRULY",
        ] {
            assert!(!is_placeholder(text), "{text}");
        }
    }
}
