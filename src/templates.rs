//! Template definitions to check sends against (`--templates`, config `templates`): files
//! holding one template object, a `GET /message_templates` response (`data: [...]`) or a
//! JSON array of templates; directories are walked for `*.json`.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Loads every template definition under `path`.
pub fn load(path: &Path) -> Result<Vec<Value>, String> {
    let mut templates = Vec::new();
    for file in files(path)? {
        let text = std::fs::read_to_string(&file)
            .map_err(|error| format!("cannot read templates {}: {error}", file.display()))?;
        let value: Value = serde_json::from_str(&text)
            .map_err(|error| format!("templates {} is not valid JSON: {error}", file.display()))?;
        let before = templates.len();
        collect(value, &mut templates);
        if templates.len() == before {
            return Err(format!(
                "templates {}: no template definition found (expected an object with `name` and \
                 `components`, a `data` list of them, or an array of them)",
                file.display()
            ));
        }
    }
    Ok(templates)
}

fn files(path: &Path) -> Result<Vec<PathBuf>, String> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    if !path.is_dir() {
        return Err(format!("templates {}: no such file or directory", path.display()));
    }
    let mut found = Vec::new();
    for entry in ignore::WalkBuilder::new(path).build() {
        let entry = entry.map_err(|error| format!("templates {}: {error}", path.display()))?;
        let is_file = entry.file_type().is_some_and(|t| t.is_file());
        if is_file && entry.path().extension().is_some_and(|ext| ext == "json") {
            found.push(entry.path().to_path_buf());
        }
    }
    found.sort();
    Ok(found)
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
    use super::*;
    use serde_json::json;

    #[test]
    fn single_list_and_array_forms() {
        let one = json!({"name": "a", "components": []});
        let mut found = Vec::new();
        collect(one.clone(), &mut found);
        collect(
            json!({"data": [one.clone(), {"name": "b", "components": []}], "paging": {}}),
            &mut found,
        );
        collect(json!([one.clone(), 3]), &mut found);
        collect(json!({"nothing": true}), &mut found);
        assert_eq!(found.len(), 4);
    }

    #[test]
    fn files_and_directories() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.json"), r#"{"name": "a", "components": []}"#).expect("write");
        std::fs::write(
            dir.path().join("b.json"),
            r#"{"data": [{"name": "b", "components": []}]}"#,
        )
        .expect("write");
        assert_eq!(load(dir.path()).expect("load").len(), 2);
        std::fs::write(dir.path().join("c.json"), "{").expect("write");
        assert!(load(dir.path()).unwrap_err().contains("c.json is not valid JSON"));
        assert!(load(&dir.path().join("none"))
            .unwrap_err()
            .contains("no such file"));
    }
}
