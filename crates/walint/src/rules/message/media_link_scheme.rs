//! M041 media-link-scheme

use super::{host_ends_with, is_http_url, str_at, url_authority, Message, META_CDN_DOMAINS};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::rules::general::is_placeholder;

declare_rule! {
    /// ## What it does
    /// Reports a media `link` that is not an absolute `http://` or `https://` URL or names a private host, and warns about a link to a viewer page.
    ///
    /// Private hosts are `localhost` (and `*.localhost`, `*.local`), loopback, private and
    /// link-local IPv4 ranges (127/8, 10/8, 172.16/12, 192.168/16, 169.254/16, 0.0.0.0) and `[::1]`:
    /// Meta downloads the file from its own servers, which cannot reach them (seen in a CRM that
    /// sent `http://localhost/…/uploads/photo.jpg` to the Graph API, 2025).
    /// The viewer pages are GitHub's `/blob/` pages, Google Drive's `/file/d/…/view` links and
    /// video sites' watch pages (`youtube.com/watch`, `/shorts/`, `youtu.be/…`, `vimeo.com/<id>`,
    /// as heyoo's docstring sends): they answer with an HTML page that shows the file. A signed link of
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
        if is_http_url(link) && private_host(link) {
            ctx.report(
                Diagnostic::new(
                    &RULE,
                    format!("{}/link", media.pointer),
                    "this link names a private host: Meta downloads media from its own servers, which cannot reach it",
                )
                .with_help("serve the file from a public https URL, or upload it and send its id"),
            );
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
                format!("`link` must be an absolute http:// or https:// URL, found `{}`", shortened(link)),
            )
            .with_help("use the full public URL, e.g. \"https://example.com/file.png\""),
        );
    }
}

/// `text` cut to 60 characters (a `data:` URL holds a whole file).
fn shortened(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((at, _)) => format!("{}… ({} characters)", &text[..at], text.chars().count()),
        None => text.to_owned(),
    }
}

/// Whether an http(s) `link` names a host only its own network reaches.
fn private_host(link: &str) -> bool {
    let authority = url_authority(link);
    let authority = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    if authority.starts_with("[::1]") {
        return true;
    }
    let host = authority.split(':').next().unwrap_or_default().to_ascii_lowercase();
    if host == "localhost" || host.ends_with(".localhost") || host.ends_with(".local") {
        return true;
    }
    let octets: Vec<u8> = host.split('.').filter_map(|part| part.parse().ok()).collect();
    match octets[..] {
        [a, b, _, _] if host.split('.').count() == 4 => {
            a == 127 || a == 10 || a == 0 || (a == 172 && (16..=31).contains(&b)) || (a == 192 && b == 168) || (a == 169 && b == 254)
        }
        _ => false,
    }
}

/// A video site's watch page (`youtube.com/watch`, `/shorts/`, `youtu.be/…`, `vimeo.com/<id>`).
fn is_video_page(host: &str, link: &str) -> bool {
    let path = link.get(link.find(host).map_or(0, |at| at + host.len())..).unwrap_or_default();
    let youtube = ["youtube.com", "m.youtube.com", "www.youtube.com"].iter().any(|name| host.eq_ignore_ascii_case(name));
    (youtube && (path.starts_with("/watch") || path.starts_with("/shorts/")))
        || (host.eq_ignore_ascii_case("youtu.be") && path.len() > 1)
        || (["vimeo.com", "www.vimeo.com"].iter().any(|name| host.eq_ignore_ascii_case(name))
            && path.as_bytes().get(1).is_some_and(u8::is_ascii_digit))
}

/// What is wrong with a link that does not give Meta the file, and its help: a file hosting
/// service's viewer page, or Meta's own CDN.
fn not_the_file(link: &str) -> Option<(&'static str, &'static str)> {
    const VIEWER: &str = "this link opens a page showing the file, not the file: Meta gets HTML";
    let host = url_authority(link);
    let is = |name: &str| host.eq_ignore_ascii_case(name);
    if (is("github.com") || is("www.github.com")) && link.contains("/blob/") {
        Some((VIEWER, "link the raw file: `https://raw.githubusercontent.com/<owner>/<repo>/<branch>/<path>`"))
    } else if is_video_page(host, link) {
        Some((VIEWER, "link the video file itself (MP4 or 3GPP) on your own server, or upload it and send its id"))
    } else if is("drive.google.com") && link.contains("/file/d/") {
        Some((VIEWER, "use a direct download link (`https://drive.google.com/uc?export=download&id=<id>`), or host the file where it is served as itself"))
    } else if META_CDN_DOMAINS.iter().any(|meta| host_ends_with(host, meta)) && link.contains("oe=") {
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

#[cfg(test)]
mod tests {
    use super::{is_video_page, private_host};
    use crate::rules::message::url_authority;

    #[test]
    fn video_watch_pages_only() {
        let page = |link: &str| is_video_page(url_authority(link), link);
        for link in ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://youtube.com/shorts/abc", "https://youtu.be/dQw4w9WgXcQ", "https://vimeo.com/76979871"] {
            assert!(page(link), "{link}");
        }
        for link in ["https://youtu.be/", "https://vimeo.com/channels/staff", "https://cdn.example.com/youtube.com/watch.mp4", "https://www.youtube.com/"] {
            assert!(!page(link), "{link}");
        }
    }

    #[test]
    fn private_hosts_only() {
        for link in [
            "http://localhost/uploads/a.jpg", "http://localhost:8000/a.jpg", "https://app.localhost/a.jpg",
            "http://127.0.0.1/a.jpg", "http://10.0.0.5/a.jpg", "http://172.20.1.1/a.jpg", "http://192.168.1.10/a.jpg",
            "http://169.254.1.1/a.jpg", "http://[::1]:8080/a.jpg", "http://printer.local/a.jpg", "http://user@192.168.0.2/a",
        ] {
            assert!(private_host(link), "{link}");
        }
        for link in [
            "https://example.com/a.jpg", "https://172.32.0.1/a.jpg", "https://8.8.8.8/a.jpg", "https://cdn.localhost.example.com/a",
            "https://10.example.com/a.jpg", "https://192.168.example.com/a",
        ] {
            assert!(!private_host(link), "{link}");
        }
    }
}
