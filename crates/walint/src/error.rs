//! The errors of the core's fallible functions: options and content rules that do not parse,
//! API versions, and template definition sets. Every message says what to change.

/// What went wrong, in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Options (JSON, npm) that do not parse: unknown keys, wrong types, bad values.
    #[error("invalid options: {0}")]
    Options(String),
    /// A Graph API version written another way than `v25.0`, `25.0` or `25`.
    #[error("`{0}` is not a Graph API version; write it as Meta does, e.g. `v25.0`")]
    ApiVersion(String),
    /// A content rule code outside `C100`–`C999`.
    #[error("content rule code `{0}` must be `C` and three digits, C100 to C999")]
    ContentCode(String),
    /// A content rule pattern `regex-lite` refuses (syntax, or over the size limit).
    #[error("invalid pattern `{pattern}`: {reason}")]
    Pattern { pattern: String, reason: String },
    /// A content rule pattern over the length limit.
    #[error("the pattern is {length} bytes long, more than the limit of {limit}")]
    PatternTooLong { length: usize, limit: usize },
    /// An empty content rule pattern (it would match everywhere).
    #[error("the pattern is empty")]
    EmptyPattern,
    /// A content rule whose fields do not go together.
    #[error("content rule {code}: {problem}")]
    ContentRule { code: String, problem: String },
    /// A template send that is not JSON.
    #[error("the send is not valid JSON: {0}")]
    SendJson(String),
    /// A template definition set that is not JSON.
    #[error("template definitions are not valid JSON: {0}")]
    DefinitionsJson(String),
    /// A template definition set without any definition.
    #[error(
        "no template definition found (expected an object with `name` and `components`, a `data` \
         list of them, or an array of them)"
    )]
    NoDefinitions,
}
