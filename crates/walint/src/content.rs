//! Content rules: a team's own checks on the texts customers read (brand spellings, banned
//! words, a required opt-out line, no URL shorteners). Given as `[[content]]` tables in
//! walint.toml or as the `content` option; each has a user code `C100`–`C999`.
//!
//! A rule has a `pattern` (report every match) or a `require` (report when no selected text
//! matches), both regular expressions of the `regex-lite` crate (the `regex` crate's syntax;
//! classes and `(?i)` are ASCII-only, Unicode classes are refused): matching is linear in the
//! text, and patterns have a size limit. `where`, `kind` and `category` select the texts.

use std::sync::Mutex;

use regex_lite::{Regex, RegexBuilder};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::context::Ctx;
use crate::diagnostic::{Diagnostic, MetaError, Severity};
use crate::rules::texts::{Role, Text};
use crate::value::Value;

/// Where content rules are documented.
pub const DOCS_URL: &str = "https://github.com/walint/walint/blob/main/README.md#content-rules";
/// The rule name every content finding carries (`select`/`ignore` take the codes).
pub const RULE_NAME: &str = "content-rule";
/// Longest pattern accepted, in bytes.
pub const MAX_PATTERN_LEN: usize = 4096;
/// Compiled-size limit of one pattern (`regex-lite`'s `size_limit`).
const COMPILED_SIZE_LIMIT: usize = 1 << 20;

/// One content rule.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(try_from = "RawContentRule")]
pub struct ContentRule {
    /// `C100`–`C999`.
    #[cfg_attr(feature = "tsify", tsify(type = "string"))]
    pub code: ContentCode,
    /// What the finding says.
    pub message: String,
    /// How to fix it.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub help: Option<String>,
    /// Default: `warning`.
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub severity: Severity,
    /// Report every match of this regular expression.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "string", optional))]
    pub pattern: Option<Pattern>,
    /// Report when none of the selected texts of a document matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "string", optional))]
    pub require: Option<Pattern>,
    /// Which texts: `body`, `header`, `footer`, `button`, `parameter`, `url` (empty: all).
    #[serde(rename = "where", skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub places: Vec<Role>,
    /// Only documents of these kinds: `message`, `template` (empty: both).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub kind: Vec<ContentKind>,
    /// Only templates of these categories (case-insensitive); a message is of a category when
    /// it sends a template whose definition is known, or is a Direct Send with `category`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "tsify", tsify(optional))]
    pub category: Vec<String>,
}

fn default_severity() -> Severity {
    Severity::Warning
}

/// The fields as written; [`ContentRule`] adds the checks that span several fields.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContentRule {
    code: ContentCode,
    message: String,
    #[serde(default)]
    help: Option<String>,
    #[serde(default = "default_severity")]
    severity: Severity,
    #[serde(default)]
    pattern: Option<Pattern>,
    #[serde(default)]
    require: Option<Pattern>,
    #[serde(rename = "where", default)]
    places: Vec<Role>,
    #[serde(default)]
    kind: Vec<ContentKind>,
    #[serde(default)]
    category: Vec<String>,
}

impl TryFrom<RawContentRule> for ContentRule {
    type Error = crate::Error;

    fn try_from(raw: RawContentRule) -> Result<Self, crate::Error> {
        let refuse = |problem: &str| crate::Error::ContentRule {
            code: raw.code.0.to_owned(),
            problem: problem.to_owned(),
        };
        if raw.pattern.is_some() == raw.require.is_some() {
            return Err(refuse(
                "give exactly one of `pattern` (report matches) and `require` (must match)",
            ));
        }
        if raw.message.trim().is_empty() {
            return Err(refuse("`message` is empty"));
        }
        Ok(ContentRule {
            code: raw.code,
            message: raw.message,
            help: raw.help,
            severity: raw.severity,
            pattern: raw.pattern,
            require: raw.require,
            places: raw.places,
            kind: raw.kind,
            category: raw.category.iter().map(|c| c.to_ascii_uppercase()).collect(),
        })
    }
}

/// What kind of document a content rule applies to.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ContentKind {
    Message,
    Template,
}

/// A user rule code: `C` and three digits, `C100`–`C999`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentCode(&'static str);

impl ContentCode {
    pub fn new(code: &str) -> Result<ContentCode, String> {
        let digits = code.strip_prefix('C').unwrap_or("");
        let valid =
            digits.len() == 3 && digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0');
        if !valid {
            return Err(format!(
                "content rule code `{code}` must be `C` and three digits, C100 to C999"
            ));
        }
        Ok(ContentCode(intern(code)))
    }

    pub fn as_str(&self) -> &'static str {
        self.0
    }
}

impl<'de> Deserialize<'de> for ContentCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        ContentCode::new(&code).map_err(serde::de::Error::custom)
    }
}

impl Serialize for ContentCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.0)
    }
}

/// Diagnostics carry `&'static str` codes. A code is `C100`–`C999`, so at most 900 distinct
/// strings are ever kept, each once.
fn intern(code: &str) -> &'static str {
    // Sorted, for binary searches.
    static CODES: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());
    let mut codes = CODES.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    match codes.binary_search(&code) {
        Ok(at) => codes.get(at).copied().unwrap_or_default(),
        Err(at) => {
            let leaked: &'static str = Box::leak(code.to_owned().into_boxed_str());
            codes.insert(at, leaked);
            leaked
        }
    }
}

/// A compiled regular expression and its source.
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    regex: Regex,
}

impl Pattern {
    /// Compiles a pattern (`regex-lite` syntax), within the size limits.
    pub fn new(source: &str) -> Result<Pattern, crate::Error> {
        if source.len() > MAX_PATTERN_LEN {
            return Err(crate::Error::PatternTooLong {
                length: source.len(),
                limit: MAX_PATTERN_LEN,
            });
        }
        if source.is_empty() {
            return Err(crate::Error::EmptyPattern);
        }
        let regex = RegexBuilder::new(source)
            .size_limit(COMPILED_SIZE_LIMIT)
            .build()
            .map_err(|error| crate::Error::Pattern {
                pattern: source.to_owned(),
                reason: one_line(&error.to_string()),
            })?;
        Ok(Pattern {
            source: source.to_owned(),
            regex,
        })
    }

    pub fn as_str(&self) -> &str {
        &self.source
    }

    pub fn regex(&self) -> &Regex {
        &self.regex
    }
}

/// A multi-line regex error (pattern, caret, message) as its message alone.
fn one_line(error: &str) -> String {
    match error.lines().find_map(|line| line.trim().strip_prefix("error: ")) {
        Some(message) => message.to_owned(),
        None => error.split_whitespace().collect::<Vec<_>>().join(" "),
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let source = String::deserialize(deserializer)?;
        Pattern::new(&source).map_err(serde::de::Error::custom)
    }
}

impl Serialize for Pattern {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.source)
    }
}

/// The document the texts come from.
pub struct Document<'a> {
    pub kind: ContentKind,
    /// The template's category, or the category a message is sent in (upper-case).
    pub category: Option<String>,
    /// Pointer of the document inside the linted file (`/data/3` for a template of a list).
    pub prefix: &'a str,
}

impl ContentRule {
    fn applies_to(&self, document: &Document<'_>) -> bool {
        (self.kind.is_empty() || self.kind.contains(&document.kind))
            && (self.category.is_empty()
                || document
                    .category
                    .as_ref()
                    .is_some_and(|category| self.category.contains(category)))
    }

    fn selects(&self, text: &Text<'_>) -> bool {
        self.places.is_empty() || self.places.contains(&text.role)
    }

    fn diagnostic(&self, pointer: String) -> Diagnostic {
        Diagnostic {
            code: self.code.as_str(),
            name: RULE_NAME,
            severity: self.severity,
            message: self.message.clone(),
            pointer,
            location: None,
            text_range: None,
            help: self.help.clone(),
            url: DOCS_URL,
            meta_error: None::<MetaError>,
            fix: None,
            related: Vec::new(),
            at_key: false,
        }
    }
}

/// Runs every content rule of the options on the texts of one document.
pub fn run(ctx: &mut Ctx<'_>, document: &Document<'_>, texts: &[Text<'_>]) {
    let options = ctx.options;
    for rule in options.content.iter().filter(|rule| rule.applies_to(document)) {
        let selected = texts.iter().filter(|text| rule.selects(text));
        if let Some(pattern) = &rule.pattern {
            for text in selected {
                for found in pattern.regex().find_iter(text.text) {
                    if found.is_empty() {
                        continue;
                    }
                    let pointer = text.path.render_under(document.prefix);
                    ctx.report(rule.diagnostic(pointer).with_text_range(
                        text.text,
                        found.start(),
                        found.end(),
                    ));
                }
            }
        } else if let Some(required) = &rule.require {
            let selected: Vec<&Text<'_>> = selected.collect();
            if !selected.iter().any(|text| required.regex().is_match(text.text)) {
                let pointer = selected.first().map_or_else(
                    || document.prefix.to_owned(),
                    |text| text.path.render_under(document.prefix),
                );
                ctx.report(rule.diagnostic(pointer));
            }
        }
    }
}

/// The category a message is sent in: the definition's (from `Options.templates`, matched by
/// name and language) for a template send, or a Direct Send's `category`.
pub fn message_category(options: &crate::Options, message: &Value) -> Option<String> {
    if let Some(category) = message.get("category").and_then(Value::as_str) {
        return Some(category.to_ascii_uppercase());
    }
    let template = message.get("template")?;
    options
        .definition_of(template)
        .and_then(|definition| definition.get("category")?.as_str())
        .map(str::to_ascii_uppercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(json: &str) -> Result<ContentRule, String> {
        serde_json::from_str(json).map_err(|e| e.to_string())
    }

    #[test]
    fn codes_are_c100_to_c999() {
        for good in ["C100", "C999", "C512"] {
            assert!(ContentCode::new(good).is_ok(), "{good}");
        }
        for bad in ["C99", "C1000", "C099", "T100", "c100", "C10a", ""] {
            assert!(ContentCode::new(bad).is_err(), "{bad}");
        }
        assert!(std::ptr::eq(
            ContentCode::new("C123").unwrap().as_str(),
            ContentCode::new("C123").unwrap().as_str()
        ));
    }

    #[test]
    fn a_rule_needs_exactly_one_of_pattern_and_require() {
        assert!(rule(r#"{"code": "C100", "message": "m", "pattern": "x"}"#).is_ok());
        assert!(rule(r#"{"code": "C100", "message": "m", "require": "x"}"#).is_ok());
        let both = rule(r#"{"code": "C100", "message": "m", "pattern": "x", "require": "y"}"#);
        assert!(both.unwrap_err().contains("exactly one"));
        let none = rule(r#"{"code": "C100", "message": "m"}"#);
        assert!(none.unwrap_err().contains("exactly one"));
    }

    #[test]
    fn bad_and_oversized_patterns_are_refused_with_a_reason() {
        let error = rule(r#"{"code": "C100", "message": "m", "pattern": "(unclosed"}"#).unwrap_err();
        assert!(error.contains("invalid pattern `(unclosed`"), "{error}");
        assert!(error.contains("without closing ')'"), "{error}");
        let long = "a".repeat(MAX_PATTERN_LEN + 1);
        assert!(Pattern::new(&long).unwrap_err().to_string().contains("limit"));
        // Within the length limit but compiling far beyond the size limit.
        assert!(Pattern::new(r"(?:\w{1000}){1000}").is_err());
        // Backreferences and look-around are not supported: matching stays linear.
        assert!(Pattern::new(r"(a)\1").is_err());
        assert!(Pattern::new(r"(?=a)").is_err());
        // Unicode classes are not supported: the pattern is refused, not read another way.
        let unicode = Pattern::new(r"\p{L}+").unwrap_err().to_string();
        assert!(unicode.contains("invalid pattern"), "{unicode}");
    }

    /// Classes and case-insensitivity are ASCII, as documented: other letters are matched as
    /// written.
    #[test]
    fn classes_and_case_folding_are_ascii() {
        let matches =
            |pattern: &str, text: &str| Pattern::new(pattern).expect("compiles").regex().is_match(text);
        assert!(matches(r"(?i)\bgratis\b", "Envío GRATIS hoy"));
        assert!(matches(r"(?i)envío", "ENVíO"));
        assert!(!matches(r"(?i)envío", "ENVÍO"));
        assert!(matches(r"env[ií]o", "envio"));
        assert!(!matches(r"^\w+$", "café"));
        assert!(matches(r"^\d{4}$", "2026"));
    }

    #[test]
    fn unknown_fields_and_places_are_errors() {
        assert!(rule(r#"{"code": "C100", "message": "m", "pattern": "x", "wher": ["body"]}"#).is_err());
        assert!(rule(r#"{"code": "C100", "message": "m", "pattern": "x", "where": ["bdy"]}"#).is_err());
    }
}
