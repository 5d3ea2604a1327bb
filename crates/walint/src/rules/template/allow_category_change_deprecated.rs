//! T071 template-allow-category-change-deprecated

use super::parts::TemplateView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::ptr;

declare_rule! {
    /// ## What it does
    /// Warns about `allow_category_change` in a template creation body.
    ///
    /// ## Why is this bad
    /// Since 2025-04-09 Meta no longer reads it: a template whose content does not match its
    /// category is re-categorised automatically (and, since 2025-04-16, even after approval, with
    /// 24 hours' notice in a `template_category_update` webhook), whatever the flag says. Code that
    /// relies on it to avoid a rejection, or to keep a UTILITY price, gets a MARKETING template
    /// instead. Meta still accepts the field, so this is a warning.
    ///
    /// ## Example
    /// ```json
    /// {"name": "order_update", "language": "en_US", "category": "UTILITY", "allow_category_change": true,
    ///  "components": [{"type": "BODY", "text": "Your order {{1}} has shipped.", "example": {"body_text": [["A-1"]]}}]}
    /// ```
    /// Use instead: leave `allow_category_change` out and choose the category the content
    /// really has; if Meta re-categorises the template, you can ask for a review within 60 days:
    /// ```json
    /// {"name": "order_update", "language": "en_US", "category": "UTILITY",
    ///  "components": [{"type": "BODY", "text": "Your order {{1}} has shipped.", "example": {"body_text": [["A-1"]]}}]}
    /// ```
    ///
    /// ## References
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization
    /// - https://developers.facebook.com/documentation/business-messaging/whatsapp/webhooks/reference/template_category_update
    pub static RULE = {
        code: "T071",
        name: "template-allow-category-change-deprecated",
        severity: Warning,
        source: "https://developers.facebook.com/documentation/business-messaging/whatsapp/templates/template-categorization",
        meta_error: None,
        since: "2025-04-09",
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    if view.template.get("allow_category_change").is_none() {
        return;
    }
    ctx.report(
        Diagnostic::new(
            &RULE,
            ptr!("allow_category_change"),
            "`allow_category_change` is ignored since 2025-04-09: Meta re-categorises templates automatically",
        )
        .with_help("remove it, and give the template the category its content has")
        .at_key(),
    );
}
