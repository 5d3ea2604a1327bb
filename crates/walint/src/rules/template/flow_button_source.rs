//! T034 template-flow-button-source

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;

declare_rule! {
    /// ## What it does
    /// Reports a FLOW button that does not name exactly one of `flow_id`, `flow_name` and `flow_json`.
    ///
    /// ## Why is this bad
    /// The button must name the one Flow it opens: the ID of a published Flow, its name, or the Flow
    /// JSON itself. Meta's template-creation examples (the "Sending a Flow" guide and the "Create Flow
    /// Template Message by ID / name / Flow JSON" examples of Meta's OpenAPI spec) always give exactly
    /// one of the three, and the API refuses the template otherwise; Meta documents no specific error
    /// code for it.
    ///
    /// ## Example
    /// ```json
    /// {"name": "appointment_booking", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "BODY", "text": "Book your next appointment with us in a few taps."},
    ///   {"type": "BUTTONS", "buttons": [{"type": "FLOW", "text": "Book now", "flow_action": "navigate", "navigate_screen": "WELCOME_SCREEN"}]}]}
    /// ```
    /// Use instead:
    /// ```json
    /// {"name": "appointment_booking", "language": "en_US", "category": "MARKETING", "components": [
    ///   {"type": "BODY", "text": "Book your next appointment with us in a few taps."},
    ///   {"type": "BUTTONS", "buttons": [{"type": "FLOW", "text": "Book now", "flow_id": "1234567890123456",
    ///     "flow_action": "navigate", "navigate_screen": "WELCOME_SCREEN"}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/flows-templates
    /// - https://github.com/facebook/openapi
    pub static RULE = {
        code: "T034",
        name: "template-flow-button-source",
        severity: Error,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/flows/guides/sendingaflow",
        meta_error: None,
    }
}

const SOURCES: &[&str] = &["flow_id", "flow_name", "flow_json"];

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "FLOW") {
        let given: Vec<&str> = SOURCES
            .iter()
            .copied()
            .filter(|key| button.value.get(*key).is_some())
            .collect();
        let message = match given.len() {
            1 => continue,
            0 => "the FLOW button names no Flow".to_owned(),
            _ => format!("the FLOW button has {}: give exactly one", given.join(" and ")),
        };
        ctx.report(
            Diagnostic::new(&RULE, button.pointer, message)
                .with_help("set exactly one of `flow_id`, `flow_name` or `flow_json`"),
        );
    }
}
