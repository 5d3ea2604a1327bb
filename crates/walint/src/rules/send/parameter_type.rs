//! P004 send-parameter-type

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a parameter whose `type` does not belong in its component: body parameters
    /// are `text`, `currency` or `date_time`; header parameters `text`, `image`, `video`,
    /// `document` or `location`; button parameters follow the `sub_type` (`quick_reply` →
    /// `payload`, `url` → `text`, `copy_code` → `coupon_code`, `flow`/`catalog`/`mpm` →
    /// `action`, `voice_call` → `ttl_minutes`/`payload`); a `limited_time_offer` component
    /// takes a `limited_time_offer` parameter.
    ///
    /// ## Why is this bad
    /// Meta answers 132012 "Parameter format does not match format in the created template"
    /// (or 100). Meta's own "Send Sample Issue Resolution Template" example sends quick-reply
    /// parameters as `text`.
    ///
    /// ## Example
    /// `{"type": "button", "sub_type": "quick_reply", "index": 0, "parameters": [{"type": "text", "text": "yes"}]}`
    ///
    /// ## References
    /// rules.md `tsend.params.body-types`, `tsend.params.header-media`, `tsend.button.*`, `tsend.lto.component`;
    /// OAS#BodyComponent; ONPREM; DOC:/templates/marketing-templates/limited-time-offer-templates.
    pub static RULE = {
        code: "P004",
        name: "send-parameter-type",
        severity: Error,
        source: "OAS#TemplateComponent; ONPREM",
        meta_error: Some(MetaError::PARAM_FORMAT),
    }
}

/// The parameter types a component accepts, or `None` when walint does not know.
fn allowed(kind: &str, sub_type: Option<&str>) -> Option<&'static [&'static str]> {
    Some(match (kind, sub_type) {
        ("body", _) => &["text", "currency", "date_time"],
        ("header", _) => &["text", "image", "video", "document", "gif", "location", "product"],
        ("tap_target_configuration", _) => &["tap_target_configuration"],
        ("limited_time_offer", _) => &["limited_time_offer"],
        ("button", Some("quick_reply")) => &["payload"],
        ("button", Some("url")) => &["text"],
        ("button", Some("copy_code")) => &["coupon_code"],
        ("button", Some("flow" | "catalog" | "mpm" | "order_details")) => &["action"],
        ("button", Some("voice_call")) => &["ttl_minutes", "payload"],
        _ => return None,
    })
}

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for component in list {
            let Some(allowed) = allowed(&component.kind, component.sub_type.as_deref()) else {
                continue;
            };
            for (at, parameter) in component.parameters() {
                let Some(kind) = super::parts::parameter_type(parameter) else {
                    continue;
                };
                if allowed.contains(&kind.as_ref()) {
                    continue;
                }
                let holder = match &component.sub_type {
                    Some(sub_type) if component.kind == "button" => format!("a `{sub_type}` button"),
                    _ => format!("the {}", component.kind),
                };
                ctx.report(
                    Diagnostic::new(
                        &RULE,
                        at.key("type"),
                        format!("a parameter of type `{kind}` does not belong in {holder}"),
                    )
                    .with_help(format!(
                        "use {}",
                        allowed
                            .iter()
                            .map(|t| format!("`{t}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )),
                );
            }
        }
    }
}
