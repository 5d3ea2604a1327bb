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
        let found = walint::definitions::from_json(&text)
            .map_err(|error| format!("templates {}: {error}", file.display()))?;
        templates.extend(found);
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
