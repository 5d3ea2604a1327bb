//! M166 cta-url-header-media-id

use super::Message;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a CTA URL message whose image, video or document header gives an uploaded media `id` instead of a `link`.
    ///
    /// ## Why is this bad
    /// Meta's CTA URL page (June 2026) takes a media header's "asset URL on a public server"
    /// (`link`) and documents no `id`, and Meta refuses an image
    /// header given by `id`: 131008 "header image must contain link." (recorded in a
    /// project's production log in June 2026; the same media id was accepted in a reply-buttons
    /// header, which does take ids).
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive", "interactive": {
    ///  "type": "cta_url", "header": {"type": "image", "image": {"id": "2077706579767765"}},
    ///  "body": {"text": "Your donation is ready. Tap below to pay."},
    ///  "action": {"name": "cta_url", "parameters": {"display_text": "Pay now", "url": "https://example.com/pay/HBSGF"}}}}
    /// ```
    /// Use instead: the image's public HTTPS URL.
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "interactive", "interactive": {
    ///  "type": "cta_url", "header": {"type": "image", "image": {"link": "https://example.com/donate.png"}},
    ///  "body": {"text": "Your donation is ready. Tap below to pay."},
    ///  "action": {"name": "cta_url", "parameters": {"display_text": "Pay now", "url": "https://example.com/pay/HBSGF"}}}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    pub static RULE = {
        code: "M166",
        name: "cta-url-header-media-id",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/interactive-cta-url-messages",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(header) = message.interactive("cta_url").and_then(|cta| cta.get("header")) else {
        return;
    };
    let Some(kind) = header.get("type").and_then(Value::as_str) else {
        return;
    };
    if !matches!(kind, "image" | "video" | "document") {
        return;
    }
    let Some(media) = header.get(kind) else {
        return;
    };
    if media.get("id").is_none() || media.get("link").is_some() {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            ptr!("interactive", "header", kind, "id"),
            format!("a CTA URL message's {kind} header takes a `link`, not an uploaded media `id`"),
        )
        .with_help("give the media's public HTTPS URL in `link`")
        .at_key(),
    );
}
