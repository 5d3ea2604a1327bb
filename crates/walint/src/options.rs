//! What the caller can tune: rule selection, severities, contested limits, placeholders.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::api_version::ApiVersion;
use crate::diagnostic::Severity;
use crate::selection::{self, Selection, Verdict};

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
#[serde(from = "RawOptions")]
pub struct Options {
    /// Where Meta's sources disagree on a limit, use the stricter one as an error
    /// (default: the lenient one is the error, the stricter one a warning).
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub strict: bool,
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub placeholders: PlaceholderPolicy,
    /// `select`, `ignore` and `severity`: which findings are reported, at which severity.
    #[serde(flatten)]
    pub selection: Selection,
    /// More layers of selection after `selection`, in order, each limited to findings under
    /// its `pointers` when it has them (walint.toml's `[[overrides]]` that match the file).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub overrides: Vec<Selection>,
    /// Template definitions (single templates or `GET /message_templates` responses with
    /// `data[]`): template sends are checked against the one matching by name + language.
    #[serde(skip_serializing_if = "Vec::is_empty")]
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
    #[serde(rename = "apiVersion")]
    #[cfg_attr(feature = "tsify", tsify(type = "string", optional))]
    pub api_version: ApiVersion,
    /// Your own content rules (`[[content]]` tables of walint.toml): see
    /// [`crate::content::ContentRule`].
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub content: Vec<crate::content::ContentRule>,
}

/// The options as written (JSON, npm): the selection's keys at the top level. Unknown keys
/// are refused.
#[derive(Deserialize, Default)]
#[serde(default, deny_unknown_fields)]
struct RawOptions {
    strict: bool,
    placeholders: PlaceholderPolicy,
    pointers: Vec<String>,
    select: Vec<String>,
    ignore: Vec<String>,
    severity: BTreeMap<String, Severity>,
    #[serde(deserialize_with = "objects")]
    overrides: Vec<Selection>,
    templates: Vec<serde_json::Value>,
    last_inbound: Option<i64>,
    now: Option<i64>,
    #[serde(rename = "apiVersion", alias = "api_version")]
    api_version: ApiVersion,
    #[serde(deserialize_with = "objects")]
    content: Vec<crate::content::ContentRule>,
}

/// A list of objects, each read from a map: serde's derive also reads a struct from an array,
/// and that reader, once per item type, is bytes the WASM module does without.
fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    use serde::de::Error;
    let maps = Vec::<serde_json::Map<String, serde_json::Value>>::deserialize(deserializer)?;
    maps.into_iter()
        .map(|map| T::deserialize(map).map_err(D::Error::custom))
        .collect()
}

impl From<RawOptions> for Options {
    fn from(raw: RawOptions) -> Self {
        Options {
            strict: raw.strict,
            placeholders: raw.placeholders,
            selection: Selection {
                pointers: raw.pointers,
                select: raw.select,
                ignore: raw.ignore,
                severity: raw.severity,
            },
            overrides: raw.overrides,
            templates: raw.templates,
            last_inbound: raw.last_inbound,
            now: raw.now,
            api_version: raw.api_version,
            content: raw.content,
        }
    }
}

impl Options {
    /// Options from JSON text, as the npm package and the corpus sidecars give them. Unknown
    /// keys and bad values are errors that name the key.
    pub fn from_json(text: &str) -> Result<Options, crate::Error> {
        serde_json::from_str(text).map_err(|error| crate::Error::Options(error.to_string()))
    }

    /// Options from a JSON object. Read as a map, not as any value: the WASM module then holds
    /// no reader for options written as an array.
    pub fn from_object(object: serde_json::Map<String, serde_json::Value>) -> Result<Options, crate::Error> {
        use serde::Deserialize;
        RawOptions::deserialize(object)
            .map(Options::from)
            .map_err(|error| crate::Error::Options(error.to_string()))
    }

    /// What the selection layers decide for a finding of rule `code`/`name` at `pointer`.
    pub fn verdict(&self, code: &str, name: &str, pointer: &str) -> Verdict {
        selection::verdict(
            std::iter::once(&self.selection).chain(&self.overrides),
            code,
            name,
            pointer,
        )
    }

    /// Every template definition of `templates` (entries of `data[]` lists included).
    pub fn definitions(&self) -> impl Iterator<Item = &serde_json::Value> {
        // The same sets as `definitions_in`, without building the pointers nothing here reads.
        self.templates.iter().flat_map(
            |set| match set.get("data").and_then(serde_json::Value::as_array) {
                Some(data) if set.get("components").is_none() => data.as_slice(),
                _ => std::slice::from_ref(set),
            },
        )
    }

    /// The definition a template send (`{"name", "language": {"code"}}`) uses: same name and
    /// language code.
    pub fn definition_of(&self, template: &crate::value::Value<'_>) -> Option<&serde_json::Value> {
        self.definitions()
            .find(|definition| crate::rules::send_definition::names_match(template, definition))
    }

    /// Whether findings of this rule at `pointer` are reported.
    pub fn enabled(&self, code: &str, name: &str, pointer: &str) -> bool {
        self.verdict(code, name, pointer).enabled
    }
}
