//! WhatsApp text formatting: parser, previews and lint checks.
//!
//! Implements the specification in `formatting.md` §2 (rules R1–R13), derived from WhatsApp
//! Web's own formatting modules: inline spans `*bold*`, `_italic_`, `~strike~`,
//! ```` ```monospace``` ````, `` `inline code` ``, and line blocks (`* `/`• `/`- ` bullets,
//! `N. ` numbered items, `> ` quotes). Pure: no I/O.
//!
//! Entry points: [`parse`], [`preview`], [`to_html`], [`to_ansi`], [`check`].
//!
//! Pipeline: `scan` collects candidates per construct (linear-time cursors, no rescans),
//! `resolve` settles overlaps (R6), `parse`/`preview`/`render` present the result, `checks`
//! runs the formatting rules (`rules/format/`, one file each) on it. Not modelled: link protection in trusted chats (R5: inside URLs nothing is
//! formatted), spoilers, mentions; the rules are those of WhatsApp Web (spec caveat §0).

mod ansi;
mod boundary_table;
pub(crate) mod chars;
pub(crate) mod checks;
mod html;
mod offsets;
mod parse;
mod preview;
mod render;
pub(crate) mod resolve;
pub(crate) mod scan;

#[cfg(test)]
mod tests;

pub use ansi::to_ansi;
pub use checks::{check, may_have_findings, Check, Finding, FormatRule, Replacement, TextContext};
pub use html::to_html;
pub use offsets::{byte_to_char_and_utf16, Offset, OffsetMap, TextRange};
pub use parse::{parse, Block, Parsed, Span};
pub use preview::{preview, Preview, PreviewBlock, PreviewSpan};

use serde::Serialize;

/// An inline style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    /// `*bold*`
    Bold,
    /// `_italic_`
    Italic,
    /// `~strike~`
    Strike,
    /// ```` ```monospace``` ````
    Mono,
    /// `` `inline code` ``
    Code,
}

impl Style {
    /// The name used in previews: `bold`, `italic`, `strike`, `mono`, `code`.
    pub fn as_str(self) -> &'static str {
        match self {
            Style::Bold => "bold",
            Style::Italic => "italic",
            Style::Strike => "strike",
            Style::Mono => "mono",
            Style::Code => "code",
        }
    }

    /// The single-character delimiter, `None` for monospace (three backticks).
    pub fn marker(self) -> Option<char> {
        match self {
            Style::Bold => Some('*'),
            Style::Italic => Some('_'),
            Style::Strike => Some('~'),
            Style::Code => Some('`'),
            Style::Mono => None,
        }
    }

    /// The delimiter as written.
    pub fn delimiter(self) -> &'static str {
        match self {
            Style::Bold => "*",
            Style::Italic => "_",
            Style::Strike => "~",
            Style::Code => "`",
            Style::Mono => "```",
        }
    }
}

/// A line-level construct (R11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    /// `* `, `• ` or `- ` at the start of a line.
    Bullet,
    /// `1. ` … `99. ` at the start of a line.
    Numbered,
    /// `> ` at the start of a line.
    Quote,
}

impl BlockKind {
    /// The name used in previews: `bullet`, `numbered`, `quote`.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Bullet => "bullet",
            BlockKind::Numbered => "numbered",
            BlockKind::Quote => "quote",
        }
    }
}
