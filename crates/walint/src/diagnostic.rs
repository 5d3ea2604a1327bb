//! Diagnostics: what a rule found, where, and how to fix it.

use serde::Serialize;

pub use crate::rule::{MetaError, Severity};

/// Whether a fix may be applied without review (ruff's applicability levels).
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Applicability {
    /// Keeps the meaning; applied by `--fix`.
    Safe,
    /// May change meaning; applied only with `--unsafe-fixes`.
    Unsafe,
    /// Shown to the user, never applied automatically.
    DisplayOnly,
}

/// One replacement. Rules speak in JSON values; the engine turns the value's pointer
/// into a byte range of the source so the rest of the file keeps its formatting.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edit {
    /// Pointer of the JSON value that is replaced.
    pub pointer: String,
    /// The new value.
    #[cfg_attr(feature = "tsify", tsify(type = "unknown"))]
    pub value: serde_json::Value,
    /// Byte range of the replaced value in the source, filled in by the engine.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fix {
    pub applicability: Applicability,
    pub message: String,
    pub edits: Vec<Edit>,
}

/// Where a diagnostic points in the linted text. Offsets are 0-based, lines and columns
/// 1-based; columns count Unicode code points.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    /// Byte offsets.
    pub start: usize,
    pub end: usize,
    /// UTF-16 code unit offsets (what JavaScript editors use).
    pub utf16_start: usize,
    pub utf16_end: usize,
}

/// A range inside a string value, for rules that point into text.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct TextRange {
    /// Code-point offsets inside the decoded string.
    pub start: usize,
    pub end: usize,
    /// UTF-16 offsets inside the decoded string.
    pub utf16_start: usize,
    pub utf16_end: usize,
    /// Byte offsets inside the decoded string (not serialized: internal use).
    #[serde(skip)]
    pub byte_start: usize,
    #[serde(skip)]
    pub byte_end: usize,
}

impl TextRange {
    /// Builds a range from byte offsets into `text`, clamped to char boundaries.
    pub fn from_bytes(text: &str, byte_start: usize, byte_end: usize) -> TextRange {
        let clamp = |b: usize| {
            let mut b = b.min(text.len());
            while !text.is_char_boundary(b) {
                b -= 1;
            }
            b
        };
        let (byte_start, byte_end) = (clamp(byte_start), clamp(byte_end.max(byte_start)));
        let (start, utf16_start) = count_units(&text[..byte_start]);
        let (len, utf16_len) = count_units(&text[byte_start..byte_end]);
        TextRange {
            start,
            end: start + len,
            utf16_start,
            utf16_end: utf16_start + utf16_len,
            byte_start,
            byte_end,
        }
    }
}

/// Takes `prefix` off `pointer` when the pointer is inside it (`prefix` itself, or below it).
fn strip(pointer: &mut String, prefix: &str) -> bool {
    let inside = pointer
        .strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'));
    if inside {
        pointer.drain(..prefix.len());
    }
    inside
}

/// A value of the document quoted for a message, as JSON writes it (`"a\"b"`): messages show
/// what the payload holds. (Not `{:?}`: the WASM build compiles `Debug` out.)
pub fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// Counts code points and UTF-16 code units of a text, by bytes: every byte but a
/// continuation byte starts a code point, and every four-byte one (a lead byte from 0xF0)
/// takes two UTF-16 units. Counted in blocks of 128 bytes with one-byte counters: a loop the
/// compiler vectorises.
#[cfg_attr(walint_speed, optimize(speed))]
pub fn count_units(text: &str) -> (usize, usize) {
    fn count(bytes: &[u8]) -> (u8, u8) {
        bytes.iter().fold((0u8, 0u8), |(starts, astral), &b| {
            (
                starts.wrapping_add(u8::from((b as i8) >= -0x40)),
                astral.wrapping_add(u8::from(b >= 0xF0)),
            )
        })
    }
    let bytes = text.as_bytes();
    let (mut starts, mut astral) = (0usize, 0usize);
    let mut blocks = bytes.chunks_exact(128);
    for block in &mut blocks {
        let (block_starts, block_astral) = count(block);
        starts += usize::from(block_starts);
        astral += usize::from(block_astral);
    }
    let (rest_starts, rest_astral) = count(blocks.remainder());
    starts += usize::from(rest_starts);
    astral += usize::from(rest_astral);
    (starts, starts + astral)
}

/// A finding: one rule, one place.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    /// RFC 6901 JSON pointer to the value concerned ("" for the whole document).
    pub pointer: String,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Partial<Location>"))]
    pub location: Option<Location>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text_range: Option<TextRange>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    pub url: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub meta_error: Option<MetaError>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<Fix>,
    /// Other places the finding names (the first of two duplicates), with their locations
    /// once placed in the text.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
    /// Point at the key of the member named by `pointer` rather than at its value.
    #[serde(skip)]
    pub at_key: bool,
}

/// Another place a finding names.
#[cfg_attr(feature = "tsify", derive(tsify::Tsify))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Related {
    /// RFC 6901 JSON pointer of the place.
    pub pointer: String,
    pub message: String,
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "tsify", tsify(type = "Partial<Location>"))]
    pub location: Option<Location>,
}

impl Diagnostic {
    /// A diagnostic of `rule` at `pointer`, with the rule's default severity.
    pub fn new(
        rule: &'static crate::rule::Rule,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code: rule.code,
            name: rule.name,
            severity: rule.severity,
            message: message.into(),
            pointer: pointer.into(),
            location: None,
            text_range: None,
            help: None,
            url: rule.url(),
            meta_error: rule.meta_error,
            fix: None,
            related: Vec::new(),
            at_key: false,
        }
    }

    /// Names another place, e.g. the first of two duplicates.
    pub fn with_related(mut self, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        self.related.push(Related {
            pointer: pointer.into(),
            message: message.into(),
            location: None,
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn with_severity(mut self, severity: Severity) -> Self {
        self.severity = severity;
        self
    }

    pub fn with_meta_error(mut self, meta_error: MetaError) -> Self {
        self.meta_error = Some(meta_error);
        self
    }

    /// For a finding of a rule that names a Meta error, where Meta is known not to answer with
    /// it (a variant Meta accepts).
    pub fn without_meta_error(mut self) -> Self {
        self.meta_error = None;
        self
    }

    /// Points at a range inside the string value at the pointer.
    pub fn with_text_range(mut self, text: &str, byte_start: usize, byte_end: usize) -> Self {
        self.text_range = Some(TextRange::from_bytes(text, byte_start, byte_end));
        self
    }

    /// Points at the member's key instead of its value (unknown or duplicate keys).
    pub fn at_key(mut self) -> Self {
        self.at_key = true;
        self
    }

    /// The inverse of [`Diagnostic::prefixed`]: the finding with `prefix` taken off its
    /// pointers, or `None` when it is about a place outside `prefix` (a fix reaching outside is
    /// dropped, a related place outside is left out).
    pub fn unprefixed(mut self, prefix: &str) -> Option<Self> {
        if !strip(&mut self.pointer, prefix) {
            return None;
        }
        if let Some(fix) = &mut self.fix {
            if !fix.edits.iter_mut().all(|edit| strip(&mut edit.pointer, prefix)) {
                self.fix = None;
            }
        }
        self.related
            .retain_mut(|related| strip(&mut related.pointer, prefix));
        Some(self)
    }

    /// Moves the finding (its pointer, its fix's edits, its related places) from pointers
    /// relative to a sub-document (`prefix`: where that sub-document is) to pointers of the
    /// whole document.
    pub fn prefixed(mut self, prefix: &str) -> Self {
        if prefix.is_empty() {
            return self;
        }
        self.pointer.insert_str(0, prefix);
        if let Some(fix) = &mut self.fix {
            for edit in &mut fix.edits {
                edit.pointer.insert_str(0, prefix);
            }
        }
        for related in &mut self.related {
            related.pointer.insert_str(0, prefix);
        }
        self
    }

    pub fn with_location(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Attaches a fix that replaces the value at the diagnostic's pointer.
    pub fn with_fix(
        mut self,
        applicability: Applicability,
        message: impl Into<String>,
        value: impl Into<serde_json::Value>,
    ) -> Self {
        let pointer = self.pointer.clone();
        self.fix = Some(Fix {
            applicability,
            message: message.into(),
            edits: vec![Edit {
                pointer,
                value: value.into(),
                start: None,
                end: None,
            }],
        });
        self
    }
}

#[cfg(test)]
mod tests {
    use super::{count_units, Applicability, Diagnostic};

    #[test]
    fn unprefixed_keeps_only_what_is_inside_the_prefix() {
        let rule = &crate::rules::general::PLACEHOLDER_VALUE;
        let inside = Diagnostic::new(rule, "/entry/0/changes/0/value/x", "m")
            .with_related("/entry/0/id", "outside")
            .with_fix(Applicability::Safe, "f", serde_json::json!(1))
            .unprefixed("/entry/0/changes/0")
            .expect("inside");
        assert_eq!(inside.pointer, "/value/x");
        assert!(inside.related.is_empty());
        assert_eq!(inside.fix.expect("fix").edits[0].pointer, "/value/x");
        let at_prefix = Diagnostic::new(rule, "/entry/0", "m").unprefixed("/entry/0");
        assert_eq!(at_prefix.map(|d| d.pointer), Some(String::new()));
        assert!(Diagnostic::new(rule, "/entry/0/id", "m")
            .unprefixed("/entry/0/changes/0")
            .is_none());
        assert!(Diagnostic::new(rule, "/entry/01", "m")
            .unprefixed("/entry/0")
            .is_none());
    }

    #[test]
    fn units_counted_by_bytes_agree_with_chars() {
        let long = "é🔥a".repeat(200);
        for text in [
            "",
            "plain ascii",
            "café · ₹ 1",
            "emoji 🔥🛍️ and 𝒳",
            "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
            &long,
        ] {
            let by_chars = text
                .chars()
                .fold((0, 0), |(cp, u16), c| (cp + 1, u16 + c.len_utf16()));
            assert_eq!(count_units(text), by_chars, "{text}");
        }
    }
}
