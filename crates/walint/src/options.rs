//! What the caller can tune: rule selection, severities, contested limits, placeholders.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::api_version::ApiVersion;
use crate::diagnostic::Severity;

/// What a document is. `Auto` recognises it from its shape.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Auto,
    Message,
    Template,
    Webhook,
}

/// How to treat Meta-style placeholder values such as `<PHONE_NUMBER>` or
/// `{{Recipient-Phone-Number}}` in free-value fields (see README, "Placeholders").
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlaceholderPolicy {
    /// Accept them silently.
    Allow,
    /// Accept them, with one warning per value (the default: a placeholder left in a real
    /// payload is a bug, but it is not a structural error).
    #[default]
    Warn,
    /// Treat them as errors (for production payloads).
    Error,
}

#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Where Meta's sources disagree on a limit, use the stricter one as an error
    /// (default: the lenient one is the error, the stricter one a warning).
    pub strict: bool,
    pub placeholders: PlaceholderPolicy,
    /// Only report these codes or code prefixes (empty: all).
    pub select: Vec<String>,
    /// Never report these codes or code prefixes.
    pub ignore: Vec<String>,
    /// Per-rule severity overrides, by code or name.
    pub severity: BTreeMap<String, Severity>,
    /// Template definitions (single templates or `GET /message_templates` responses with
    /// `data[]`): template sends are checked against the one matching by name + language.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(type = "unknown[]", optional))]
    pub templates: Vec<serde_json::Value>,
    /// When the customer last wrote to the business (Unix seconds). Set it to check the
    /// 24-hour customer service window (rule M090); unset, the window is not checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub last_inbound: Option<i64>,
    /// The send time to check the window at (Unix seconds); unset means the current time
    /// (native builds only: a WASM caller passes it, the core reads no clock there).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub now: Option<i64>,
    /// The Graph API version the payloads are for (`"v25.0"`; default: the newest version
    /// walint knows). Selects behaviour where Meta versioned a change; see each rule's
    /// `since`/`until`.
    #[serde(rename = "apiVersion", alias = "api_version")]
    #[cfg_attr(feature = "tsify", tsify(type = "string", optional))]
    pub api_version: ApiVersion,
    /// Your own content rules (`[[content]]` tables of walint.toml): see
    /// [`crate::content::ContentRule`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub content: Vec<crate::content::ContentRule>,
}

impl Options {
    fn matches(pattern: &str, code: &str, name: &str) -> bool {
        pattern == name || (!pattern.is_empty() && code.starts_with(&pattern.to_ascii_uppercase()))
    }

    /// Whether findings of this rule are reported at all.
    pub fn enabled(&self, code: &str, name: &str) -> bool {
        (self.select.is_empty() || self.select.iter().any(|p| Self::matches(p, code, name)))
            && !self.ignore.iter().any(|p| Self::matches(p, code, name))
    }

    /// The severity the caller chose for this rule, if any.
    pub fn override_for(&self, code: &str, name: &str) -> Option<Severity> {
        self.severity
            .get(code)
            .or_else(|| self.severity.get(name))
            .copied()
    }
}
