//! Context-specific checks: places that do not render formatting (R13) and template
//! parameter values (formatting.md §6).

use super::super::chars::{is_boundary, is_ws};
use super::{style_name, Check, Facts, Finding};

/// Every inline span marker in a non-rendering place is shown literally.
pub(super) fn not_rendered(facts: &Facts, out: &mut Vec<Finding>) {
    for (style, span) in facts.analysis.inline() {
        let delimiter = style.delimiter();
        for (from, to, role) in [
            (span.start, span.content_start, "opening"),
            (span.content_end, span.end, "closing"),
        ] {
            let mut finding = facts.finding(
                Check::FormattingNotRendered,
                from,
                to,
                format!(
                    "{} is not rendered here: this {role} `{delimiter}` is shown literally",
                    style_name(style)
                ),
            );
            finding.help = Some(
                "WhatsApp does not format headers, footers or button texts; remove the markers".to_string(),
            );
            // Both markers go together: removing one would leave the other stranded.
            let content = facts.text().slice(span.content_start, span.content_end);
            finding.fix = Some(facts.replace(span.start, span.end, content));
            out.push(finding);
        }
    }
    // Block markers are not reported: unrendered, `1. Pizza` or `- Acme team` reads exactly
    // as typed, which is what a title or footer means (no stray symbol appears).
}

/// A marker in a parameter value that could act as an opener or closer with the template's
/// surrounding text. The text around the value is unknown, so the value's edges count as
/// "could be anything". Markers inside a span of the value itself, and markers between two
/// letters (`john_doe`) or two spaces (`5 * 3`), cannot combine.
pub(super) fn parameter_markers(facts: &Facts, out: &mut Vec<Finding>) {
    let text = facts.text();
    let last = text.len().saturating_sub(1);
    for i in 0..text.len() {
        let Some(marker) = text.at(i).filter(|c| matches!(c, '*' | '_' | '~' | '`')) else {
            continue;
        };
        if facts.is_marker(i) || facts.is_verbatim(i) || facts.is_claimed(i) {
            continue;
        }
        let can_open = text.before(i).map_or(true, is_boundary)
            && (i == last || text.at(i + 1).is_some_and(|c| !is_ws(c)));
        let can_close =
            (i == 0 || text.before(i).is_some_and(|c| !is_ws(c))) && text.at(i + 1).map_or(true, is_boundary);
        if !(can_open || can_close) {
            continue;
        }
        let mut finding = facts.finding(
            Check::ParameterMarkerMayCombine,
            i,
            i + 1,
            format!(
                "`{marker}` in a parameter value can pair with a `{marker}` in the template \
                 text and change its formatting"
            ),
        );
        finding.help = Some(format!(
            "avoid `{marker}` at word edges in values, or use a look-alike character"
        ));
        out.push(finding);
    }
}
