//! M041 media-link-scheme


use super::{Message, is_http_url, str_at};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::rules::general::is_placeholder;

declare_rule! {
    /// ## What it does
    /// Reports a media `link` that is not an absolute `http://` or `https://` URL, and warns about a link to a viewer page.
    ///
    /// The viewer pages are GitHub's `/blob/` pages and Google Drive's `/file/d/…/view`
    /// links: they answer with an HTML page that shows the file. A signed link of
    /// Meta's CDN (`scontent.whatsapp.net`, `*.fbcdn.net`, `lookaside.fbsbx.com` with an `oe=`
    /// expiry: a template's sample URL as `GET /message_templates` returns it) was refused when
    /// Meta fetched it: 131053 "Downloading media from weblink failed with http code 403",
    /// recorded by three projects (2025–2026); another recorded one delivered. Meta's own
    /// sample app sends unsigned asset links of its CDN, which are not reported.
    ///
    /// ## Why is this bad
    /// Meta downloads the file from the link, so it must be an http(s) URL on a publicly
    /// accessible server ("or the message will fail"); a relative path, `www.…` without a
    /// scheme, `ftp://` or `file://` fails with 131053 "Media upload error" (HTTP 400, details
    /// in `error_data.details`). A viewer page fails the same way: Meta downloads HTML, "Unsupported
    /// … mime type text/html" (chatwoot#10428); Meta's own flight-confirmation sample links a
    /// PDF's GitHub `/blob/` page (2026). It is a warning: a site may serve the file there too.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"link": "www.example.com/menu.png"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "image",
    ///  "image": {"link": "https://www.example.com/menu.png"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api (the media object's `link`)
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/image-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-media
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes (131053 "Media upload error")
    pub static RULE = {
        code: "M041",
        name: "media-link-scheme",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/reference/whatsapp-business-phone-number/message-api",
        meta_error: Some(MetaError::MEDIA_UPLOAD),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    for media in message.media() {
        let Some(link) = str_at(media.object, "link") else {
            continue;
        };
        if is_placeholder(link) {
            continue;
        }
        if is_http_url(link) {
            if let Some((message, help)) = not_the_file(link) {
                ctx.report(
                    Diagnostic::new(&RULE, format!("{}/link", media.pointer), message)
                    .with_severity(Severity::Warning)
                    .with_help(help),
                );
            }
            continue;
        }
        ctx.report(
            Diagnostic::new(
                &RULE,
                format!("{}/link", media.pointer),
                format!("`link` must be an absolute http:// or https:// URL, found `{link}`"),
            )
            .with_help("use the full public URL, e.g. \"https://example.com/file.png\""),
        );
    }
}

/// What is wrong with a link that does not give Meta the file, and its help: a file hosting
/// service's viewer page, or Meta's own CDN.
fn not_the_file(link: &str) -> Option<(&'static str, &'static str)> {
    const VIEWER: &str = "this link opens a page showing the file, not the file: Meta gets HTML";
    // Hosts compared without allocating: every media link of every message comes here.
    let after_scheme = link.split_once("://").map_or(link, |(_, rest)| rest);
    let host = after_scheme.split(['/', '?', '#']).next().unwrap_or_default();
    let is = |name: &str| host.eq_ignore_ascii_case(name);
    let under = |domain: &str| {
        host.len() >= domain.len() && host.get(host.len() - domain.len()..).is_some_and(|end| end.eq_ignore_ascii_case(domain))
    };
    if (is("github.com") || is("www.github.com")) && after_scheme.contains("/blob/") {
        Some((VIEWER, "link the raw file: `https://raw.githubusercontent.com/<owner>/<repo>/<branch>/<path>`"))
    } else if is("drive.google.com") && after_scheme.contains("/file/d/") {
        Some((VIEWER, "use a direct download link (`https://drive.google.com/uc?export=download&id=<id>`), or host the file where it is served as itself"))
    } else if ["whatsapp.net", "fbcdn.net", "fbsbx.com"].iter().any(|meta| under(meta)) && after_scheme.contains("oe=") {
        // A template's sample as GET returns it, signed and expiring (`oe=`): Meta's own fetch
        // of it has been refused (403). Public asset links on the same CDN are not signed.
        Some((
            "a signed, expiring link of Meta's CDN: Meta's media download may be refused (131053, http code 403)",
            "host the file yourself, or upload it and send its id",
        ))
    } else {
        None
    }
}
