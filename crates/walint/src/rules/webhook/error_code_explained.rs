//! W002 error-code-explained

use super::{child, objects, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;
use crate::value::{Map, Value};

declare_rule! {
    /// ## What it does
    /// Explains the Meta error codes a webhook carries and what to do about them.
    ///
    /// The codes are read in `statuses[].errors[]` (a `failed` message), `value.errors[]`
    /// (system and app errors) and `messages[].errors[]` (an inbound message the API cannot
    /// show), and in a `calls` change's value, `calls[]` and `statuses[]`; and in the `error`
    /// of a Graph API error response kept alone (Meta's answer to a failed send). The table covers
    /// the codes of Meta's error-code page that can reach a webhook (authorization, integrity,
    /// throttling, sending, registration and Marketing Messages API codes), 131062 from the
    /// business-scoped user ID page, and the Calling API's codes (138000–138023, 131030,
    /// 131044) from its troubleshooting page. Template-management,
    /// phone-migration and insights codes only answer management API calls and are left out.
    ///
    /// ## Why is this bad
    /// It is not bad: it saves a trip to the error-code table. Meta advises keying on `code`
    /// and `error_data.details`, not on titles ("titles will eventually be deprecated"), and
    /// the right reaction differs by code (131047: send a template; 131049: do not retry a
    /// marketing message soon; 131050: the user opted out, never retry; 130429: back off).
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "failed",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234",
    ///        "errors": [{"code": 131047, "title": "Re-engagement message",
    ///          "message": "Re-engagement message",
    ///          "error_data": {"details":
    ///            "More than 24 hours have passed since the recipient last replied."}}]}]}}]}]}
    /// ```
    /// Use instead: nothing in the webhook is wrong, so act on the explanation (for 131047,
    /// reopen the conversation with an approved template). A status without `errors` is not
    /// annotated:
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{
    ///   "field": "messages",
    ///   "value": {"messaging_product": "whatsapp",
    ///     "metadata": {"display_phone_number": "15550783881", "phone_number_id": "106540352242922"},
    ///     "statuses": [
    ///       {"id": "wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI3QUE3", "status": "delivered",
    ///        "timestamp": "1750000000", "recipient_id": "16505551234"}]}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-scoped-user-ids (131062)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/calling/troubleshooting (calling codes)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/messages/status (the `errors` of a `failed` status)
    pub static RULE = {
        code: "W002",
        name: "error-code-explained",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes",
        meta_error: None,
    }
}

/// Meta's code, title and what to do about it, sorted by code. Titles are those of Meta's
/// error-code table (older copies had a title column); where Meta gives none, the first
/// sentence of its description stands in (rules.md §13, ERRTABLE).
const EXPLAINED: &[(u32, &str, &str)] = &[
    (
        0,
        "AuthException",
        "the access token expired or was invalidated: get a new access token",
    ),
    (
        1,
        "API Unknown",
        "invalid request or a server error: check metastatus.com, then the request against the endpoint reference",
    ),
    (
        2,
        "API Service",
        "temporary downtime or overload: check metastatus.com and retry later",
    ),
    (
        3,
        "API Method",
        "capability or permissions issue: check the token's permissions in the access token debugger",
    ),
    (
        4,
        "API Too Many Calls",
        "the app hit its API call rate limit: retry later or make fewer calls",
    ),
    (
        10,
        "Permission Denied",
        "a permission is missing or was removed: check the token in the access token debugger",
    ),
    (
        33,
        "Parameter value is not valid",
        "the business phone number has been deleted: check the phone number ID",
    ),
    (
        100,
        "Invalid parameter",
        "a parameter is unsupported or misspelled: lint the payload that was sent",
    ),
    (190, "Access token has expired", "get a new access token"),
    (
        368,
        "Temporarily blocked for policies violations",
        "the WhatsApp Business Account is restricted for a policy violation: see Meta's policy enforcement page",
    ),
    (
        1026,
        "Receiver Incapable",
        "legacy code: the recipient's app cannot show this message type",
    ),
    (
        80007,
        "Rate limit issues",
        "the WhatsApp Business Account hit its rate limit: retry later",
    ),
    (
        130403,
        "Unable to deliver the message. This business has blocked the end user on WhatsApp",
        "do not retry: unblock the user to message them again",
    ),
    (
        130429,
        "Rate limit hit",
        "throughput exceeded: retry with backoff",
    ),
    (
        130472,
        "User's number is part of an experiment",
        "Meta held the message back for its marketing message experiment: do not resend it",
    ),
    (
        130497,
        "Business account is restricted from messaging users in this country",
        "the account may not message users in this country (often an unverified business or a test number): complete Business Verification, or send from a number allowed there",
    ),
    (
        131000,
        "Something went wrong",
        "unknown error: retry, and open a Direct Support ticket if it persists",
    ),
    (
        131005,
        "Access denied",
        "a permission is missing or was removed: check the token in the access token debugger",
    ),
    (
        131008,
        "Required parameter is missing",
        "the sent payload lacks a required field: lint it",
    ),
    (
        131009,
        "Parameter value is not valid",
        "a value of the sent payload is not valid: lint it",
    ),
    (
        131016,
        "Service unavailable",
        "a service is temporarily unavailable: check metastatus.com and retry later",
    ),
    (
        131021,
        "Recipient cannot be sender",
        "the message was sent to the business's own number",
    ),
    (
        131026,
        "Message Undeliverable",
        "the number is not on WhatsApp, uses an old app or has not accepted the terms: do not retry as is",
    ),
    (
        131030,
        "Recipient phone number not in allowed list",
        "a public test number reaches only its recipient list (messages, calls, call permission requests): add the number and retry",
    ),
    (
        131031,
        "Account has been locked",
        "the WhatsApp Business Account is restricted, or request data such as the two-step PIN did not verify: check the Health Status API",
    ),
    (
        131037,
        "WhatsApp provided number needs display name approval before message can be sent",
        "the 555 business number has no approved display name: get one approved",
    ),
    (
        131042,
        "Business eligibility payment issue",
        "billing is not set up (payment method, credit line, currency, time zone): fix the account's billing",
    ),
    (
        131044,
        "An error webhook is sent on user initiated calls when there is no valid payment method attached",
        "a user-initiated call failed because no valid payment method is attached: fix the WhatsApp Business Account's billing",
    ),
    (
        131045,
        "Incorrect certificate",
        "the phone number has a registration error: register it before retrying",
    ),
    (
        131047,
        "Re-engagement message",
        "more than 24 hours passed since the customer last wrote: send an approved template instead",
    ),
    (
        131048,
        "Spam rate limit hit",
        "too many messages were blocked or reported: slow down and review quality",
    ),
    (
        131049,
        "This message was not delivered to maintain healthy ecosystem engagement",
        "per-user marketing limit: wait at least 24 hours before sending this user marketing again",
    ),
    (
        131050,
        "Unable to deliver the message. This recipient has chosen to stop receiving marketing messages on WhatsApp from your business.",
        "the user stopped your marketing messages: do not retry, and follow the user_preferences webhook",
    ),
    (
        131051,
        "Unsupported message type",
        "the message type is not supported by the Cloud API",
    ),
    (
        131052,
        "Media download error",
        "the customer's media could not be downloaded (over 100 MB?)",
    ),
    (
        131053,
        "Media upload error",
        "the media could not be fetched or has a wrong MIME type: see error_data.details",
    ),
    (
        131055,
        "Method not allowed",
        "the method does not apply here: the Marketing Messages API sends only MARKETING templates, and a SIP-enabled number takes calls through SIP, not Graph API calls",
    ),
    (
        131056,
        "Pair rate limit hit",
        "too many messages to the same customer in a short time: wait before retrying",
    ),
    (
        131057,
        "Business Account is in maintenance mode",
        "the account is in maintenance (e.g. a throughput upgrade): retry in a few minutes",
    ),
    (
        131062,
        "Business-scoped User ID recipients are not supported for this message",
        "this message (e.g. a one-tap, zero-tap or copy-code authentication template) needs a phone number: send it with `to`",
    ),
    (
        131063,
        "Your template is categorized as Marketing, but marketing templates are currently disabled for your Cloud API configuration",
        "send it through the Marketing Messages API, or set disable_marketing_messages_on_cloud_api to false",
    ),
    (
        131064,
        "Message failed to send because this account has reached its messaging limit due to template classification violations",
        "review your templates' categories: the limit lifts after the enforcement period and also blocks Direct Send",
    ),
    (
        132000,
        "Template Param Count Mismatch",
        "the send's parameter count differs from the template's",
    ),
    (
        132001,
        "Template does not exist",
        "no approved template with this name and language: check both exactly (`en` is not `en_US`) and the status",
    ),
    (
        132005,
        "Template Hydrated Text Too Long",
        "the text with parameters filled in is too long",
    ),
    (
        132007,
        "Template Format Character Policy Violated",
        "the template content violates a WhatsApp policy",
    ),
    (
        132012,
        "Template Parameter Format Mismatch",
        "a parameter's format differs from the template's",
    ),
    (
        132015,
        "Template is Paused",
        "the template was paused for low quality: fix it or use another",
    ),
    (
        132016,
        "Template is Disabled",
        "the template was disabled for low quality: use another",
    ),
    (
        132018,
        "There was an issue with the parameters in your template",
        "a text parameter has new lines, tabs or more than 4 consecutive spaces, or another parameter issue",
    ),
    (
        132068,
        "Flow is blocked",
        "the flow is blocked: fix it in WhatsApp Manager",
    ),
    (
        132069,
        "Flow is throttled",
        "10 messages with this flow were already sent in the last hour",
    ),
    (
        133000,
        "Incomplete Deregistration",
        "a previous deregistration failed: deregister the number again, then register it",
    ),
    (
        133004,
        "Server Temporarily Unavailable",
        "check metastatus.com and error_data.details, then retry",
    ),
    (
        133005,
        "Two step verification PIN Mismatch",
        "the two-step verification PIN is wrong: check it, or disable two-step verification and set a new PIN",
    ),
    (
        133006,
        "Phone number re-verification needed",
        "verify the phone number before registering it",
    ),
    (
        133008,
        "Too Many two step verification PIN Guesses",
        "wait the time given in error_data.details before trying again",
    ),
    (
        133009,
        "Two step verification PIN Guessed Too Fast",
        "the PIN was entered too quickly: see error_data.details before trying again",
    ),
    (
        133010,
        "Phone number Not Registered",
        "the business phone number is not registered on the WhatsApp Business Platform: register it before retrying",
    ),
    (
        133015,
        "Please wait a few minutes before attempting to register this phone number",
        "the number's deletion has not completed: wait 5 minutes, then retry",
    ),
    (
        133016,
        "Account register deregister rate limit exceeded",
        "too many registration attempts for this number: wait until it is unblocked",
    ),
    (
        134011,
        "Message failed to send because WhatsApp Payments terms of service acceptance is pending for this WhatsApp Business Account",
        "accept the WhatsApp Payments terms of service (link in the error message), then retry",
    ),
    (
        134100,
        "Only marketing messages supported",
        "the Marketing Messages API sends only MARKETING templates, not utility or authentication ones",
    ),
    (
        134101,
        "Your template is still syncing",
        "a new template takes up to 10 minutes to sync: retry in a few minutes",
    ),
    (
        134102,
        "Template unavailable for use",
        "the template did not sync or the account is not eligible: check the WABA's Marketing Messages API onboarding status",
    ),
    (
        135000,
        "Generic user error",
        "Meta could not tell which parameter is wrong: lint the sent payload",
    ),
    (
        138000,
        "Calling not enabled",
        "calling APIs are off for this business number: enable calling in the phone number's call settings",
    ),
    (
        138001,
        "Receiver Uncallable",
        "the user cannot take calls (not on WhatsApp, terms not accepted, unsupported client): confirm they agree and run the latest WhatsApp",
    ),
    (
        138002,
        "Concurrent Calls limit",
        "the number already has 1000 concurrent calls: retry later or place fewer calls",
    ),
    (
        138003,
        "Duplicate call",
        "a call with this user is already ongoing: retry after it ends",
    ),
    (
        138004,
        "Connection error",
        "the call could not be connected: retry later and check the connection parameters sent to the API",
    ),
    (
        138005,
        "Call rate limit exceeded",
        "the business number hit its limit of initiated calls: retry later or place fewer calls",
    ),
    (
        138006,
        "No approved call permission found",
        "the user has not approved a call permission: send a call permission request and call only once it is accepted",
    ),
    (
        138007,
        "Connect Timeout error",
        "the business did not apply Cloud API's offer/answer SDP in time: invoke the connect API with the answer SDP sooner",
    ),
    (
        138009,
        "Call Permission Request Limit Hit",
        "too many call permission requests to this user: wait before sending another (a connected call resets the limit)",
    ),
    (
        138012,
        "Business Initiated Calls Limit Hit",
        "the 24-hour limit of connected business-initiated calls was reached: call again after the time in error_data.details",
    ),
    (
        138013,
        "Business-initiated calling is not available",
        "business-initiated calling is not available for this business number: check the availability section of Meta's calling docs",
    ),
    (
        138014,
        "Calling is temporarily disabled",
        "calling was disabled for low quality: keep outreach valuable, not spam, and retry once the restriction is lifted",
    ),
    (
        138015,
        "Calling cannot be enabled",
        "calling cannot be enabled on this number: its messaging limit must be 2000 or more",
    ),
    (
        138017,
        "Call permission request can't be sent because a permanent permission already exists.",
        "the user already granted a permanent call permission: do not send call permission requests",
    ),
    (
        138018,
        "WhatsApp Business calling cannot be enabled because technical pre-requisites are not met.",
        "configure SIP, or subscribe an app on the WhatsApp Business Account to the calls webhook field",
    ),
    (
        138019,
        "Call setup failed",
        "the user's WhatsApp client failed to set up the call: try again later",
    ),
    (
        138020,
        "Relay connection failed",
        "the user's WhatsApp client could not connect to the relay server: try again later",
    ),
    (
        138021,
        "Media receive timeout",
        "the user's client got no media for a long time and hung up: check your media reaches the relay (send RTCP even in silence)",
    ),
    (
        138022,
        "Media transmit timeout",
        "the user's client sent no media for a long time and hung up: try again later",
    ),
    (
        138023,
        "Call accepted but terminated with no media signals",
        "the call was accepted but ended with no media connection signals, so it may never have connected: try again later",
    ),
];

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for (pointer, status) in webhook.items_of("statuses") {
        explain_all(ctx, pointer, status);
    }
    for (pointer, message) in webhook.items_of("messages") {
        explain_all(ctx, pointer, message);
    }
    for change in webhook.changes_of("messages") {
        explain_all(ctx, &child(&change.pointer, "value"), change.value);
    }
    // A calls change carries errors in its value, its calls (a terminated call) and its
    // statuses (a failed call).
    for change in webhook.changes_of("calls") {
        let value_pointer = child(&change.pointer, "value");
        explain_all(ctx, &value_pointer, change.value);
        for key in ["calls", "statuses"] {
            for (index, item) in objects(change.value.get(key)) {
                explain_all(ctx, &value_pointer.key(key).index(index), item);
            }
        }
    }
}

/// Explains each `errors[]` item of `owner`.
fn explain_all(ctx: &mut Ctx<'_>, owner_pointer: &Path<'_>, owner: &Map) {
    let errors = owner.get("errors").and_then(Value::as_array);
    for (index, error) in errors.into_iter().flatten().enumerate() {
        explain(ctx, owner_pointer.key("errors").index(index), error);
    }
}

/// Explains the `error` of a Graph API error response (`{"error": {"code": …}}`): Meta's
/// answer to a failed request, kept in a fixture or a log. The response itself is read, not
/// judged (G002 says what it is).
pub fn explain_response(ctx: &mut Ctx<'_>, response: &Map) {
    if let Some(error) = response.get("error") {
        explain(ctx, Path::ROOT.key("error"), error);
    }
}

/// Explains one error object's `code`, when the table has it.
fn explain(ctx: &mut Ctx<'_>, at: Path<'_>, error: &Value) {
    let Some(code) = error.get("code").and_then(Value::as_u64) else {
        return;
    };
    let Some((code, title, advice)) = EXPLAINED.iter().find(|(known, _, _)| u64::from(*known) == code) else {
        return;
    };
    ctx.report(
        Diagnostic::new(&RULE, at.key("code"), format!("error {code} ({title}): {advice}"))
            .with_meta_error(MetaError { code: *code, title }),
    );
}
