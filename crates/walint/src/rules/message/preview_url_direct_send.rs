//! M032 preview-url-direct-send

use serde_json::Value;

use super::type_object;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Warns about `preview_url` in a Direct Send message (one with a top-level `category`).
    ///
    /// A top-level `"category": "utility"` or `"authentication"` sends the message through
    /// the Direct Send API (beta), which does not support link previews.
    ///
    /// ## Why is this bad
    /// The flag is ignored: the message goes out without a preview.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "category": "utility",
    ///  "text": {"body": "Suivi : https://example.com/colis", "preview_url": true}}
    /// ```
    ///
    /// ## References
    /// rules.md `text.direct-send.no-preview`, `envelope.category.direct-send`;
    /// DOC:/direct-send/supported-message-types.
    pub static RULE = {
        code: "M032",
        name: "preview-url-direct-send",
        severity: Warning,
        source: "DOC:/direct-send/supported-message-types",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(text) = type_object(message, "text") else {
        return;
    };
    if message.get("category").is_some() && text.get("preview_url") == Some(&Value::Bool(true)) {
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("text", "preview_url"),
                "Direct Send messages (with `category`) have no link preview: `preview_url` is ignored",
            )
            .with_help("remove `preview_url`")
            .at_key(),
        );
    }
}
