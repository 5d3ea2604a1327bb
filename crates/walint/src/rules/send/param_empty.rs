//! P008 send-param-empty

use serde_json::Value;

use super::parts::SendView;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::pointer::Path;

declare_rule! {
    /// ## What it does
    /// Reports an empty (or blank) parameter value: `text`, `payload`, `coupon_code`, or the
    /// `fallback_value` of a currency or date_time.
    ///
    /// ## Why is this bad
    /// Meta refuses the send: "Parameter of type text is missing text value" (131008 or 100;
    /// chatwoot PR #11198, shridarpatil/frappe_whatsapp#43). Usually a missing value in the
    /// sender's data.
    ///
    /// ## Example
    /// `{"type": "text", "text": ""}`
    ///
    /// ## References
    /// rules.md `tsend.params.text.non-empty`; whatsappconnector.zendesk.com article 17520528141715; WAJS; peers.md §3.3.
    pub static RULE = {
        code: "P008",
        name: "send-param-empty",
        severity: Error,
        source: "Zendesk 17520528141715 (quotes Meta); WAJS",
        meta_error: Some(MetaError::MISSING_PARAMETER),
    }
}

const VALUE_PATHS: &[&[&str]] = &[
    &["text"],
    &["payload"],
    &["coupon_code"],
    &["currency", "fallback_value"],
    &["date_time", "fallback_value"],
];

pub fn check(ctx: &mut Ctx<'_>, view: &SendView<'_>) {
    for list in &view.lists {
        for component in list {
            for (at, parameter) in component.parameters() {
                for path in VALUE_PATHS {
                    let mut value = Some(parameter);
                    for key in *path {
                        value = value.and_then(|v| v.get(*key));
                    }
                    let Some(text) = value.and_then(Value::as_str) else {
                        continue;
                    };
                    if !text.trim().is_empty() {
                        continue;
                    }
                    ctx.report(
                        Diagnostic::new(
                            &RULE,
                            path.iter().fold(at, |at: Path<'_>, key| at.key(key)),
                            format!("`{}` is empty", path.join(".")),
                        )
                        .with_help("give the parameter a value; a template variable cannot be blank"),
                    );
                }
            }
        }
    }
}
