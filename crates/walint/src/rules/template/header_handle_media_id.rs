//! T025 template-header-handle-media-id

use super::parts::{Component, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when a header's `example.header_handle` is a media id (digits only), not a Resumable Upload handle.
    ///
    /// ## Why is this bad
    /// A media header's sample is uploaded with the Resumable Upload API, which answers with a
    /// handle (`"h": "4::aW1hZ2UvanBlZw==:ARa…"`); `example.header_handle` takes that handle.
    /// The id `POST /{phone-number-id}/media` returns (digits only) is for sends, and the
    /// creation fails with it: a project that sent one recorded the failure and fixed it in
    /// 2026 (wacrm PR #230: "Meta only accepts a Resumable-Upload media handle … at creation
    /// time"). The form of a value is a hint, not a verdict, so this is a warning. It holds for
    /// every Graph API version to date.
    ///
    /// ## Example
    /// ```json
    /// {"name": "spring_menu", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["1166846181421424"]}},
    ///   {"type": "BODY", "text": "Our spring menu is here. Book a table for this weekend."}]}
    /// ```
    /// Use instead (upload the sample with the Resumable Upload API and give its handle):
    /// ```json
    /// {"name": "spring_menu", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "HEADER", "format": "IMAGE", "example": {"header_handle": ["4::aW1hZ2UvanBlZw==:ARZfq3xT"]}},
    ///   {"type": "BODY", "text": "Our spring menu is here. Book a table for this weekend."}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components (media headers: `header_handle`)
    /// - https://developers.facebook.com/docs/graph-api/guides/upload (Resumable Upload API)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media (media ids, for sends)
    pub static RULE = {
        code: "T025",
        name: "template-header-handle-media-id",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let cards = view.cards.iter().flat_map(|card| card.components.iter());
    for header in view.components.iter().chain(cards).filter(|c| c.kind == "HEADER") {
        check_header(ctx, header);
    }
}

fn check_header(ctx: &mut Ctx<'_>, header: &Component<'_>) {
    let handles = header
        .value
        .get("example")
        .and_then(|example| example.get("header_handle"))
        .and_then(Value::as_array);
    for (index, handle) in handles.into_iter().flatten().enumerate() {
        let Some(handle) = handle.as_str() else {
            continue;
        };
        if handle.len() >= 6 && handle.bytes().all(|b| b.is_ascii_digit()) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    header.pointer.key("example").key("header_handle").index(index),
                    "this `header_handle` is a media id (digits only): a template's sample takes a Resumable Upload handle",
                )
                .with_help("upload the sample with the Resumable Upload API (`POST /{app-id}/uploads`) and give the handle it returns (`4::…`)"),
            );
        }
    }
}
