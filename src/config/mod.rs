//! Configuration: `walint.toml` or `.walint.toml`, the nearest one above each linted file
//! (or the one `--config` names), turned into per-file core options (selection included).

pub mod file;
pub mod policy;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

use globset::GlobMatcher;
use serde_json::Value;

use file::ConfigFile;
use walint::Selection;

/// Names looked for in each directory, in this order (the first found wins).
pub const FILE_NAMES: [&str; 2] = ["walint.toml", ".walint.toml"];

/// What one linted file is checked with.
pub struct Settings {
    /// Shared by every file of the same configuration and overrides.
    pub options: Arc<walint::Options>,
}

/// A loaded, validated configuration file.
struct Loaded {
    dir: PathBuf,
    config: ConfigFile,
    top: Selection,
    overrides: Vec<(Vec<GlobMatcher>, Selection)>,
    templates: Vec<Value>,
    last_inbound: Option<i64>,
}

/// Finds, loads (once per file) and applies configuration files.
pub struct Resolver {
    cwd: PathBuf,
    base: walint::Options,
    /// `--api-version` was given: it wins over the configuration's `api_version`.
    api_version_given: bool,
    extra_templates: Vec<Value>,
    explicit: Option<Rc<Loaded>>,
    by_dir: HashMap<PathBuf, Option<Rc<Loaded>>>,
    /// Options built, by configuration (its address; `None`: no file) and matching overrides.
    built: HashMap<(Option<usize>, Vec<usize>), Arc<walint::Options>>,
    /// The directory of the last file and its options, when they hold for every file of that
    /// directory (a configuration without overrides, or none): the walk gives a directory's
    /// files in a row.
    last_dir: Option<(PathBuf, Arc<walint::Options>)>,
}

impl Resolver {
    /// `base`: the options from the command line; `explicit`: `--config`;
    /// `extra_templates`: from `--templates`.
    pub fn new(
        base: walint::Options,
        api_version_given: bool,
        explicit: Option<&Path>,
        extra_templates: Vec<Value>,
    ) -> Result<Self, String> {
        let cwd =
            std::env::current_dir().map_err(|error| format!("cannot read the current directory: {error}"))?;
        let explicit = match explicit {
            Some(path) => Some(Rc::new(load(&policy::absolute(path, &cwd))?)),
            None => None,
        };
        Ok(Resolver {
            cwd,
            base,
            api_version_given,
            extra_templates,
            explicit,
            by_dir: HashMap::new(),
            built: HashMap::new(),
            last_dir: None,
        })
    }

    /// The settings for a file (`None`: standard input, configured from the current directory).
    pub fn settings(&mut self, file: Option<&Path>) -> Result<Settings, String> {
        let dir = file.and_then(Path::parent);
        if let (Some(dir), Some((last, options))) = (dir, &self.last_dir) {
            if dir == last {
                return Ok(Settings {
                    options: Arc::clone(options),
                });
            }
        }
        let (settings, same_for_directory) = self.resolve(file)?;
        self.last_dir = dir
            .filter(|_| same_for_directory)
            .map(|dir| (dir.to_path_buf(), Arc::clone(&settings.options)));
        Ok(settings)
    }

    /// The settings for a file, and whether they hold for every file of its directory (no
    /// override of its configuration can tell them apart).
    fn resolve(&mut self, file: Option<&Path>) -> Result<(Settings, bool), String> {
        let absolute = file.map(|path| policy::absolute(path, &self.cwd));
        let loaded = match &self.explicit {
            Some(loaded) => Some(Rc::clone(loaded)),
            None => {
                let start = absolute
                    .as_deref()
                    .and_then(Path::parent)
                    .map_or_else(|| self.cwd.clone(), Path::to_path_buf);
                self.nearest(&start)?
            }
        };
        // The overrides whose globs match the file: with the configuration, all that
        // distinguishes two files' options.
        let hits: Vec<usize> = loaded.as_ref().map_or_else(Vec::new, |loaded| {
            let relative = absolute
                .as_deref()
                .and_then(|path| path.strip_prefix(&loaded.dir).ok());
            let name = absolute.as_deref().and_then(Path::file_name).map(Path::new);
            (0..loaded.overrides.len())
                .filter(|&index| {
                    loaded.overrides[index].0.iter().any(|glob| {
                        relative.is_some_and(|path| glob.is_match(path))
                            || name.is_some_and(|n| glob.is_match(n))
                    })
                })
                .collect()
        });
        // Files of one configuration share their options (templates and all): built once. A
        // configuration is known by its address: every loaded one lives as long as the resolver
        // (in `by_dir` or `explicit`), so no address is reused for another.
        let same_for_directory = loaded.as_ref().map_or(true, |loaded| loaded.overrides.is_empty());
        let key = (loaded.as_ref().map(|loaded| Rc::as_ptr(loaded) as usize), hits);
        if let Some(options) = self.built.get(&key) {
            let options = Arc::clone(options);
            return Ok((Settings { options }, same_for_directory));
        }
        let mut options = self.base.clone();
        options.templates.extend(self.extra_templates.iter().cloned());
        if let Some(loaded) = loaded {
            options.strict |= loaded.config.strict.unwrap_or(false);
            if let Some(placeholders) = loaded.config.placeholders {
                options.placeholders = placeholders;
            }
            options.templates.extend(loaded.templates.iter().cloned());
            options
                .content
                .extend(loaded.config.content.iter().map(|rule| rule.get_ref().clone()));
            if options.last_inbound.is_none() {
                options.last_inbound = loaded.last_inbound;
            }
            if let (false, Some(version)) = (self.api_version_given, &loaded.config.api_version) {
                options.api_version = *version.get_ref();
            }
            options.selection = loaded.top.clone();
            for &index in &key.1 {
                options.overrides.push(loaded.overrides[index].1.clone());
            }
        }
        let options = Arc::new(options);
        self.built.insert(key, Arc::clone(&options));
        Ok((Settings { options }, same_for_directory))
    }

    /// The configuration in `dir` or its nearest ancestor, cached per directory.
    fn nearest(&mut self, dir: &Path) -> Result<Option<Rc<Loaded>>, String> {
        let mut visited = Vec::new();
        let mut found = None;
        for ancestor in dir.ancestors() {
            if let Some(cached) = self.by_dir.get(ancestor) {
                found = cached.clone();
                break;
            }
            visited.push(ancestor.to_path_buf());
            if let Some(path) = FILE_NAMES
                .iter()
                .map(|name| ancestor.join(name))
                .find(|p| p.is_file())
            {
                found = Some(Rc::new(load(&path)?));
                break;
            }
        }
        for dir in visited {
            self.by_dir.insert(dir, found.clone());
        }
        Ok(found)
    }
}

fn load(path: &Path) -> Result<Loaded, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read configuration {}: {error}", path.display()))?;
    let config = file::parse(path, &text).map_err(|error| error.to_string())?;
    let dir = path.parent().map_or_else(PathBuf::new, Path::to_path_buf);
    let mut templates = Vec::new();
    for entry in &config.templates {
        let loaded = crate::templates::load(&dir.join(entry.get_ref()))
            .map_err(|error| format!("invalid configuration {}: `templates`: {error}", path.display()))?;
        templates.extend(loaded);
    }
    let strings =
        |items: &[toml::Spanned<String>]| items.iter().map(|s| s.get_ref().clone()).collect::<Vec<_>>();
    let severities = |map: &std::collections::BTreeMap<toml::Spanned<String>, walint::Severity>| {
        map.iter().map(|(k, v)| (k.get_ref().clone(), *v)).collect()
    };
    let top = Selection {
        pointers: Vec::new(),
        select: strings(&config.select),
        ignore: strings(&config.ignore),
        severity: severities(&config.severity),
    };
    let overrides = config
        .overrides
        .iter()
        .map(|entry| {
            // Globs were validated by `file::parse`.
            let globs = entry
                .files
                .iter()
                .filter_map(|glob| policy::compile_glob(glob.get_ref()).ok())
                .collect();
            let layer = Selection {
                pointers: strings(&entry.pointers),
                select: strings(&entry.select),
                ignore: strings(&entry.ignore),
                severity: severities(&entry.severity),
            };
            (globs, layer)
        })
        .collect();
    // Validated by `file::parse`.
    let last_inbound = config
        .last_inbound
        .as_ref()
        .and_then(|t| t.get_ref().unix_seconds().ok());
    Ok(Loaded {
        last_inbound,
        dir,
        config,
        top,
        overrides,
        templates,
    })
}
