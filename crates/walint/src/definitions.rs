//! Template definition sets, as `Options.templates` takes them: one template object, a
//! `GET /message_templates` response (`data: [...]`) or a JSON array of templates.

use serde_json::Value;

use crate::Error;

/// The template definitions of a set (JSON text).
pub fn from_json(text: &str) -> Result<Vec<Value>, Error> {
    let value: Value =
        serde_json::from_str(text).map_err(|error| Error::DefinitionsJson(error.to_string()))?;
    from_value(value)
}

/// The template definitions of a set; [`Error::NoDefinitions`] when it holds none.
pub fn from_value(value: Value) -> Result<Vec<Value>, Error> {
    let mut templates = Vec::new();
    collect(value, &mut templates);
    if templates.is_empty() {
        return Err(Error::NoDefinitions);
    }
    Ok(templates)
}

fn is_template(value: &Value) -> bool {
    value.get("name").is_some() && value.get("components").is_some()
}

fn collect(value: Value, templates: &mut Vec<Value>) {
    if is_template(&value) {
        templates.push(value);
        return;
    }
    match value {
        Value::Array(items) => templates.extend(items.into_iter().filter(is_template)),
        Value::Object(mut object) => {
            if let Some(Value::Array(items)) = object.remove("data") {
                templates.extend(items.into_iter().filter(is_template));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn single_list_and_array_forms() {
        let one = json!({"name": "a", "components": []});
        assert_eq!(from_value(one.clone()).map(|t| t.len()), Ok(1));
        let list = json!({"data": [one.clone(), {"name": "b", "components": []}], "paging": {}});
        assert_eq!(from_value(list).map(|t| t.len()), Ok(2));
        assert_eq!(from_value(json!([one, {"x": 1}])).map(|t| t.len()), Ok(1));
        assert_eq!(from_value(json!({"x": 1})), Err(Error::NoDefinitions));
        assert!(matches!(from_json("{"), Err(Error::DefinitionsJson(_))));
    }
}
