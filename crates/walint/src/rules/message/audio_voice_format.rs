//! M045 audio-voice-format

use super::{str_at, url_path, Message};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Warns when a voice message (`audio.voice: true`) links to a file that is not `.ogg`.
    ///
    /// With `"voice": true` the audio is shown as a recorded voice message, which must be
    /// an OGG file with the OPUS codec. A link whose path ends in another extension
    /// (`.mp3`, `.m4a`, …) is reported; links without an extension and media ids are not.
    ///
    /// ## Why is this bad
    /// Meta's audio-messages page: `"voice": true` marks a voice message, "and then the file must
    /// be .ogg / OPUS"; otherwise omit `voice` or set it to `false`. Meta documents no API error
    /// for another format: the audio is delivered as a plain audio file, not shown as a voice
    /// message (no play icon, and transcription fails). The rule sees only the link's extension (the
    /// server's `Content-Type` decides), so this is a warning. Sources also disagree: Meta's own
    /// 131053 error text (quoted in fazer-ai/chatwoot#439, September 2026) lists "audio/ogg;
    /// codecs=opus, audio/mpeg, audio/amr, audio/mp4, audio/aac" as voice MIME types. Until
    /// Meta's page changes, walint follows the page, and only warns.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "audio",
    ///  "audio": {"link": "https://example.com/note.mp3", "voice": true}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "audio",
    ///  "audio": {"link": "https://example.com/note.ogg", "voice": true}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/audio-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/business-phone-numbers/media
    pub static RULE = {
        code: "M045",
        name: "audio-voice-format",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/audio-messages",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(audio) = message.type_object("audio") else {
        return;
    };
    if audio.get("voice") != Some(&Value::Bool(true)) {
        return;
    }
    let Some(link) = str_at(audio, "link") else {
        return;
    };
    let path = url_path(link);
    let extension = path
        .rsplit('/')
        .next()
        .and_then(|file| file.rsplit_once('.'))
        .map(|(_, e)| e);
    if let Some(extension) = extension.filter(|e| !matches!(*e, "ogg" | "opus" | "oga")) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                "/audio/link",
                format!("a voice message must be an OGG/OPUS file, this link is `.{extension}`"),
            )
            .with_help("convert the recording to OGG with the OPUS codec, or remove `\"voice\": true`"),
        );
    }
}
