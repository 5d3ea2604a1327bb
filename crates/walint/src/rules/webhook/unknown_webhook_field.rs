//! W090 unknown-webhook-field

use super::{child, objects, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
// The known keys of each object are the properties the webhook schema declares for it, the
// one list of what Meta sends (sources in the schema's descriptions).
use crate::schema::webhook_vocabulary::{
    Names, CHANGE, CHANGE_VALUES, CONTACT, ENTRY, ERROR, ERROR_ERROR_DATA as ERROR_DATA, INBOUND_MESSAGE,
    INBOUND_MESSAGE_INTERACTIVE,
    PHONE_VALUE_METADATA as METADATA, ROOT as BODY, STATUS, STATUS_CONVERSATION as CONVERSATION,
    STATUS_CONVERSATION_ORIGIN as ORIGIN, STATUS_PRICING as PRICING,
};
use crate::value::{Map, Value};

declare_rule! {
    /// ## What it does
    /// Reports unknown keys in documented webhook objects (info: Meta adds fields).
    ///
    /// A change whose `field` walint does not know is not checked further; when its `value`
    /// holds `statuses` or `messages` (a fixture's `"field": "status"`), that is reported too.
    ///
    /// The objects checked are the body, `entry[]`, `changes[]`, the `value` of every field
    /// walint knows (`messages`, `account_update`, `message_template_status_update`, …) with
    /// its `metadata`, and in a `messages` value `contacts[]`, `messages[]` (with an
    /// `interactive` reply) and `statuses[]` (with `conversation`, `pricing` and `errors[]`). The known keys are the properties that
    /// walint's webhook schema (`schemas/webhook.schema.json`) declares for each object, taken
    /// from Meta's webhook references and the webhook schemas in Meta's OpenAPI spec
    /// (`WebhookPayload`, `StatusMessageValue`, `Statuses`, `Pricing`).
    ///
    /// ## Why is this bad
    /// Often it is not: Meta adds fields without notice, so this is only info, and a handler
    /// must ignore what it does not know. In a fixture an unknown key is usually a typo
    /// (`recipientId`, `timestmap`) that leaves the real field untested.
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestmap": "1750000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    /// Use instead (the documented spelling):
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "sent",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/message_template_status_update
    /// - https://github.com/facebook/openapi (Meta's OpenAPI spec: `WebhookPayload`,
    ///   `StatusMessageValue`, `Statuses`, `Pricing`)
    pub static RULE = {
        code: "W090",
        name: "unknown-webhook-field",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    let body = webhook.body;
    let Some(root) = body.as_object() else {
        return;
    };
    unknown_keys(ctx, &Path::ROOT, root, BODY, Place::Named("webhook body"));
    for (e, entry) in objects(root.get("entry")) {
        let entry_pointer = Path::ROOT.key("entry").index(e);
        unknown_keys(ctx, &entry_pointer, entry, ENTRY, Place::Named("entry"));
        for (c, change) in objects(entry.get("changes")) {
            let change_pointer = entry_pointer.key("changes").index(c);
            unknown_keys(ctx, &change_pointer, change, CHANGE, Place::Named("change"));
        }
    }
    for change in webhook.changes() {
        let Some(field) = change.field else {
            continue;
        };
        let Some((_, known)) = CHANGE_VALUES.iter().find(|(name, _)| *name == field) else {
            // A field of no documented name around what reads as a `messages` value (a
            // fixture's `"field": "status"`): nothing of it is checked, so say so.
            if ["statuses", "messages"].iter().any(|key| change.value.get(key).is_some()) {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        child(&change.pointer, "field"),
                        format!("walint knows no webhook field `{field}`, and this value reads as a `messages` one: its statuses and messages are not checked"),
                    )
                    .with_help("Meta sends statuses and inbound messages under `\"field\": \"messages\"`"),
                );
            }
            continue;
        };
        let value_pointer = child(&change.pointer, "value");
        unknown_keys(ctx, &value_pointer, change.value, *known, Place::ValueOf(field));
        if let Some(metadata) = change.value.get("metadata").and_then(Value::as_object) {
            unknown_keys(
                ctx,
                &child(&value_pointer, "metadata"),
                metadata,
                METADATA,
                Place::Named("metadata"),
            );
        }
        if field == "messages" {
            errors(ctx, &value_pointer, change.value);
        }
    }
    for (pointer, contact) in webhook.items_of("contacts") {
        unknown_keys(ctx, pointer, contact, CONTACT, Place::Named("contact"));
    }
    for (pointer, message) in webhook.items_of("messages") {
        // The object a `type` outside the list names is S003's finding (the type), not a second one.
        let own_type = message.get("type").and_then(Value::as_str);
        let place = Place::Named("inbound message");
        unknown_keys_except(ctx, pointer, message, INBOUND_MESSAGE, place, own_type);
        if let Some(interactive) = message.get("interactive").and_then(Value::as_object) {
            unknown_keys(
                ctx,
                &child(pointer, "interactive"),
                interactive,
                INBOUND_MESSAGE_INTERACTIVE,
                Place::Named("interactive reply"),
            );
        }
        errors(ctx, pointer, message);
    }
    for (pointer, status) in webhook.items_of("statuses") {
        unknown_keys(ctx, pointer, status, STATUS, Place::Named("status"));
        if let Some(conversation) = status.get("conversation").and_then(Value::as_object) {
            let conversation_pointer = child(pointer, "conversation");
            unknown_keys(
                ctx,
                &conversation_pointer,
                conversation,
                CONVERSATION,
                Place::Named("conversation"),
            );
            if let Some(origin) = conversation.get("origin").and_then(Value::as_object) {
                unknown_keys(
                    ctx,
                    &child(&conversation_pointer, "origin"),
                    origin,
                    ORIGIN,
                    Place::Named("conversation origin"),
                );
            }
        }
        if let Some(pricing) = status.get("pricing").and_then(Value::as_object) {
            unknown_keys(ctx, &child(pointer, "pricing"), pricing, PRICING, Place::Named("pricing"));
        }
        errors(ctx, pointer, status);
    }
}

/// The `errors[]` of `owner` and their `error_data`.
fn errors(ctx: &mut Ctx<'_>, owner_pointer: &Path<'_>, owner: &Map) {
    for (index, error) in objects(owner.get("errors")) {
        let pointer = owner_pointer.key("errors").index(index);
        unknown_keys(ctx, &pointer, error, ERROR, Place::Named("error"));
        if let Some(data) = error.get("error_data").and_then(Value::as_object) {
            unknown_keys(
                ctx,
                &child(&pointer, "error_data"),
                data,
                ERROR_DATA,
                Place::Named("error_data"),
            );
        }
    }
}

/// Where an unknown key is, for the message: only rendered when one is found.
#[derive(Clone, Copy)]
enum Place<'a> {
    Named(&'static str),
    /// The `value` of a change notifying about this field.
    ValueOf(&'a str),
}

impl std::fmt::Display for Place<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Place::Named(name) => f.write_str(name),
            Place::ValueOf(field) => write!(f, "`{field}` value"),
        }
    }
}

fn unknown_keys(ctx: &mut Ctx<'_>, pointer: &Path<'_>, object: &Map, known: Names, what: Place<'_>) {
    unknown_keys_except(ctx, pointer, object, known, what, None);
}

fn unknown_keys_except(
    ctx: &mut Ctx<'_>,
    pointer: &Path<'_>,
    object: &Map,
    known: Names,
    what: Place<'_>,
    except: Option<&str>,
) {
    for key in object.keys() {
        if known.contains(key) || except == Some(key) {
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(pointer, key),
                format!("unknown field `{key}` in {what}"),
            )
            .with_help(
                "Meta adds fields over time: ignore it in your handler; in a fixture, check for a typo",
            )
            .at_key(),
        );
    }
}
