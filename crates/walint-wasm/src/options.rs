//! The `options` argument of the lint functions: the core's [`Options`] plus `kind`.

use serde::Serialize;
use serde_json::Value;
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

/// Reads the options JSON. `kind` comes from the options unless the export fixes it.
pub fn parse_options(json: Option<&str>, fixed_kind: Option<Kind>) -> Result<(Kind, Options), FacadeError> {
    let Some(json) = json else {
        return Ok((fixed_kind.unwrap_or_default(), Options::default()));
    };
    let mut value: Value = serde_json::from_str(json)
        .map_err(|error| FacadeError::Invalid(format!("options are not valid JSON: {error}")))?;
    let Some(object) = value.as_object_mut() else {
        return Err(FacadeError::Type("options must be an object".to_owned()));
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
            return Err(FacadeError::Invalid(
                format!("options.kind is {given:?} but this function lints {fixed:?} documents")
                    .to_lowercase(),
            ))
        }
        (Some(fixed), _) => fixed,
        (None, given) => given.unwrap_or_default(),
    };
    let options = serde_json::from_value::<Options>(value)
        .map_err(|error| FacadeError::Invalid(format!("options: {error}")))?;
    Ok((kind, options))
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
        assert_eq!(options.ignore, vec!["M1".to_owned()]);
    }

    #[test]
    fn fixed_kind_wins_and_a_contradicting_kind_is_refused() {
        let (kind, _) = parse_options(Some("{}"), Some(Kind::Message)).expect("valid");
        assert_eq!(kind, Kind::Message);
        let refused = parse_options(Some(r#"{"kind":"webhook"}"#), Some(Kind::Message));
        assert!(matches!(refused, Err(FacadeError::Invalid(m)) if m.contains("webhook")));
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
