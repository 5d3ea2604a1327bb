//! Formatting rules (`F0xx`): [`crate::format::check`] applied to every string WhatsApp
//! shows to the customer, with the context that decides what renders there
//! (formatting.md §2 R13, rules.md §10 `fmt.where-allowed` / `fmt.where-forbidden`).
//! One file per rule; each maps one [`Check`] to its registered [`Rule`].

use crate::context::Ctx;
use crate::format::{self, Check, TextContext};
use crate::rule::Rule;
use crate::rules::texts::{self, Role, Text};
use crate::value::Value;

mod report;

pub use report::{diagnostic, fixed_text, report};

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
/// `shown`: the template's shown texts ([`texts::template_texts`]).
pub fn run_template(ctx: &mut Ctx<'_>, prefix: &str, shown: &[Text<'_>]) {
    // URLs are shown but not formatted.
    for place in shown.iter().filter(|text| text.role != Role::Url) {
        if format::may_have_findings(place.text, place.context) {
            report(ctx, &self::shown(place, prefix));
        }
    }
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
pub fn message_texts<'v>(message: &'v Value<'v>) -> Vec<Shown<'v>> {
    message_places(message)
        .iter()
        .map(|text| shown(text, ""))
        .collect()
}

fn message_places<'v>(message: &'v Value<'v>) -> Vec<Text<'v>> {
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

fn template_places<'v>(template: &'v Value<'v>) -> Vec<Text<'v>> {
    formatted(texts::template_texts(template))
}

#[cfg(test)]
mod tests {
    use crate::value::json;

    use super::report::FIX_BUDGET;
    use super::*;
    use crate::diagnostic::{Applicability, TextRange};

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
