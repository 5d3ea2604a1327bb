//! M040 media-id-or-link

use super::{supersede, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a media object with neither `id` nor `link`, with both, or with a URL in `id`, and warns about an `id` that is not digits.
    ///
    /// Media objects are the message's own (`image`, `document`, …), interactive media
    /// headers and carousel card headers.
    ///
    /// ## Why is this bad
    /// Meta takes exactly one: `id` for media uploaded with `POST /{phone-number-id}/media`,
    /// `link` for a public http(s) URL. Meta's OpenAPI spec declares the media object as a
    /// `oneOf` of the two (with no other properties allowed), and the messages reference marks
    /// `id` as required when no `link` is given. Without either there is nothing to send (a
    /// missing parameter, 131008); with both the object matches neither form and is refused as
    /// an invalid parameter. Meta does not document the exact code per case. A URL given as
    /// the `id` (template header parameters included) is refused with 100 "Param …['image']['id']
    /// is not a valid whatsapp business account media attachment ID" (recorded in a project's
    /// fix log, 2025): a URL goes in `link`. An `id` of other characters than digits
    /// (`media-xyz`, a test's `uploaded_media_id_123`) is a warning: the ids Meta's upload
    /// returns are digits in every example, but no page states the form.
    ///
    /// This rule replaces the schema's findings for the same problem (S001 "`link` is
    /// required", S008 "`link` is not allowed here"), which name only one of the two
    /// fields: the schema finding at `…/link` is withdrawn when this rule reports, and
    /// stays when this rule is disabled.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"caption": "Menu"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"link": "https://example.com/menu.png", "caption": "Menu"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (the media object: `id` or `link`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/image-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media (uploading media to get an `id`)
    /// - https://github.com/facebook/openapi (Meta's OpenAPI of the business messaging API: `MediaObject`, `oneOf` id / link)
    pub static RULE = {
        code: "M040",
        name: "media-id-or-link",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    // A template header parameter's `id`/`link` is left to the schema.
    for media in message.media().filter(|m| !m.in_template) {
        let link = format!("{}/link", media.pointer);
        match (media.object.contains_key("id"), media.object.contains_key("link")) {
            (true, true) => {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        link.clone(),
                        format!("`{}` has both `id` and `link`", media.kind),
                    )
                    .with_help("keep `id` to send the uploaded media, or `link` to send the file at the URL")
                    .with_meta_error(MetaError::INVALID_PARAMETER)
                    .at_key(),
                );
                supersede(ctx, &RULE, "S008", &link);
            }
            (false, false) => {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        media.pointer,
                        format!(
                            "`{}` needs `id` (an uploaded media id) or `link` (an https URL)",
                            media.kind
                        ),
                    )
                    .with_help("add `\"id\": \"<MEDIA_ID>\"` or `\"link\": \"https://…\"`"),
                );
                supersede(ctx, &RULE, "S001", &link);
            }
            _ => {}
        }
    }
    for media in message.media() {
        let Some(id) = media.object.get("id").and_then(crate::value::Value::as_str) else {
            continue;
        };
        let lower = id.trim_start().get(..8).unwrap_or(id).to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/id", media.pointer),
                    format!("`{}.id` is a URL: Meta reads `id` as the id of uploaded media", media.kind),
                )
                .with_help("give the URL as `link` instead of `id`")
                .with_meta_error(MetaError::INVALID_PARAMETER),
            );
        } else if !id.is_empty()
            && !id.bytes().all(|b| b.is_ascii_digit())
            // A Resumable Upload handle (`4::…`) is M047's finding.
            && !id.contains(':')
            && !crate::rules::general::is_placeholder(id)
        {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/id", media.pointer),
                    format!("`{}.id` is `{id}`, but the media ids Meta returns are digits", media.kind),
                )
                .with_severity(crate::diagnostic::Severity::Warning)
                .with_help("send the `id` that `POST /{phone-number-id}/media` returned"),
            );
        }
    }
}
