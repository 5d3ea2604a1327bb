//! T025 template-header-handle-form

use super::parts::{Component, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Reports a header's `example.header_handle` that is a media id (digits only) or a URL, not a Resumable Upload handle.
    ///
    /// ## Why is this bad
    /// A media header's sample is uploaded with the Resumable Upload API, which answers with a
    /// handle (`"h": "4::aW1hZ2UvanBlZw==:ARa…"`); `example.header_handle` takes that handle.
    /// The id `POST /{phone-number-id}/media` returns (digits only) is for sends, and a URL is
    /// what `GET /message_templates` shows for an approved template's sample: the creation
    /// fails with either, as projects that sent them recorded (error 100 with subcode 2388273,
    /// the example Meta cannot use) and fixed in 2026 (wacrm PRs #230 and #264: "Meta only
    /// accepts a Resumable-Upload media handle … at creation time", "a URL is never valid at
    /// creation"); a media id was also answered 131009 with subcode 2494102 "Uploaded media
    /// handle is invalid" (recorded twice by one project, October 2025). Was a warning until
    /// December 2026, when these recorded refusals outnumbered the doubt. A template Meta returned (with its review `status`,
    /// `rejected_reason` or `quality_score`, as Meta or a BSP lists it), or a copy of one (its
    /// samples are on Meta's servers, `scontent.whatsapp.net/v/t61…`), is not reported; another
    /// path on Meta's hosts is (a made-up `scontent.whatsapp.net/promo.jpg`, seen in a project's
    /// tests, is no sample Meta stored). It holds for
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
        name: "template-header-handle-form",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    // A template Meta (or a BSP) returned holds the sample's URL there: nothing to fix.
    if crate::produced::is_returned_template(view.template, false) {
        return;
    }
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
        let what = if handle.len() >= 6 && handle.bytes().all(|b| b.is_ascii_digit()) {
            "a media id (digits only)"
        } else if is_own_url(handle) {
            "a URL"
        } else {
            continue;
        };
        ctx.report(
            Diagnostic::new(
                &RULE,
                header.pointer.key("example").key("header_handle").index(index),
                format!("this `header_handle` is {what}: a template's sample takes a Resumable Upload handle"),
            )
            .with_help("upload the sample with the Resumable Upload API (`POST /{app-id}/uploads`) and give the handle it returns (`4::…`)"),
        );
    }
}

/// A URL of the author's own server. The samples `GET /message_templates` shows are on Meta's
/// servers, under `/v/t…` (`scontent.whatsapp.net/v/t61…`): a definition with one is a copy of
/// Meta's answer, read as such, not a create body someone wrote with a URL. Any other path on
/// those hosts (`scontent.whatsapp.net/promo.jpg`) is no sample Meta stored.
fn is_own_url(handle: &str) -> bool {
    let Some(rest) = handle.strip_prefix("https://").or_else(|| handle.strip_prefix("http://")) else {
        return false;
    };
    let host = crate::rules::message::before_any(rest, b"/?#");
    let path = &rest[host.len()..];
    let meta_host = crate::rules::message::META_CDN_DOMAINS.iter().any(|domain| {
        let before = host.len().checked_sub(domain.len() + 1);
        host.eq_ignore_ascii_case(domain)
            || (crate::rules::message::host_ends_with(host, domain)
                && before.and_then(|at| host.as_bytes().get(at)) == Some(&b'.'))
    });
    let meta_sample = (meta_host && path.starts_with("/v/t")) || rest.contains("/v/t61.");
    !meta_sample
}
