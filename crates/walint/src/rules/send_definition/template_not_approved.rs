//! X008 send-template-not-approved

use serde_json::Value;

use super::Pairing;
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::{Diagnostic, MetaError};

declare_rule! {
    /// ## What it does
    /// Reports a send of a template whose definition (as returned by GET) has a `status`
    /// other than APPROVED.
    ///
    /// ## Why is this bad
    /// Only approved templates are sendable: Meta answers 132015 "Template is Paused",
    /// 132016 "Template is Disabled", or 132001 "Template does not exist" (pending,
    /// rejected, …).
    ///
    /// ## Example
    /// A send of a definition with `"status": "PAUSED"`.
    ///
    /// ## References
    /// rules.md `tsend.exists`, `tsend.paused`, `tsend.disabled`, `tstatus.values`; ERRTABLE; DOC:/templates/overview.
    pub static RULE = {
        code: "X008",
        name: "send-template-not-approved",
        severity: Error,
        source: "ERRTABLE; DOC:/templates/overview",
        meta_error: Some(MetaError::TEMPLATE_MISSING),
    }
}

pub fn check(ctx: &mut Ctx<'_>, pairing: &Pairing<'_>) {
    let Some(status) = pairing.definition.get("status").and_then(Value::as_str) else {
        return;
    };
    if status.eq_ignore_ascii_case("APPROVED") {
        return;
    }
    let meta = match status.to_ascii_uppercase().as_str() {
        "PAUSED" => MetaError::TEMPLATE_PAUSED,
        "DISABLED" => MetaError::TEMPLATE_DISABLED,
        _ => MetaError::TEMPLATE_MISSING,
    };
    ctx.report(
        Diagnostic::new(
            &RULE,
            pairing.prefix.key("name"),
            format!("the template's status is {status}: only APPROVED templates can be sent"),
        )
        .with_meta_error(meta)
        .with_help("wait for approval, or send another template"),
    );
}
