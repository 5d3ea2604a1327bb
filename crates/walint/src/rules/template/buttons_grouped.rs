//! T031 template-buttons-grouped

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports quick-reply buttons interleaved with other buttons.
    ///
    /// Valid orders keep the quick replies together and the other buttons together, such as
    /// `QUICK_REPLY, QUICK_REPLY, URL, PHONE_NUMBER` or `URL, PHONE_NUMBER, QUICK_REPLY,
    /// QUICK_REPLY`; `QUICK_REPLY, URL, QUICK_REPLY` is not.
    ///
    /// ## Why is this bad
    /// Meta's "Quick reply buttons" section says that mixing them up makes the API return an
    /// error "indicating an invalid combination" at creation.
    ///
    /// ## Example
    /// ```json
    /// {"name": "delivery_options", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Your package arrives tomorrow."},
    ///  {"type": "BUTTONS", "buttons": [
    ///   {"type": "QUICK_REPLY", "text": "Confirm"},
    ///   {"type": "URL", "text": "Track order", "url": "https://www.luckyshrub.com/track"},
    ///   {"type": "QUICK_REPLY", "text": "Reschedule"}]}]}
    /// ```
    /// Use instead: the quick replies next to each other:
    /// ```json
    /// {"name": "delivery_options", "language": "en_US", "category": "UTILITY", "components": [
    ///  {"type": "BODY", "text": "Your package arrives tomorrow."},
    ///  {"type": "BUTTONS", "buttons": [
    ///   {"type": "QUICK_REPLY", "text": "Confirm"},
    ///   {"type": "QUICK_REPLY", "text": "Reschedule"},
    ///   {"type": "URL", "text": "Track order", "url": "https://www.luckyshrub.com/track"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components
    pub static RULE = {
        code: "T031",
        name: "template-buttons-grouped",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/components",
        meta_error: Some(MetaError::INVALID_PARAMETER),
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    let all = &view.buttons;
    let mut groups = 0;
    let mut previous: Option<bool> = None;
    for button in all {
        let quick = button.kind == "QUICK_REPLY";
        if previous != Some(quick) {
            groups += 1;
            previous = Some(quick);
            if groups == 3 {
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        button.pointer,
                        "quick-reply buttons and other buttons must each stay together",
                    )
                    .with_help("put all QUICK_REPLY buttons before or after the other buttons"),
                );
                return;
            }
        }
    }
}
