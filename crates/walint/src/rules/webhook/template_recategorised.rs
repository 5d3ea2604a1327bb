//! W024 template-recategorised

use super::{child, Notification};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::value::Value;

declare_rule! {
    /// ## What it does
    /// Explains a `template_category_update` that moves a template to MARKETING, done or coming.
    ///
    /// A done change carries `new_category`; a coming one (Meta sends it a day ahead since
    /// 2025) carries `correct_category` and `category_update_timestamp`.
    ///
    /// ## Why is this bad
    /// Nothing is wrong with the notification: Meta sent it. But the template's sends change
    /// with it: they are priced as marketing, the per-user marketing limit (131049) and users'
    /// marketing opt-out (131050) apply to them, and Meta asks for marketing sends through the
    /// Marketing Messages API. Since April 2025 Meta re-categorises approved UTILITY templates
    /// it finds promotional (T072 warns about such texts before review).
    ///
    /// ## Example
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1760000000,
    ///  "changes": [{"field": "template_category_update", "value": {
    ///   "message_template_id": 1234567890, "message_template_name": "order_update",
    ///   "message_template_language": "en_US", "previous_category": "UTILITY",
    ///   "new_category": "MARKETING"}}]}]}
    /// ```
    /// Use instead: a utility template without the promotional content, which stays one:
    /// ```json
    /// {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "time": 1760000000,
    ///  "changes": [{"field": "template_category_update", "value": {
    ///   "message_template_id": 1234567891, "message_template_name": "order_update_v2",
    ///   "message_template_language": "en_US", "previous_category": "MARKETING",
    ///   "new_category": "UTILITY"}}]}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/template_category_update
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization
    pub static RULE = {
        code: "W024",
        name: "template-recategorised",
        severity: Info,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/template_category_update",
        meta_error: None,
    }
}

pub fn check(ctx: &mut Ctx<'_>, webhook: &Notification<'_>) {
    for change in webhook.changes_of("template_category_update") {
        let value = change.value;
        let category = |key: &str| value.get(key).and_then(Value::as_str).filter(|c| c.eq_ignore_ascii_case("MARKETING"));
        let (key, when) = if category("new_category").is_some() {
            ("new_category", "is now")
        } else if category("correct_category").is_some() {
            ("correct_category", "becomes")
        } else {
            continue;
        };
        let name = value.get("message_template_name").and_then(Value::as_str).unwrap_or("a template");
        ctx.report(
            Diagnostic::new(
                &RULE,
                child(&child(&change.pointer, "value"), key),
                format!("`{name}` {when} a MARKETING template: priced as marketing, with its limits (131049) and opt-outs (131050)"),
            )
            .with_help("send it as marketing, or create a utility template without the promotional content"),
        );
    }
}
