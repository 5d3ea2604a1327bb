//! What a rule is: its code, name, severity, docs and the Meta error it prevents, and the
//! `declare_rule!` macro every rule file uses. A leaf: it imports nothing from the rules, the
//! registry or the diagnostics, so none of them depends on another through it.

use serde::{Deserialize, Serialize};

/// How serious a finding is. `Error` means Meta will reject the payload.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    #[serde(alias = "warn")]
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "info" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

/// The Meta error a finding prevents (code and Meta's own title).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct MetaError {
    pub code: u32,
    pub title: &'static str,
}

impl MetaError {
    pub const INVALID_PARAMETER: MetaError = MetaError {
        code: 100,
        title: "Invalid parameter",
    };
    pub const MISSING_PARAMETER: MetaError = MetaError {
        code: 131008,
        title: "Required parameter is missing",
    };
    pub const INVALID_VALUE: MetaError = MetaError {
        code: 131009,
        title: "Parameter value is not valid",
    };
    pub const UNSUPPORTED_TYPE: MetaError = MetaError {
        code: 131051,
        title: "Unsupported message type",
    };
    pub const MEDIA_UPLOAD: MetaError = MetaError {
        code: 131053,
        title: "Media upload error",
    };
    pub const REENGAGEMENT: MetaError = MetaError {
        code: 131047,
        title: "Re-engagement message",
    };
    pub const PARAM_COUNT: MetaError = MetaError {
        code: 132000,
        title: "Number of parameters does not match the expected number of params",
    };
    pub const TEMPLATE_MISSING: MetaError = MetaError {
        code: 132001,
        title: "Template does not exist",
    };
    pub const TEMPLATE_PAUSED: MetaError = MetaError {
        code: 132015,
        title: "Template is Paused",
    };
    pub const TEMPLATE_DISABLED: MetaError = MetaError {
        code: 132016,
        title: "Template is Disabled",
    };
    pub const HYDRATED_TOO_LONG: MetaError = MetaError {
        code: 132005,
        title: "Template Hydrated Text Too Long",
    };
    pub const PARAM_FORMAT: MetaError = MetaError {
        code: 132012,
        title: "Parameter format does not match format in the created template",
    };
    pub const TEMPLATE_PARAM: MetaError = MetaError {
        code: 132018,
        title: "There was an issue with the parameters in your template",
    };
    pub const COMPONENT_UNEXPECTED_FIELD: MetaError = MetaError {
        code: 2388042,
        title: "Component has unexpected field(s)",
    };
    pub const BSUID_UNSUPPORTED: MetaError = MetaError {
        code: 131062,
        title: "Business-scoped User ID recipients are not supported for this message",
    };
}

/// Where rule docs are published (generated from this registry into `docs/rules.md`).
pub const DOCS_URL: &str = "https://github.com/walint/walint/blob/main/docs/rules.md";

#[derive(Debug)]
pub struct Rule {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    /// Markdown docs: What it does / Why is this bad / Example / References.
    pub docs: &'static str,
    /// The first line of "What it does" (kept in every build).
    pub summary: &'static str,
    /// Where the constraint comes from (Meta doc path, rules.md id).
    pub source: &'static str,
    pub meta_error: Option<MetaError>,
    /// The Graph API version (`v25.0`) or date (`2025-04-09`) from which the rule holds, when
    /// Meta introduced the constraint at a known point.
    pub since: Option<&'static str>,
    /// The version or date until which it holds (exclusive), when Meta changed it since.
    pub until: Option<&'static str>,
    /// This rule's anchor in the generated docs (`…/rules.md#m002`), built on first use: every
    /// diagnostic of the rule then shares it (kept out of the binary's data: the WASM size).
    pub url: std::sync::OnceLock<String>,
}

impl Rule {
    /// The first sentence of "What it does".
    pub fn summary(&self) -> &'static str {
        self.summary.trim()
    }

    /// The docs as Markdown: doc comments keep the space after `///` on every line; it is
    /// removed here, so the text prints without stray indentation.
    pub fn markdown(&self) -> String {
        let mut out = String::with_capacity(self.docs.len());
        for line in self.docs.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }

    /// Anchor of this rule in the generated docs.
    pub fn url(&'static self) -> &'static str {
        self.url
            .get_or_init(|| format!("{DOCS_URL}#{}", self.code.to_ascii_lowercase()))
    }
}

/// Declares a rule: its doc comment becomes its published docs.
#[macro_export]
macro_rules! declare_rule {
    (@optional) => { None };
    (@optional $value:literal) => { Some($value) };
    (
        #[doc = $heading:literal]
        #[doc = $summary:literal]
        $(#[doc = $doc:literal])*
        pub static $id:ident = {
            code: $code:literal,
            name: $name:literal,
            severity: $severity:ident,
            source: $source:literal,
            meta_error: $meta:expr
            $(, since: $since:literal)?
            $(, until: $until:literal)? $(,)?
        }
    ) => {
        #[doc = $heading]
        #[doc = $summary]
        $(#[doc = $doc])*
        pub static $id: $crate::rule::Rule = $crate::rule::Rule {
            code: $code,
            name: $name,
            severity: $crate::rule::Severity::$severity,
            summary: $summary,
            // The WASM build leaves the long docs out (`rule-docs` feature): size matters there.
            docs: if cfg!(feature = "rule-docs") { concat!($heading, "\n", $summary, "\n", $($doc, "\n"),*) } else { "" },
            source: $source,
            meta_error: $meta,
            since: $crate::declare_rule!(@optional $($since)?),
            until: $crate::declare_rule!(@optional $($until)?),
            url: ::std::sync::OnceLock::new(),
        };
    };
}

/// Declares the rule files of a family and its table of checks, one line per rule:
/// `rule_files! { Check; name_format, language_supported }` declares `mod name_format;` and
/// `CHECKS = [(&name_format::RULE, name_format::check), …]` in that order. Each file defines
/// `RULE` (with [`declare_rule!`]) and `check`. Formatting rules also give `CONTEXTS`
/// (where they run) and `FIX` (what their fixes do): `rule_files! { format; … }` declares
/// `RULES`, in the order the checks run.
#[macro_export]
macro_rules! rule_files {
    (format; $($file:ident),* $(,)?) => {
        $(pub mod $file;)*
        /// Every formatting rule, in the order the checks run.
        pub static RULES: &[$crate::format::FormatRule] = &[$($crate::format::FormatRule {
            rule: &$file::RULE,
            contexts: $file::CONTEXTS,
            fix: $file::FIX,
            check: $file::check,
        }),*];
    };
    ($check:ty; $($file:ident),* $(,)?) => {
        $(mod $file;)*
        /// Every rule of this family with its check, in the order they run.
        pub static CHECKS: &[(&$crate::rule::Rule, $check)] = &[$((&$file::RULE, $file::check as $check)),*];
    };
}
