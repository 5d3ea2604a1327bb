//! M070 reaction-emoji


use super::emoji::{count_emoji, is_single_emoji};
use super::{Message, str_at};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;
use crate::rules::general::is_placeholder;

declare_rule! {
    /// ## What it does
    /// Checks that `reaction.emoji` is exactly one emoji, or `""` to remove a reaction.
    ///
    /// One emoji is one grapheme: skin tones (`👍🏽`), ZWJ sequences (`👩‍💻`), flags (`🇧🇷`)
    /// and keycaps (`1️⃣`) count as one.
    ///
    /// ## Why is this bad
    /// A reaction is a single emoji shown on the message; text, several emoji or a
    /// shortcode like `:thumbsup:` cannot be shown and the reaction fails (the messages
    /// webhook reports 131009 "Parameter value is not valid"). An empty string removes a
    /// reaction sent before.
    ///
    /// ## Example
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "reaction",
    ///  "reaction": {"message_id": "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA", "emoji": "👍👍"}}
    /// ```
    /// Use instead:
    /// ```json
    /// {"messaging_product": "whatsapp", "to": "+15551234567", "type": "reaction",
    ///  "reaction": {"message_id": "wamid.HBgLMTY1MDUwNzY1MjAVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA", "emoji": "👍"}}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/reaction-messages
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/support/error-codes
    /// - https://github.com/Secreto31126/whatsapp-api-js (a single emoji, checked the same way)
    pub static RULE = {
        code: "M070",
        name: "reaction-emoji",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/messages/reaction-messages",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Message<'_>) {
    let Some(emoji) = message.type_object("reaction").and_then(|reaction| str_at(reaction, "emoji")) else {
        return;
    };
    if emoji.is_empty() || is_placeholder(emoji) || is_single_emoji(emoji) {
        return;
    }
    let (count, all_emoji) = count_emoji(emoji);
    let problem = if count > 1 && all_emoji {
        format!("`emoji` has {count} emoji; a reaction is exactly one")
    } else {
        format!("`emoji` is `{emoji}`, not an emoji; a reaction is exactly one emoji")
    };
    ctx.report(
        Diagnostic::new(&RULE, ptr!("reaction", "emoji"), problem)
            .with_help("use one emoji such as \"👍\", or \"\" to remove the reaction"),
    );
}
