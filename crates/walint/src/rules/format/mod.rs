//! Formatting rules (`F0xx`): [`crate::format::check`] applied to every string WhatsApp
//! shows to the customer, with the context that decides what renders there
//! (formatting.md §2 R13, rules.md §10 `fmt.where-allowed` / `fmt.where-forbidden`).
//! One file per rule; each maps one [`Check`] to its registered [`Rule`].

use serde_json::Value;

use crate::context::Ctx;
use crate::diagnostic::{Applicability, Diagnostic, TextRange};
use crate::format::{self, Check, Finding, TextContext};
use crate::rule::Rule;
use crate::rules::texts::{self, Role, Text};

crate::rule_files! {
    format;
    markdown_horizontal_rule,
    markdown_table,
    markdown_bold_italic,
    fenced_code_language,
    markdown_double_marker,
    markdown_heading,
    markdown_link,
    backslash_escape,
    crossing_spans,
    marker_will_show_literally,
    span_crosses_newline,
    accidental_list_or_quote,
    list_or_quote_will_not_render,
    formatting_not_rendered,
    parameter_marker_may_combine,
}

/// The rule that reports `check`.
pub fn rule_for(check: Check) -> Option<&'static Rule> {
    Some(check.rule())
}

/// A string WhatsApp shows, where it is, and how it is rendered.
pub struct Shown<'v> {
    pub pointer: String,
    pub text: &'v str,
    pub context: TextContext,
}

/// Lints every shown string of an outgoing message.
pub fn run_message(ctx: &mut Ctx<'_>, message: &Value) {
    report_places(ctx, "", &message_places(message));
}

/// Lints every shown string of one template definition; pointers start with `prefix`.
pub fn run_template(ctx: &mut Ctx<'_>, prefix: &str, template: &Value) {
    report_places(ctx, prefix, &template_places(template));
}

/// Reports the findings of every place under `prefix`. Most strings have no character the
/// checks look at: a byte scan skips them before any pointer is built.
fn report_places(ctx: &mut Ctx<'_>, prefix: &str, places: &[Text<'_>]) {
    for place in places {
        if format::may_have_findings(place.text, place.context) {
            report(ctx, &shown(place, prefix));
        }
    }
}

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
    let mut out = String::with_capacity(text.len());
    let (mut at, mut applied) = (0, 0);
    for edit in findings.filter_map(|f| f.fix.as_ref()) {
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
const FIX_BUDGET: usize = 1 << 22;

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
        diagnostic = diagnostic.with_fix(applicability, message, Value::String(fixed));
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

/// The shown texts formatting applies to: every text except URLs.
fn formatted<'v>(texts: Vec<Text<'v>>) -> Vec<Text<'v>> {
    texts.into_iter().filter(|text| text.role != Role::Url).collect()
}

fn shown<'v>(text: &Text<'v>, prefix: &str) -> Shown<'v> {
    Shown {
        pointer: text.path.render_under(prefix),
        text: text.text,
        context: text.context,
    }
}

/// Every string of a message that WhatsApp renders, with its context.
pub fn message_texts(message: &Value) -> Vec<Shown<'_>> {
    message_places(message)
        .iter()
        .map(|text| shown(text, ""))
        .collect()
}

fn message_places(message: &Value) -> Vec<Text<'_>> {
    formatted(texts::message_texts(message))
}

/// Every string of a template definition that WhatsApp renders, with its context: BODY
/// (also inside carousel cards) renders formatting; HEADER, FOOTER and button texts do not.
pub fn template_texts<'v>(prefix: &str, template: &'v Value) -> Vec<Shown<'v>> {
    template_places(template)
        .iter()
        .map(|text| shown(text, prefix))
        .collect()
}

fn template_places(template: &Value) -> Vec<Text<'_>> {
    formatted(texts::template_texts(template))
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn places(shown: &[Shown<'_>]) -> Vec<(String, TextContext)> {
        shown.iter().map(|s| (s.pointer.clone(), s.context)).collect()
    }

    #[test]
    fn every_rendered_place_of_an_interactive_message() {
        let message = json!({"type": "interactive", "interactive": {
            "type": "list", "header": {"type": "text", "text": "H"}, "body": {"text": "B"},
            "footer": {"text": "F"},
            "action": {"button": "Menu", "sections": [{"title": "S", "rows": [{"id": "1", "title": "R"}]}]}}});
        assert_eq!(
            places(&message_texts(&message)),
            [
                ("/interactive/header/text".to_string(), TextContext::Plain),
                ("/interactive/body/text".to_string(), TextContext::Rendered),
                ("/interactive/footer/text".to_string(), TextContext::Rendered),
                ("/interactive/action/button".to_string(), TextContext::Plain),
                (
                    "/interactive/action/sections/0/rows/0/title".to_string(),
                    TextContext::Plain
                ),
            ]
        );
    }

    #[test]
    fn captions_text_and_template_parameters() {
        let caption = json!({"type": "video", "video": {"id": "1", "caption": "*c*"}});
        assert_eq!(
            places(&message_texts(&caption)),
            [("/video/caption".to_string(), TextContext::Rendered)]
        );
        let send = json!({"type": "template", "template": {"components": [
            {"type": "header", "parameters": [{"type": "text", "text": "h"}]},
            {"type": "body", "parameters": [{"type": "currency"}, {"type": "text", "text": "b"}]},
            {"type": "carousel", "cards": [{"components": [
                {"type": "body", "parameters": [{"type": "text", "text": "c"}]}]}]}]}});
        assert_eq!(
            places(&message_texts(&send)),
            [
                (
                    "/template/components/0/parameters/0/text".to_string(),
                    TextContext::Plain
                ),
                (
                    "/template/components/1/parameters/1/text".to_string(),
                    TextContext::Parameter
                ),
                (
                    "/template/components/2/cards/0/components/0/parameters/0/text".to_string(),
                    TextContext::Parameter
                ),
            ]
        );
    }

    #[test]
    fn template_definition_places_and_placeholders_skipped() {
        let template = json!({"name": "t", "components": [
            {"type": "HEADER", "format": "TEXT", "text": "Hi"},
            {"type": "HEADER", "format": "IMAGE"},
            {"type": "BODY", "text": "<BODY_TEXT>"},
            {"type": "FOOTER", "text": "F"},
            {"type": "BUTTONS", "buttons": [{"type": "QUICK_REPLY", "text": "Yes"}]},
            {"type": "CAROUSEL", "cards": [{"components": [{"type": "BODY", "text": "card"}]}]}]});
        assert_eq!(
            places(&template_texts("/data/0", &template)),
            [
                ("/data/0/components/0/text".to_string(), TextContext::Plain),
                ("/data/0/components/3/text".to_string(), TextContext::Plain),
                (
                    "/data/0/components/4/buttons/0/text".to_string(),
                    TextContext::Plain
                ),
                (
                    "/data/0/components/5/cards/0/components/0/text".to_string(),
                    TextContext::Rendered
                ),
            ]
        );
    }

    #[test]
    fn every_check_has_a_rule_with_its_name() {
        for format_rule in RULES {
            let check = Check(format_rule.rule);
            let rule = rule_for(check).expect("rule");
            assert_eq!(rule.name, check.code_name());
            assert!(rule.code.starts_with('F'));
            assert!(!format_rule.contexts.is_empty(), "{} runs nowhere", rule.code);
        }
    }

    #[test]
    fn fix_rewrites_the_whole_string() {
        let text = "Olá **João**!";
        let finding = format::check(text, TextContext::Rendered)
            .into_iter()
            .find(|f| f.check == Check(&crate::rules::format::markdown_double_marker::RULE))
            .expect("double marker");
        let range = TextRange::from_bytes(text, finding.start, finding.end);
        let fixed = fixed_text(text, &finding);
        let diagnostic = diagnostic("/text/body", &finding, range, fixed).expect("diagnostic");
        let fix = diagnostic.fix.expect("fix");
        assert_eq!(fix.applicability, Applicability::Safe);
        assert_eq!(fix.edits[0].value, "Olá *João*!");
        assert_eq!(fix.edits[0].pointer, "/text/body");
        let range = diagnostic.text_range.expect("range");
        assert_eq!((range.start, range.end), (4, 6));
    }

    /// Found by benches/scale.rs: every finding of a long text copied the whole text into
    /// its fix and counted its offsets from the start (quadratic).
    #[test]
    fn many_findings_in_a_long_text_stay_linear() {
        let text = "Olá **João** 😀 ".repeat(2_000);
        let options = crate::Options::default();
        let mut ctx = Ctx::new(&options);
        let shown = Shown {
            pointer: "/text/body".into(),
            text: &text,
            context: TextContext::Rendered,
        };
        report(&mut ctx, &shown);
        let diagnostics = ctx.into_diagnostics();
        assert_eq!(diagnostics.len(), 2_000);
        for d in &diagnostics {
            let range = d.text_range.expect("range");
            assert_eq!(
                range,
                TextRange::from_bytes(&text, range.byte_start, range.byte_end)
            );
        }
        let with_fix = diagnostics.iter().filter(|d| d.fix.is_some()).count();
        assert_eq!(with_fix, FIX_BUDGET / text.len());
    }

    /// Found by tests/properties.rs' fixed-point property: seven `**x**` in one string took
    /// two `--fix` runs (one whole-string fix applies per pass, five passes at most).
    #[test]
    fn every_safe_fix_of_a_string_carries_all_of_them() {
        let text = "**a** **b** _x_ **c** ~~d~~";
        let options = crate::Options::default();
        let mut ctx = Ctx::new(&options);
        let shown = Shown {
            pointer: "/text/body".into(),
            text,
            context: TextContext::Rendered,
        };
        report(&mut ctx, &shown);
        let fixes: Vec<_> = ctx
            .into_diagnostics()
            .into_iter()
            .filter_map(|d| d.fix)
            .filter(|f| f.applicability == Applicability::Safe)
            .collect();
        assert_eq!(fixes.len(), 4);
        for fix in fixes {
            assert_eq!(fix.edits[0].value, "*a* *b* _x_ *c* ~d~");
        }
    }
}
