//! One string's formatting findings as diagnostics: exact ranges, and whole-string fixes
//! that apply every safe fix of the string together.

use super::{rule_for, Shown, RULES};
use crate::context::Ctx;
use crate::diagnostic::{Applicability, Diagnostic, TextRange};
use crate::format::{self, Check, Finding};
use crate::value::Value;

/// Runs the checks on one string and reports each finding at the string's pointer, with a
/// range on the exact marker and, when there is one, a fix that rewrites the whole string.
///
/// Safe fixes of one string are applied together: each safe finding's value carries every
/// safe replacement of the string, so one `--fix` pass settles it however many there are
/// (fixes of one string share a range, and only one of them applies per pass).
///
/// Linear in the text whatever the number of findings: text ranges are counted from the
/// previous finding (findings come sorted), and whole-string fix values stop once they add
/// up to [`FIX_BUDGET`] bytes (a huge text far over every limit gets its first fixes only;
/// `--fix` re-lints and offers the next ones).
pub fn report(ctx: &mut Ctx<'_>, shown: &Shown<'_>) {
    let findings = format::check(shown.text, shown.context);
    let safe = findings
        .iter()
        .filter(|f| fix_kind(f.check).0 == Applicability::Safe);
    let all_safe = fixed_all(shown.text, safe);
    let mut counter = UnitCounter::default();
    let mut fix_bytes = 0usize;
    for finding in &findings {
        let fixed = if fix_bytes.saturating_add(shown.text.len()) > FIX_BUDGET {
            None
        } else if fix_kind(finding.check).0 == Applicability::Safe {
            all_safe.clone()
        } else {
            fixed_text(shown.text, finding)
        };
        let range = counter.range(shown.text, finding.start, finding.end);
        let Some(diagnostic) = diagnostic(&shown.pointer, finding, range, fixed) else {
            continue;
        };
        if diagnostic.fix.is_some() {
            fix_bytes += shown.text.len();
        }
        ctx.report(diagnostic);
    }
}

/// `text` with the replacements of `findings` (sorted by position) applied; one that
/// overlaps an earlier one is left for the next pass. `None` when there is none.
fn fixed_all<'f>(text: &str, findings: impl Iterator<Item = &'f Finding>) -> Option<String> {
    // Most texts have no finding: no buffer for them.
    let mut edits = findings.filter_map(|f| f.fix.as_ref()).peekable();
    edits.peek()?;
    let mut out = String::with_capacity(text.len());
    let (mut at, mut applied) = (0, 0);
    for edit in edits {
        let (Some(kept), Some(_)) = (text.get(at..edit.start), text.get(edit.start..edit.end)) else {
            continue;
        };
        out.push_str(kept);
        out.push_str(&edit.with);
        at = edit.end;
        applied += 1;
    }
    if applied == 0 {
        return None;
    }
    out.push_str(text.get(at..).unwrap_or(""));
    Some(out)
}

/// Bytes of whole-string fix values one string's findings may carry together.
pub(super) const FIX_BUDGET: usize = 1 << 22;

/// Code points and UTF-16 units up to a byte offset, resumed from the previous offset when
/// offsets come in increasing order (else counted from the start).
#[derive(Default)]
struct UnitCounter {
    byte: usize,
    chars: usize,
    utf16: usize,
}

impl UnitCounter {
    fn advance(&mut self, text: &str, to: usize) -> (usize, usize) {
        if to < self.byte {
            *self = UnitCounter::default();
        }
        let (chars, utf16) = crate::diagnostic::count_units(text.get(self.byte..to).unwrap_or(""));
        (self.chars + chars, self.utf16 + utf16)
    }

    fn range(&mut self, text: &str, start: usize, end: usize) -> TextRange {
        // Offsets off a char boundary are clamped the way `TextRange::from_bytes` does.
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) || end < start {
            return TextRange::from_bytes(text, start, end);
        }
        let (chars, utf16) = self.advance(text, start);
        *self = UnitCounter {
            byte: start,
            chars,
            utf16,
        };
        let (end_chars, end_utf16) = self.advance(text, end);
        TextRange {
            start: chars,
            end: end_chars,
            utf16_start: utf16,
            utf16_end: end_utf16,
            byte_start: start,
            byte_end: end,
        }
    }
}

/// The diagnostic for one finding in the string at `pointer`, at `range` (the finding's
/// range in the string), with `fixed` (the whole corrected string) as its fix.
pub fn diagnostic(
    pointer: &str,
    finding: &Finding,
    range: TextRange,
    fixed: Option<String>,
) -> Option<Diagnostic> {
    let rule = rule_for(finding.check)?;
    let mut diagnostic = Diagnostic::new(rule, pointer, finding.message.clone());
    diagnostic.text_range = Some(range);
    if let Some(help) = &finding.help {
        diagnostic = diagnostic.with_help(help.clone());
    }
    if let Some(fixed) = fixed {
        let (applicability, message) = fix_kind(finding.check);
        diagnostic = diagnostic.with_fix(applicability, message, Value::from(fixed));
    }
    Some(diagnostic)
}

/// `text` with the finding's replacement applied, or `None` without a (valid) replacement.
pub fn fixed_text(text: &str, finding: &Finding) -> Option<String> {
    let edit = finding.fix.as_ref()?;
    let before = text.get(..edit.start)?;
    let after = text.get(edit.end..)?;
    Some(format!("{before}{}{after}", edit.with))
}

/// What the fixes of `check`'s rule do: its applicability and message (each rule file's `FIX`).
fn fix_kind(check: Check) -> (Applicability, &'static str) {
    RULES
        .iter()
        .find(|rule| rule.rule.code == check.code())
        .map_or((Applicability::DisplayOnly, "rewrite the formatting"), |rule| {
            rule.fix
        })
}
