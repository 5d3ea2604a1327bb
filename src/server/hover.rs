//! Hover: the rule of a finding, the example value of a template variable, or how WhatsApp
//! renders a formatted text.

use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};
use serde_json::Value;

use super::text::LineIndex;
use super::Server;

pub fn hover(server: &Server, params: &HoverParams) -> Option<Hover> {
    let uri = params.text_document_position_params.text_document.uri.as_str();
    let position = params.text_document_position_params.position;
    let document = server.documents.get(uri)?;
    let text = document.text.as_str();
    let index = LineIndex::new(text);
    let offset = index.offset(position);
    let markdown = finding_docs(server, uri, offset)
        .or_else(|| variable_example(text, offset))
        .or_else(|| formatting_preview(text, offset))?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: None,
    })
}

/// The docs of the rules whose findings cover `offset` (from the last finished lint).
fn finding_docs(server: &Server, uri: &str, offset: usize) -> Option<String> {
    let linted = server.current(uri)?;
    let mut parts = Vec::new();
    for diagnostic in &linted.report.diagnostics {
        let Some(location) = diagnostic.location else {
            continue;
        };
        if location.start <= offset && offset <= location.end {
            // The rule's docs (What it does, Why, Example, References); content rules have none.
            let docs =
                walint::registry::find(diagnostic.code).map_or_else(String::new, |rule| rule.markdown());
            parts.push(format!(
                "**{}** `{}`: {}\n\n{docs}\n[Rule docs]({})",
                diagnostic.code, diagnostic.name, diagnostic.message, diagnostic.url
            ));
        }
    }
    (!parts.is_empty()).then(|| parts.join("\n\n---\n\n"))
}

/// `{{1}}` or `{{name}}` under the cursor: its example value from the template's `example`.
fn variable_example(text: &str, offset: usize) -> Option<String> {
    let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    // The cursor may sit on the braces themselves: look for `{{` up to two bytes after it.
    let mut search_end = (offset + 2).min(text.len());
    while !text.is_char_boundary(search_end) {
        search_end -= 1;
    }
    let open = text[line_start..search_end]
        .rfind("{{")
        .map(|at| line_start + at)?;
    let close = text[open..].find("}}").map(|at| open + at + 2)?;
    if offset >= close {
        return None;
    }
    let name = text.get(open + 2..close - 2)?.trim();
    if name.is_empty() || name.contains(['{', '}', '"', '\n']) {
        return None;
    }
    let value: Value = serde_json::from_str(text).ok()?;
    let example = example_value(&value, name);
    Some(match example {
        Some(example) => format!("`{{{{{name}}}}}` = `{example}` (the template's example value)"),
        None => format!("`{{{{{name}}}}}` has no example value: give one in the component's `example`"),
    })
}

/// The example of variable `name` in a template definition (body, then header).
fn example_value(template: &Value, name: &str) -> Option<String> {
    let components = template.get("components")?.as_array()?;
    let position = name.parse::<usize>().ok();
    for component in components {
        let example = component.get("example");
        let kind = component.get("type").and_then(Value::as_str).unwrap_or("");
        let found = match (position, kind.to_ascii_uppercase().as_str()) {
            (Some(n), "BODY") => example
                .and_then(|e| e.get("body_text"))
                .and_then(|rows| rows.get(0))
                .and_then(|row| row.get(n.checked_sub(1)?)),
            (Some(n), "HEADER") => example
                .and_then(|e| e.get("header_text"))
                .and_then(|row| row.get(n.checked_sub(1)?)),
            (None, "BODY") => named_example(example, "body_text_named_params", name),
            (None, "HEADER") => named_example(example, "header_text_named_params", name),
            _ => None,
        };
        if let Some(found) = found.and_then(Value::as_str) {
            return Some(found.to_owned());
        }
    }
    None
}

/// The example of a named variable in an `example` object's `<field>` list of
/// `{"param_name", "example"}` entries.
fn named_example<'v>(example: Option<&'v Value>, field: &str, name: &str) -> Option<&'v Value> {
    example?
        .get(field)?
        .as_array()?
        .iter()
        .find(|p| p.get("param_name").and_then(Value::as_str) == Some(name))?
        .get("example")
}

/// The JSON string under the cursor, when it has WhatsApp formatting: how it renders.
fn formatting_preview(text: &str, offset: usize) -> Option<String> {
    let line_start = text[..offset].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |at| offset + at);
    let line = &text[line_start..line_end];
    let at = offset - line_start;
    // The string literals of the line, found by scanning for unescaped quotes.
    let mut start = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match (start, c) {
            (_, _) if escaped => escaped = false,
            (Some(_), '\\') => escaped = true,
            (None, '"') => start = Some(i),
            (Some(from), '"') => {
                if from < at && at <= i {
                    let literal = &line[from..=i];
                    let decoded: String = serde_json::from_str(literal).ok()?;
                    if !decoded.contains(['*', '_', '~', '`'])
                        || walint::format::preview(&decoded).spans.is_empty()
                    {
                        return None;
                    }
                    return Some(format!(
                        "WhatsApp shows:\n\n{}",
                        walint::format::to_html(&decoded)
                    ));
                }
                start = None;
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_show_their_example() {
        let text = r#"{"name": "t", "language": "en_US", "category": "UTILITY", "components": [
  {"type": "BODY", "text": "Hi {{1}}, order {{2}}", "example": {"body_text": [["Ana", "A-1"]]}}]}"#;
        let at = text.find("{{2}}").expect("var") + 2;
        assert_eq!(
            variable_example(text, at).as_deref(),
            Some("`{{2}}` = `A-1` (the template's example value)")
        );
        let no_example = text.replace(r#", "example": {"body_text": [["Ana", "A-1"]]}"#, "");
        let at = no_example.find("{{1}}").expect("var") + 3;
        assert!(variable_example(&no_example, at)
            .expect("hover")
            .contains("no example"));
        let open = text.find("{{1}}").expect("var");
        for at in open..open + 5 {
            assert!(
                variable_example(text, at).expect("hover").contains("`Ana`"),
                "{at}"
            );
        }
        assert_eq!(variable_example(text, 3), None);
    }

    #[test]
    fn named_variables_show_their_example() {
        let text = r#"{"name": "t", "language": "en_US", "category": "UTILITY", "parameter_format": "NAMED",
 "components": [{"type": "BODY", "text": "Hi {{first_name}}",
  "example": {"body_text_named_params": [{"param_name": "first_name", "example": "Ana"}]}}]}"#;
        let at = text.find("{{first_name}}").expect("var") + 4;
        assert_eq!(
            variable_example(text, at).as_deref(),
            Some("`{{first_name}}` = `Ana` (the template's example value)")
        );
    }

    #[test]
    fn formatted_strings_preview() {
        let text = r#"{"text": {"body": "Hi *there*"}}"#;
        let at = text.find("there").expect("word");
        assert!(
            formatting_preview(text, at)
                .expect("preview")
                .contains("<strong>there</strong>")
                || formatting_preview(text, at).expect("preview").contains("there")
        );
        assert_eq!(formatting_preview(r#"{"a": "plain"}"#, 8), None);
    }
}
