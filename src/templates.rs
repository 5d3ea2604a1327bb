//! Template definitions to check sends against (`--templates`, config `templates`): files
//! holding one template object, a `GET /message_templates` response (`data: [...]`) or a
//! JSON array of templates; directories are walked for `*.json`, and the files among them
//! that hold no definition (a Template Library creation body, sends, notes) are passed over.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// Loads every template definition under `path`.
pub fn load(path: &Path) -> Result<Vec<Value>, String> {
    let walked = path.is_dir();
    let mut templates = Vec::new();
    // Where each (name, language) was first defined: a send is checked against that one.
    let mut first: Vec<(String, String, PathBuf)> = Vec::new();
    for file in files(path)? {
        let text = std::fs::read_to_string(&file)
            .map_err(|error| format!("cannot read templates {}: {error}", file.display()))?;
        match walint::definitions::from_json(&text) {
            Ok(found) => {
                for template in &found {
                    let field = |key: &str| {
                        template
                            .get(key)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned()
                    };
                    let (name, language) = (field("name"), field("language"));
                    match first.iter().find(|(n, l, _)| *n == name && *l == language) {
                        Some((_, _, earlier)) => eprintln!(
                            "walint: warning: template `{name}` ({language}) is defined in {} and again in {}: sends are checked against the first",
                            earlier.display(),
                            file.display()
                        ),
                        None => first.push((name, language, file.clone())),
                    }
                }
                templates.extend(found);
            }
            // A file named on its own must hold definitions; a folder may hold other JSON.
            Err(error) if !walked => return Err(format!("templates {}: {error}", file.display())),
            Err(_) => {}
        }
    }
    if walked && templates.is_empty() {
        return Err(format!(
            "templates {}: no template definition in its *.json files",
            path.display()
        ));
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
