//! Rules for outgoing messages (`POST /{phone-number-id}/messages`). One file per rule;
//! each is registered in [`CHECKS`] with the function that runs it.
//!
//! Codes: M001–M099 envelope, text, media, location, contacts and reaction; M100–M199
//! interactive messages. The helpers below are shared by the rules.

pub mod emoji;

use crate::context::Ctx;
use crate::pointer::Path;
use crate::rule::Rule;
use crate::value::{Map, Value};

/// A rule's check: reads the whole message, reports through the context.
pub type Check = fn(&mut Ctx<'_>, &Message<'_>);

crate::rule_files! {
    Check;
    foreign_type_object,
    recipient_country_code,
    recipient_not_e164,
    recipient_as_number,
    on_premises_field,
    access_token_in_body,
    text_body_empty,
    preview_url_without_url,
    preview_url_direct_send,
    media_id_or_link,
    media_link_scheme,
    image_webp,
    media_link_file_type,
    template_header_document_not_pdf,
    media_id_upload_handle,
    audio_voice_format,
    document_filename_extension,
    location_coordinates,
    contacts_count,
    contact_birthday_format,
    reaction_emoji,
    reaction_in_reply,
    reply_button_titles_unique,
    reply_button_ids_unique,
    reply_button_id_whitespace,
    list_rows_total,
    list_row_ids_unique,
    section_titles_required,
    list_body_length,
    product_list_items_total,
    interactive_header_type,
    header_media_caption,
    flow_cta_length,
    flow_cta_emoji,
    flow_data_exchange_payload,
    carousel_buttons_uniform,
    carousel_card_body_line_breaks,
    carousel_card_index,
    cta_url_absolute,
    outside_service_window,
    flow_navigate_screen,
    carousel_card_header_missing,
    product_carousel_same_catalog,
    group_unsupported_type,
    direct_send_unsupported_type,
    direct_send_body_length,
    reply_button_cta_url,
    flow_id_not_numeric,
    cta_url_header_media_id,
    marketing_fields_without_template,
}

pub fn run(ctx: &mut Ctx<'_>, message: &Value) {
    let message = Message::new(message);
    for (_, check) in CHECKS {
        check(ctx, &message);
    }
}

/// An outgoing message as every rule reads it: the value (a `Message` derefs to it), with its
/// type, interactive object and media objects found once, not again by each rule.
pub struct Message<'v> {
    value: &'v Value<'v>,
    kind: Option<&'v str>,
    interactive: Option<(&'v str, &'v Map<'v>)>,
    media: Vec<Media<'v>>,
}

impl<'v> Message<'v> {
    pub fn new(value: &'v Value) -> Self {
        Message {
            value,
            kind: message_type(value),
            interactive: any_interactive(value),
            media: media_objects(value),
        }
    }

    /// The message's `type`, `text` when absent (see [`message_type`]).
    pub fn kind(&self) -> Option<&'v str> {
        self.kind
    }

    /// The `interactive` object and its subtype, whatever the subtype.
    pub fn any_interactive(&self) -> Option<(&'v str, &'v Map<'v>)> {
        self.interactive
    }

    /// The `interactive` object when the message is interactive of subtype `subtype`.
    pub fn interactive(&self, subtype: &str) -> Option<&'v Map<'v>> {
        self.interactive
            .and_then(|(kind, interactive)| (kind == subtype).then_some(interactive))
    }

    /// The object named by the message's type when the type is `kind` (see [`type_object`]).
    pub fn type_object(&self, kind: &str) -> Option<&'v Map<'v>> {
        if self.kind != Some(kind) {
            return None;
        }
        self.value.get(kind)?.as_object()
    }

    /// Every media object the schema validates as one (see [`media_objects`]).
    pub fn media(&self) -> impl Iterator<Item = Media<'v>> + '_ {
        self.media.iter().copied()
    }
}

impl<'v> std::ops::Deref for Message<'v> {
    type Target = Value<'v>;

    fn deref(&self) -> &Value<'v> {
        self.value
    }
}

/// The message's `type`, which defaults to `text` when absent (rules.md envelope.type.default).
pub fn message_type<'v>(message: &'v Value<'v>) -> Option<&'v str> {
    match message.get("type") {
        None => Some("text"),
        Some(value) => value.as_str(),
    }
}

/// The object named by the message's type (`text`, `image`, …) when the type is `kind`.
pub fn type_object<'v>(message: &'v Value<'v>, kind: &str) -> Option<&'v Map<'v>> {
    if message_type(message) != Some(kind) {
        return None;
    }
    message.get(kind)?.as_object()
}

/// The `interactive` object and its subtype, whatever the subtype.
pub fn any_interactive<'v>(message: &'v Value<'v>) -> Option<(&'v str, &'v Map<'v>)> {
    let interactive = type_object(message, "interactive")?;
    Some((interactive.get("type")?.as_str()?, interactive))
}

/// The `action.parameters` object of a flow message.
pub fn flow_parameters<'v>(message: &Message<'v>) -> Option<&'v Value<'v>> {
    message
        .interactive("flow")?
        .get("action")
        .and_then(|action| action.get("parameters"))
}

/// The `flow_cta` text of a flow message (shared by its length and emoji rules).
pub fn flow_cta<'v>(message: &Message<'v>) -> Option<&'v str> {
    message
        .interactive("flow")?
        .get("action")
        .and_then(|action| crate::rules::value_at(action, &["parameters", "flow_cta"]))
        .and_then(Value::as_str)
}

/// Items of the array at `key` in `object`, or nothing.
pub fn items<'v>(object: &'v Value<'v>, key: &str) -> &'v [Value<'v>] {
    object
        .get(key)
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// The string at `key` of an object, if it is one.
pub fn str_at<'v>(object: &'v Map, key: &str) -> Option<&'v str> {
    object.get(key)?.as_str()
}

/// A URL's authority (its host, with any user and port): what follows the scheme, up to the
/// path, query or fragment.
pub fn url_authority(url: &str) -> &str {
    let after_scheme = url.split_once("://").map_or(url, |(_, rest)| rest);
    before_any(after_scheme, b"/?#")
}

/// `text` up to the first of the ASCII bytes `stops` (all of it without one). Bytes, not a
/// `char` pattern: the size-optimised WASM build calls a searcher per character for those.
pub fn before_any<'t>(text: &'t str, stops: &[u8]) -> &'t str {
    let end = text.bytes().position(|byte| stops.contains(&byte));
    // An ASCII byte always starts a character: the cut is on a boundary.
    end.and_then(|end| text.get(..end)).unwrap_or(text)
}

/// The domains of Meta's media CDN: template samples as `GET /message_templates` returns them,
/// and the assets of Meta's own examples.
pub const META_CDN_DOMAINS: [&str; 3] = ["whatsapp.net", "fbcdn.net", "fbsbx.com"];

/// Whether `to` is an id the Groups API returns (base64 of `capi_group:…`).
pub fn is_group_id(to: &str) -> bool {
    to.starts_with("Y2FwaV9ncm91cD")
}

/// Whether `host` ends with `suffix`, in any case (compared without allocating: every link of
/// every message comes here).
pub fn host_ends_with(host: &str, suffix: &str) -> bool {
    host.len() >= suffix.len()
        && host
            .get(host.len() - suffix.len()..)
            .is_some_and(|end| end.eq_ignore_ascii_case(suffix))
}

/// Whether `text` is an absolute `http://` or `https://` URL with a host.
pub fn is_http_url(text: &str) -> bool {
    let starts = |scheme: &str| {
        text.as_bytes()
            .get(..scheme.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(scheme.as_bytes()))
    };
    let rest = if starts("https://") {
        &text[8..]
    } else if starts("http://") {
        &text[7..]
    } else {
        return false;
    };
    let host = before_any(rest, b"/?#");
    !host.is_empty() && !host.contains(char::is_whitespace)
}

/// The path of a URL without query and fragment, lowercased (for extension checks).
pub fn url_path(url: &str) -> String {
    before_any(url, b"?#").to_ascii_lowercase()
}

/// Removes the structural finding `code` (an `S…` schema code) at exactly `pointer`,
/// because the calling `rule` reports the same problem with a more precise message.
/// When the caller disabled `rule` (select/ignore), the schema finding stays, so the
/// problem is never silenced.
pub fn supersede(ctx: &mut Ctx<'_>, rule: &Rule, code: &str, pointer: &str) {
    if ctx.options.enabled(rule.code, rule.name, pointer) {
        ctx.retain(|d| !(d.code == code && d.pointer == pointer));
    }
}

/// A media object of the message (`image`, `video`, …) and where it is.
#[derive(Clone, Copy)]
pub struct Media<'v> {
    pub pointer: Path<'v>,
    /// The media of an interactive header (the message's own or a carousel card's).
    pub header: bool,
    /// A header parameter of a template send (`template.components[].parameters[]`, carousel
    /// cards included): the schema checks its `id`/`link`, the link rules check the link.
    pub in_template: bool,
    /// `image`, `audio`, `video`, `document` or `sticker`.
    pub kind: &'v str,
    pub object: &'v Map<'v>,
}

const MEDIA_TYPES: &[&str] = &["image", "audio", "video", "document", "sticker"];

/// The top-level objects of a message named after a message type.
pub const TYPE_OBJECTS: &[&str] = &[
    "text",
    "image",
    "audio",
    "video",
    "document",
    "sticker",
    "location",
    "contacts",
    "interactive",
    "template",
    "reaction",
    "pin",
];

/// Interactive subtypes whose header cannot be media (text only, or no header at all).
const NO_MEDIA_HEADER: &[&str] = &[
    "list",
    "product_list",
    "product",
    "catalog_message",
    "carousel",
    "call_permission_request",
];

/// Every media object the schema validates as one: the message's own (`type: "image"`),
/// an interactive media header, and the headers of carousel cards.
pub fn media_objects<'v>(message: &'v Value<'v>) -> Vec<Media<'v>> {
    let mut found = Vec::new();
    if let Some(kind) = message_type(message).filter(|kind| MEDIA_TYPES.contains(kind)) {
        if let Some(object) = message.get(kind).and_then(Value::as_object) {
            found.push(Media {
                pointer: Path::ROOT.key(kind),
                header: false,
                in_template: false,
                kind,
                object,
            });
        }
    }
    if let Some(template) = type_object(message, "template") {
        // Carousel cards do not contain carousels: one level down is enough.
        template_header_media(
            template.get("components"),
            Path::ROOT.key("template"),
            1,
            &mut found,
        );
    }
    let Some((subtype, interactive)) = any_interactive(message) else {
        return found;
    };
    if !NO_MEDIA_HEADER.contains(&subtype) {
        if let Some(media) = header_media(
            interactive.get("header"),
            Path::ROOT.key("interactive").key("header"),
        ) {
            found.push(media);
        }
    }
    if subtype == "carousel" {
        let cards = interactive
            .get("action")
            .map_or(&[][..], |action| items(action, "cards"));
        for (index, card) in cards.iter().enumerate() {
            let pointer = Path::ROOT
                .key("interactive")
                .key("action")
                .key("cards")
                .index(index)
                .key("header");
            found.extend(header_media(card.get("header"), pointer));
        }
    }
    found
}

/// The media object of a header `{"type": "image", "image": {…}}`.
fn header_media<'v>(header: Option<&'v Value>, pointer: Path<'v>) -> Option<Media<'v>> {
    let header = header?.as_object()?;
    let kind = str_at(header, "type")?;
    let kind = *MEDIA_TYPES.iter().find(|known| **known == kind)?;
    let object = header.get(kind)?.as_object()?;
    Some(Media {
        pointer: pointer.key(kind),
        header: true,
        in_template: false,
        kind,
        object,
    })
}

/// Media a template send's header carries: `{"type": "image", "image": {…}}` parameters of
/// its `header` components, and of each carousel card's.
fn template_header_media<'v>(
    components: Option<&'v Value>,
    base: Path<'v>,
    depth: u8,
    found: &mut Vec<Media<'v>>,
) {
    const HEADER_MEDIA: &[&str] = &["image", "video", "document", "gif"];
    let components = components
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for (i, component) in components.iter().enumerate() {
        let at = base.key("components").index(i);
        let kind = component.get("type").and_then(Value::as_str).unwrap_or_default();
        if kind.eq_ignore_ascii_case("carousel") && depth > 0 {
            for (k, card) in items(component, "cards").iter().enumerate() {
                template_header_media(card.get("components"), at.key("cards").index(k), depth - 1, found);
            }
        }
        if !kind.eq_ignore_ascii_case("header") {
            continue;
        }
        for (j, parameter) in items(component, "parameters").iter().enumerate() {
            let Some(kind) = crate::rules::send::parts::parameter_type(parameter) else {
                continue;
            };
            let Some(kind) = HEADER_MEDIA.iter().find(|known| **known == kind) else {
                continue;
            };
            if let Some(object) = parameter.get(*kind).and_then(Value::as_object) {
                found.push(Media {
                    pointer: at.key("parameters").index(j).key(kind),
                    header: false,
                    in_template: true,
                    kind,
                    object,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_urls() {
        for url in ["https://example.com", "HTTP://example.com/a?b", "https://a.b/c#d"] {
            assert!(is_http_url(url), "{url}");
        }
        for url in [
            "example.com",
            "ftp://example.com",
            "https://",
            "https:///path",
            "/relative",
            "",
            "é",
            "httpé://x.com",
            "https:/ /a b",
        ] {
            assert!(!is_http_url(url), "{url}");
        }
    }

    #[test]
    fn authorities_and_paths_end_at_the_first_delimiter() {
        assert_eq!(
            url_authority("https://user@host.com:8080/a?b#c"),
            "user@host.com:8080"
        );
        assert_eq!(url_authority("host.com?q=1"), "host.com");
        assert_eq!(url_authority("https://hôst.com#x"), "hôst.com");
        assert_eq!(url_path("https://x.com/A.PDF?v=1#top"), "https://x.com/a.pdf");
        assert_eq!(before_any("no stop", b"/?#"), "no stop");
        assert_eq!(before_any("", b"/"), "");
    }

    #[test]
    fn a_superseded_schema_finding_comes_back_when_the_rule_is_off() {
        let source =
            r#"{"messaging_product": "whatsapp", "to": "+15551234567", "type": "image", "image": {}}"#;
        let codes = |options: &crate::Options| -> Vec<&str> {
            crate::lint_str(source, crate::Kind::Auto, options)
                .diagnostics
                .iter()
                .map(|d| d.code)
                .collect()
        };
        assert_eq!(codes(&crate::Options::default()), ["M040"]);
        let without = crate::Options {
            selection: crate::Selection {
                ignore: vec!["media-id-or-link".into()],
                ..crate::Selection::default()
            },
            ..crate::Options::default()
        };
        assert_eq!(codes(&without), ["S001"]);
    }

    #[test]
    fn url_paths_drop_query_and_fragment() {
        assert_eq!(
            url_path("https://x.com/A.WEBP?size=2#top"),
            "https://x.com/a.webp"
        );
    }
}
