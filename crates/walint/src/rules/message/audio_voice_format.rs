//! M045 audio-voice-format

use serde_json::Value;

use super::{str_at, type_object, url_path};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Warns when a voice message (`audio.voice: true`) links to a file that is not `.ogg`.
    ///
    /// With `"voice": true` the audio is shown as a recorded voice message, which must be
    /// an OGG file with the OPUS codec. A link whose path ends in another extension
    /// (`.mp3`, `.m4a`, …) is reported; links without an extension and media ids are not.
    ///
    /// ## Why is this bad
    /// Meta: "`true` = voice message and then the file must be .ogg / OPUS". Another
    /// format is not shown as a voice message (no play icon, no transcription).
    ///
    /// ## Example
    /// ```json
    /// "audio": {"link": "https://example.com/note.mp3", "voice": true}
    /// ```
    ///
    /// ## References
    /// rules.md `media.audio.voice`; DOC:/messages/audio-messages.
    pub static RULE = {
        code: "M045",
        name: "audio-voice-format",
        severity: Warning,
        source: "DOC:/messages/audio-messages",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(audio) = type_object(message, "audio") else {
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
