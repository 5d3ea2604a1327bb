//! The configuration file (`walint.toml` / `.walint.toml`): its keys, parsing and
//! validation. Errors name the file, line and column.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;
use walint::{PlaceholderPolicy, Severity};

/// The keys of a configuration file. Unknown keys are errors.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Only report these codes, code prefixes or rule names (empty: all).
    #[serde(default)]
    pub select: Vec<Spanned<String>>,
    /// Never report these codes, code prefixes or rule names.
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
    /// Severity per rule code or name.
    #[serde(default)]
    pub severity: BTreeMap<Spanned<String>, Severity>,
    /// Use the stricter limit where Meta's sources disagree.
    pub strict: Option<bool>,
    /// How to treat documentation placeholders such as `<PHONE_NUMBER>`.
    pub placeholders: Option<PlaceholderPolicy>,
    /// Template definition files or directories, relative to this file.
    #[serde(default)]
    pub templates: Vec<Spanned<String>>,
    /// Settings for some files, or some parts of them.
    #[serde(default)]
    pub overrides: Vec<Override>,
    /// When the customer last wrote (RFC 3339 or Unix seconds), to check the 24-hour
    /// window; `--last-inbound` wins over it.
    pub last_inbound: Option<Spanned<TimeValue>>,
    /// The Graph API version the payloads are for (`"v25.0"`); `--api-version` wins over it.
    pub api_version: Option<Spanned<walint::ApiVersion>>,
    /// The team's own content rules (`[[content]]` tables).
    #[serde(default)]
    pub content: Vec<Spanned<walint::ContentRule>>,
}

/// A point in time: Unix seconds, an RFC 3339 string, or a TOML date-time.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum TimeValue {
    Seconds(i64),
    Text(String),
    Datetime(toml::value::Datetime),
}

impl TimeValue {
    pub fn unix_seconds(&self) -> Result<i64, String> {
        match self {
            TimeValue::Seconds(seconds) => Ok(*seconds),
            TimeValue::Text(text) => crate::time::parse_unix_seconds(text),
            TimeValue::Datetime(datetime) => crate::time::parse_unix_seconds(&datetime.to_string()),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Override {
    /// Globs relative to the configuration file's directory; a glob without `/` matches
    /// the file name at any depth.
    pub files: Vec<Spanned<String>>,
    /// JSON pointer prefixes: only findings at or under one of them (empty: all).
    #[serde(default)]
    pub pointers: Vec<Spanned<String>>,
    #[serde(default)]
    pub select: Vec<Spanned<String>>,
    #[serde(default)]
    pub ignore: Vec<Spanned<String>>,
    #[serde(default)]
    pub severity: BTreeMap<Spanned<String>, Severity>,
}

/// A configuration error, placed in its file.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line_column: Option<(usize, usize)>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid configuration {}", self.path.display())?;
        if let Some((line, column)) = self.line_column {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", self.message)
    }
}

impl ConfigError {
    pub fn new(path: &Path, text: &str, span: Option<std::ops::Range<usize>>, message: String) -> Self {
        ConfigError {
            path: path.to_path_buf(),
            line_column: span.map(|span| line_column(text, span.start)),
            message,
        }
    }
}

/// 1-based line and column (in code points) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// Parses and validates a configuration file's text.
pub fn parse(path: &Path, text: &str) -> Result<ConfigFile, ConfigError> {
    let config: ConfigFile = toml::from_str(text)
        .map_err(|error| ConfigError::new(path, text, error.span(), error.message().trim().to_owned()))?;
    let check = |result: Result<(), Invalid>| {
        result.map_err(|(span, message)| ConfigError::new(path, text, span, message))
    };
    check(validate_content(&config.content))?;
    let content: Vec<&str> = config
        .content
        .iter()
        .map(|rule| rule.get_ref().code.as_str())
        .collect();
    check(validate_selection("select", &config.select, &content))?;
    check(validate_selection("ignore", &config.ignore, &content))?;
    check(validate_severity(&config.severity, &content))?;
    for entry in &config.overrides {
        check(validate_override(entry, &content))?;
    }
    if let Some(time) = &config.last_inbound {
        check(
            time.get_ref()
                .unix_seconds()
                .map(|_| ())
                .map_err(|error| (Some(time.span()), format!("`last_inbound`: {error}"))),
        )?;
    }
    Ok(config)
}

/// What is wrong, and where in the file when known.
type Invalid = (Option<std::ops::Range<usize>>, String);

/// Two content rules may not share a code.
fn validate_content(rules: &[Spanned<walint::ContentRule>]) -> Result<(), Invalid> {
    for (index, rule) in rules.iter().enumerate() {
        let code = rule.get_ref().code.as_str();
        if rules[..index]
            .iter()
            .any(|earlier| earlier.get_ref().code.as_str() == code)
        {
            return Err((
                Some(rule.span()),
                format!("`content`: two rules have the code {code}; give each its own"),
            ));
        }
    }
    Ok(())
}

/// Whether `pattern` selects a built-in rule or one of the content rule codes.
fn is_known_selection(pattern: &str, content: &[&str]) -> bool {
    walint::rules()
        .iter()
        .any(|rule| walint::Selection::matches(pattern, rule.code, rule.name))
        || content
            .iter()
            .any(|code| walint::Selection::matches(pattern, code, walint::content::RULE_NAME))
}

fn validate_selection(key: &str, patterns: &[Spanned<String>], content: &[&str]) -> Result<(), Invalid> {
    for pattern in patterns {
        let text = pattern.get_ref();
        let known = is_known_selection(text, content);
        if !known {
            return Err((
                Some(pattern.span()),
                format!("`{key}`: `{text}` is no rule code, code prefix or rule name (see `walint rules`)"),
            ));
        }
    }
    Ok(())
}

fn validate_severity(
    severity: &BTreeMap<Spanned<String>, Severity>,
    content: &[&str],
) -> Result<(), Invalid> {
    for key in severity.keys() {
        if walint::registry::find(key.get_ref()).is_none() && !content.contains(&key.get_ref().as_str()) {
            return Err((
                Some(key.span()),
                format!(
                    "`severity`: `{}` is no rule code or name (see `walint rules`)",
                    key.get_ref()
                ),
            ));
        }
    }
    Ok(())
}

fn validate_override(entry: &Override, content: &[&str]) -> Result<(), Invalid> {
    if entry.files.is_empty() {
        return Err((
            None,
            "`overrides`: every entry needs `files` (a list of globs)".into(),
        ));
    }
    for glob in &entry.files {
        if let Err(error) = super::policy::compile_glob(glob.get_ref()) {
            return Err((
                Some(glob.span()),
                format!("`files`: invalid glob `{}`: {error}", glob.get_ref()),
            ));
        }
    }
    for pointer in &entry.pointers {
        if !is_json_pointer(pointer.get_ref()) {
            return Err((
                Some(pointer.span()),
                format!(
                    "`pointers`: `{}` is not a JSON pointer (RFC 6901: `/a/0/b`, `~0` for `~`, `~1` for `/`)",
                    pointer.get_ref()
                ),
            ));
        }
    }
    validate_selection("select", &entry.select, content)?;
    validate_selection("ignore", &entry.ignore, content)?;
    validate_severity(&entry.severity, content)
}

/// RFC 6901: empty (the whole document) or `/`-separated tokens, `~` only as `~0`/`~1`.
pub fn is_json_pointer(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    if !text.starts_with('/') {
        return false;
    }
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '~' && !matches!(chars.next(), Some('0' | '1')) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(text: &str) -> String {
        parse(Path::new("walint.toml"), text)
            .map(|_| ())
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn valid_config_parses() {
        let config = parse(
            Path::new("walint.toml"),
            "select = [\"S\", \"M1\", \"duplicate-key\"]\nstrict = true\nplaceholders = \"error\"\n\
             [severity]\nJ002 = \"error\"\n[[overrides]]\nfiles = [\"*.json\"]\npointers = [\"/text\"]\nignore = [\"S004\"]\n",
        )
        .expect("valid");
        assert_eq!(config.select.len(), 3);
        assert_eq!(config.strict, Some(true));
        assert_eq!(config.overrides.len(), 1);
        for (text, seconds) in [
            ("last_inbound = 1777626000", 1777626000),
            ("last_inbound = \"2026-05-01T09:00:00Z\"", 1777626000),
            ("last_inbound = 2026-05-01T09:00:00Z", 1777626000),
        ] {
            let config = parse(Path::new("walint.toml"), text).expect(text);
            let time = config.last_inbound.expect("set");
            assert_eq!(time.get_ref().unix_seconds(), Ok(seconds), "{text}");
        }
    }

    #[test]
    fn content_rules_are_parsed_and_their_errors_placed() {
        let config = parse(
            Path::new("walint.toml"),
            "ignore = [\"C101\"]\n[[content]]\ncode = \"C100\"\nmessage = \"m\"\npattern = \"x\"\n\
             [[content]]\ncode = \"C101\"\nmessage = \"m\"\nrequire = \"y\"\nwhere = [\"footer\"]\n",
        )
        .expect("valid");
        assert_eq!(config.content.len(), 2);
        assert_eq!(
            error("[[content]]\ncode = \"C100\"\nmessage = \"m\"\npattern = \"(x\"\n"),
            "invalid configuration walint.toml:4:11: invalid pattern `(x`: found open group without closing ')'"
        );
        assert_eq!(
            error("[[content]]\ncode = \"C100\"\nmessage = \"m\"\npattern = \"x\"\nwhere = [\"bodyy\"]\n"),
            "invalid configuration walint.toml:5:10: unknown variant `bodyy`, expected one of `body`, `header`, \
             `footer`, `button`, `parameter`, `url`"
        );
        assert_eq!(
            error("[[content]]\ncode = \"T100\"\nmessage = \"m\"\npattern = \"x\"\n"),
            "invalid configuration walint.toml:2:8: content rule code `T100` must be `C` and three digits, C100 to C999"
        );
        assert_eq!(
            error("[[content]]\ncode = \"C100\"\nmessage = \"m\"\npattern = \"x\"\n[[content]]\ncode = \"C100\"\nmessage = \"n\"\npattern = \"y\"\n"),
            "invalid configuration walint.toml:5:1: `content`: two rules have the code C100; give each its own"
        );
        let long = format!(
            "[[content]]\ncode = \"C100\"\nmessage = \"m\"\npattern = \"{}\"\n",
            "a".repeat(5000)
        );
        assert!(
            error(&long).contains("more than the limit of 4096"),
            "{}",
            error(&long)
        );
        assert!(error("ignore = [\"C100\"]").contains("`C100` is no rule code"));
    }

    #[test]
    fn errors_name_file_line_and_column() {
        assert_eq!(
            error("strict = true\nselct = [\"S\"]\n"),
            "invalid configuration walint.toml:2:1: unknown field `selct`, expected one of `select`, \
             `ignore`, `severity`, `strict`, `placeholders`, `templates`, `overrides`, `last_inbound`, \
             `api_version`, `content`"
        );
        assert_eq!(
            error("api_version = \"latest\""),
            "invalid configuration walint.toml:1:15: `latest` is not a Graph API version; write it as Meta does, e.g. `v25.0`"
        );
        assert!(error("placeholders = \"maybe\"")
            .starts_with("invalid configuration walint.toml:1:16: unknown variant `maybe`"));
        assert_eq!(
            error("ignore = [\"S\", \"Q123\"]"),
            "invalid configuration walint.toml:1:16: `ignore`: `Q123` is no rule code, code prefix or rule name (see `walint rules`)"
        );
        assert!(error("[severity]\nS004 = \"fatal\"").contains(":2:8: unknown variant `fatal`"));
        assert!(error("[severity]\nnot-a-rule = \"error\"").contains(":2:1: `severity`: `not-a-rule`"));
        assert!(error("[[overrides]]\nfiles = [\"a/[\"]").contains(":2:10: `files`: invalid glob"));
        assert!(error("[[overrides]]\nfiles = [\"*\"]\npointers = [\"text\"]").contains(":3:13: `pointers`"));
        assert!(error("strict = \"yes\"").contains(":1:10:"));
        assert!(error("last_inbound = \"yesterday\"")
            .contains(":1:16: `last_inbound`: expected an RFC 3339 time"));
    }

    #[test]
    fn json_pointers() {
        assert!(is_json_pointer(""));
        assert!(is_json_pointer("/a~1b/0/~0"));
        assert!(!is_json_pointer("a"));
        assert!(!is_json_pointer("/a~2"));
    }
}
