//! T044 template-auth-package-name

use serde_json::Value;

use super::parts::{is_placeholder, TemplateView};
use crate::context::Ctx;
use crate::declare_rule;
use crate::diagnostic::Diagnostic;
use crate::pointer::Path;
use crate::rules::message::items;

declare_rule! {
    /// ## What it does
    /// Reports an OTP button `package_name` that is not an Android application id: at least
    /// two dot-separated segments, each starting with a letter, made of `A–Z a–z 0–9 _`, at
    /// most 224 characters.
    ///
    /// ## Why is this bad
    /// Meta documents these constraints for the apps that receive one-tap and zero-tap codes
    /// and refuses the creation otherwise.
    ///
    /// ## Example
    /// `"package_name": "luckyshrub"` (one segment).
    ///
    /// ## References
    /// rules.md `tcreate.auth.package_name`; LEGACY zero-tap authentication templates page.
    pub static RULE = {
        code: "T044",
        name: "template-auth-package-name",
        severity: Error,
        source: "LEGACY:/business-management-api/authentication-templates/zero-tap-authentication-templates",
        meta_error: None,
    }
}

fn problem(name: &str) -> Option<String> {
    if name.chars().count() > 224 {
        return Some("is longer than 224 characters".to_owned());
    }
    let segments: Vec<&str> = name.split('.').collect();
    if segments.len() < 2 {
        return Some("needs at least two dot-separated segments (`com.example`)".to_owned());
    }
    for segment in segments {
        if !segment.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return Some(format!(
                "has segment `{segment}` that does not start with a letter"
            ));
        }
        if let Some(c) = segment
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || *c == '_'))
        {
            return Some(format!("has `{c}`: segments use letters, digits and `_`"));
        }
    }
    None
}

fn check_name(ctx: &mut Ctx<'_>, at: Path<'_>, value: Option<&Value>) {
    let Some(name) = value.and_then(Value::as_str) else {
        return;
    };
    if name.is_empty() || is_placeholder(value) {
        return;
    }
    if let Some(problem) = problem(name) {
        ctx.report(
            Diagnostic::new(&RULE, at, format!("package_name `{name}` {problem}"))
                .with_help("use the app's Android application id, e.g. `com.example.luckyshrub`"),
        );
    }
}

pub fn check(ctx: &mut Ctx<'_>, view: &TemplateView<'_>) {
    for button in view.buttons.iter().filter(|b| b.kind == "OTP") {
        check_name(
            ctx,
            button.pointer.key("package_name"),
            button.value.get("package_name"),
        );
        for (index, app) in items(button.value, "supported_apps").iter().enumerate() {
            check_name(
                ctx,
                button
                    .pointer
                    .key("supported_apps")
                    .index(index)
                    .key("package_name"),
                app.get("package_name"),
            );
        }
    }
}
