//! The `options` argument of the lint functions: the core's [`Options`] plus `kind`.

use serde::Serialize;
use serde_json::{Map, Value};
use walint::format::TextContext;
use walint::{Kind, Options};

use crate::error::FacadeError;

/// TypeScript shape of the `options` argument (used for the generated declaration only: the
/// JSON is read by [`parse_options`]). Unknown keys are refused, as by the CLI's config.
#[derive(Serialize, tsify::Tsify)]
pub struct LintOptions {
    /// What the document is; `auto` (the default) recognises it from its shape.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    #[serde(flatten)]
    pub options: Options,
}

/// TypeScript shape of `lintText`'s options: the core's [`Options`] plus where the text is shown.
#[derive(Serialize, tsify::Tsify)]
pub struct LintTextOptions {
    /// Where the text is shown, which decides what renders; `rendered` (the default) for message
    /// bodies, captions and template bodies, `plain` for headers, footers and button titles.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<TextContext>,
    #[serde(flatten)]
    pub options: Options,
}

/// The options JSON as an object (`None` when not given).
fn options_object(json: Option<&str>) -> Result<Option<Map<String, Value>>, FacadeError> {
    let Some(json) = json else {
        return Ok(None);
    };
    match serde_json::from_str(json) {
        Ok(Value::Object(object)) => Ok(Some(object)),
        Ok(_) => Err(FacadeError::Type("options must be an object".to_owned())),
        Err(error) => Err(FacadeError::Invalid(format!(
            "options are not valid JSON: {error}"
        ))),
    }
}

/// The core options from what is left of the object.
fn core_options(object: Map<String, Value>) -> Result<Options, FacadeError> {
    Options::from_object(object).map_err(|error| FacadeError::Invalid(error.to_string()))
}

/// Reads `lintText`'s options JSON: `context` plus the core options.
pub fn parse_text_options(json: Option<&str>) -> Result<(TextContext, Options), FacadeError> {
    let Some(mut object) = options_object(json)? else {
        return Ok((TextContext::Rendered, Options::default()));
    };
    let context = match object.remove("context") {
        None | Some(Value::Null) => TextContext::Rendered,
        Some(Value::String(name)) => text_context(&name).ok_or_else(|| {
            FacadeError::Invalid(format!(
                "options.context: unknown context `{name}`, expected one of `rendered`, `plain`, `parameter`"
            ))
        })?,
        Some(_) => {
            return Err(FacadeError::Invalid(
                "options.context must be a string".to_owned(),
            ))
        }
    };
    Ok((context, core_options(object)?))
}

/// A kind as the options spell it (`message`, …).
fn kind_name(kind: Kind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn text_context(name: &str) -> Option<TextContext> {
    [TextContext::Rendered, TextContext::Plain, TextContext::Parameter]
        .into_iter()
        .find(|context| {
            serde_json::to_value(context)
                .ok()
                .as_ref()
                .and_then(Value::as_str)
                == Some(name)
        })
}

/// Reads the options JSON. `kind` comes from the options unless the export fixes it.
pub fn parse_options(json: Option<&str>, fixed_kind: Option<Kind>) -> Result<(Kind, Options), FacadeError> {
    let Some(mut object) = options_object(json)? else {
        return Ok((fixed_kind.unwrap_or_default(), Options::default()));
    };
    let given_kind = match object.remove("kind") {
        None | Some(Value::Null) => None,
        Some(kind) => Some(
            serde_json::from_value::<Kind>(kind)
                .map_err(|error| FacadeError::Invalid(format!("options.kind: {error}")))?,
        ),
    };
    let kind = match (fixed_kind, given_kind) {
        (Some(fixed), Some(given)) if fixed != given => {
            return Err(FacadeError::Invalid(format!(
                "options.kind is {} but this function lints {} documents",
                kind_name(given),
                kind_name(fixed)
            )))
        }
        (Some(fixed), _) => fixed,
        (None, given) => given.unwrap_or_default(),
    };
    Ok((kind, core_options(object)?))
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn no_options_means_defaults() {
        let (kind, options) = parse_options(None, None).expect("defaults");
        assert_eq!(kind, Kind::Auto);
        assert!(!options.strict);
    }

    #[test]
    fn reads_kind_and_core_options() {
        let (kind, options) =
            parse_options(Some(r#"{"kind":"template","strict":true,"ignore":["M1"]}"#), None).expect("valid");
        assert_eq!(kind, Kind::Template);
        assert!(options.strict);
        assert_eq!(options.selection.ignore, vec!["M1".to_owned()]);
    }

    #[test]
    fn fixed_kind_wins_and_a_contradicting_kind_is_refused() {
        let (kind, _) = parse_options(Some("{}"), Some(Kind::Message)).expect("valid");
        assert_eq!(kind, Kind::Message);
        let refused = parse_options(Some(r#"{"kind":"webhook"}"#), Some(Kind::Message));
        assert!(matches!(refused, Err(FacadeError::Invalid(m)) if m.contains("webhook")));
    }

    #[test]
    fn text_options_read_the_context() {
        let (context, _) = parse_text_options(None).expect("defaults");
        assert_eq!(context, TextContext::Rendered);
        let (context, options) =
            parse_text_options(Some(r#"{"context":"plain","ignore":["F001"]}"#)).expect("valid");
        assert_eq!(context, TextContext::Plain);
        assert_eq!(options.selection.ignore, vec!["F001".to_owned()]);
        let unknown = parse_text_options(Some(r#"{"context":"header"}"#));
        assert!(matches!(unknown, Err(FacadeError::Invalid(m)) if m.contains("`header`")));
        assert!(parse_text_options(Some(r#"{"context":1}"#)).is_err());
        assert!(parse_text_options(Some(r#"{"kind":"message"}"#)).is_err());
    }

    #[test]
    fn unknown_keys_bad_kinds_and_non_objects_are_errors() {
        let unknown = parse_options(Some(r#"{"stirct":true}"#), None);
        assert!(matches!(unknown, Err(FacadeError::Invalid(m)) if m.contains("stirct")));
        let bad_kind = parse_options(Some(r#"{"kind":"letter"}"#), None);
        assert!(matches!(bad_kind, Err(FacadeError::Invalid(m)) if m.starts_with("options.kind")));
        assert!(matches!(
            parse_options(Some("[1]"), None),
            Err(FacadeError::Type(_))
        ));
        assert!(matches!(
            parse_options(Some("{"), None),
            Err(FacadeError::Invalid(_))
        ));
    }
}
