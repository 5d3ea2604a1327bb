//! M130 flow-cta-length

use serde_json::Value;

use super::flow_cta;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};
use crate::ptr;

/// Legacy reference and peers; the OpenAPI limit (30) is in the schema.
const CONSERVATIVE_MAX: usize = 20;
const OPENAPI_MAX: usize = 30;

declare_rule! {
    /// ## What it does
    /// Flags a flow button label (`flow_cta`) longer than 20 characters (code points).
    ///
    /// ## Why is this bad
    /// Meta's sources disagree: the legacy reference (and whatsapp-api-js) say at most 20
    /// characters, Meta's OpenAPI spec "advised 30 characters or less" (`maxLength: 30`).
    /// The schema enforces 30; this rule reports 21 to 30 as a warning, or an error with
    /// `strict` (contested limit, rules.md top-10 gap 4). Longer labels are also cut on
    /// small screens.
    ///
    /// ## Example
    /// `"flow_cta": "Réservez votre table ici"` (24 characters).
    ///
    /// ## References
    /// rules.md `interactive.flow.cta`; ONPREM (20); OAS#ActionObject (30).
    pub static RULE = {
        code: "M130",
        name: "flow-cta-length",
        severity: Warning,
        source: "ONPREM flow parameters; OAS#ActionObject",
        meta_error: Some(MetaError::INVALID_VALUE),
    }
}

pub fn check(ctx: &mut Ctx<'_>, message: &Value) {
    let Some(cta) = flow_cta(message) else {
        return;
    };
    let length = cta.chars().count();
    if length > CONSERVATIVE_MAX && length <= OPENAPI_MAX {
        let severity = ctx.contested();
        ctx.report(
            Diagnostic::new(
                &RULE,
                ptr!("interactive", "action", "parameters", "flow_cta"),
                format!(
                    "`flow_cta` is {length} characters long: the legacy reference allows {CONSERVATIVE_MAX}, \
                     Meta's OpenAPI {OPENAPI_MAX}"
                ),
            )
            .with_severity(severity)
            .with_help("keep the button label within 20 characters to be safe"),
        );
    }
}
