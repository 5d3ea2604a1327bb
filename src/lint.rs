//! `walint lint`: read each input, lint it with its configuration, fix it when asked,
//! print, and choose the exit code.

use std::io::Read;
use std::path::PathBuf;

use crate::args::{ColorChoice, Format, KindArg, LintArgs};
use crate::config::{Resolver, Settings};
use crate::discover::{self, Input};
use crate::output::{self, FileResult};
use crate::parallel::in_parallel;
use crate::read::FileKind;

/// Exit codes: 0 clean, 1 findings of error severity (or too many warnings, or fixes
/// shown by `--diff`), 2 usage errors, bad configuration or unreadable inputs.
pub fn run(args: &LintArgs) -> u8 {
    let options = walint::Options {
        strict: args.strict,
        last_inbound: args.last_inbound,
        now: args.now,
        api_version: args.api_version.unwrap_or_default(),
        ..walint::Options::default()
    };
    let kind = args.kind.to_kind();
    let mut extra_templates = Vec::new();
    for path in &args.templates {
        match crate::templates::load(path) {
            Ok(templates) => extra_templates.extend(templates),
            Err(error) => {
                eprintln!("walint: {error}");
                return 2;
            }
        }
    }
    let mut resolver = match Resolver::new(
        options,
        args.api_version.is_some(),
        args.config.as_deref(),
        extra_templates,
    ) {
        Ok(resolver) => resolver,
        Err(error) => {
            eprintln!("walint: {error}");
            return 2;
        }
    };
    let fixing = args.fix || args.unsafe_fixes || args.diff;
    let mut entries: Vec<Entry> = Vec::new();
    let mut fixes = FixTally::default();
    let mut skipped = 0;
    // Configuration is resolved in order (the resolver caches per directory); files are read
    // and linted on every core (`parallel::in_parallel`), unless fixing.
    for input in discover::inputs(&args.paths) {
        let walked = matches!(input, Input::Walked(..));
        let (path, file, kind, text) = match input {
            Input::File(file, kind) | Input::Walked(file, kind) if !fixing => {
                (file.display().to_string(), Some(file), kind, None)
            }
            input => match read(input) {
                Ok((path, file, text)) => (path, file, FileKind::Other, Some(text)),
                Err(unreadable) => {
                    entries.push(Entry::Done(unreadable));
                    continue;
                }
            },
        };
        let settings = match resolver.settings(file.as_deref()) {
            Ok(settings) => settings,
            Err(error) => {
                eprintln!("walint: {error}");
                return 2;
            }
        };
        // A JSON file found in a directory that is no WhatsApp document (package.json,
        // tsconfig.json, …) is skipped; named on the command line, it gets G002 (unless
        // --skip-other-json). Known once it is linted (in parallel, with one parse).
        let skip_other_json = (walked || args.skip_other_json) && matches!(args.kind, KindArg::Auto);
        if skip_other_json && fixing && text.as_deref().is_some_and(is_other_json) {
            skipped += 1;
            continue;
        }
        entries.push(Entry::Pending(Pending {
            path,
            file,
            kind,
            text,
            settings,
            skip_other_json,
        }));
    }
    let results: Vec<FileResult> = if fixing {
        // One file at a time: each is written (or diffed) in order, by one writer.
        entries
            .into_iter()
            .map(|entry| match entry {
                Entry::Done(result) => result,
                Entry::Pending(pending) => {
                    // Fixing reads every file above, before any is written.
                    let text = pending.text.unwrap_or_default();
                    let lint = |text: &str| lint_with(text, kind, &pending.settings);
                    let (text, report) = if matches!(args.kind, KindArg::Text) {
                        let report = lint_plain_text(&text, &pending.settings);
                        (text, report)
                    } else {
                        fixes.run(args, &pending.path, pending.file.as_ref(), text, &lint)
                    };
                    FileResult {
                        path: pending.path,
                        source: Some(text),
                        report,
                        error: None,
                    }
                }
            })
            .collect()
    } else {
        let results = in_parallel(entries, |entry| {
            let pending = match entry {
                Entry::Done(result) => return Some(result),
                Entry::Pending(pending) => pending,
            };
            let text = match (pending.text, pending.file) {
                (Some(text), _) => text,
                (None, Some(file)) => match read_file(&file, pending.kind) {
                    Ok(text) => text,
                    Err(reason) => return Some(FileResult::unreadable(pending.path, &reason)),
                },
                // Standard input is read above: every pending entry has a text or a file.
                (None, None) => String::new(),
            };
            let report = if matches!(args.kind, KindArg::Text) {
                // Plain text: fixes are JSON edits, so they are shown but not applied.
                lint_plain_text(&text, &pending.settings)
            } else {
                lint_with(&text, kind, &pending.settings)
            };
            // Only a document of no known kind can be other JSON: the rare second parse.
            let other = pending.skip_other_json
                && report.kind == walint::DetectedKind::Unknown
                && is_other_json(&text);
            // Only the human format shows source lines. Dropping the text here lets the next
            // file reuse its memory: keeping 8 000 texts cost fresh pages (5% of a run).
            let shown = args.format == Format::Human && !report.diagnostics.is_empty();
            (!other).then_some(FileResult {
                path: pending.path,
                source: shown.then_some(text),
                report,
                error: None,
            })
        });
        let linted = results.len();
        let results: Vec<FileResult> = results.into_iter().flatten().collect();
        skipped += linted - results.len();
        results
    };
    let mut summary = output::Summary::of(&results);
    summary.skipped = skipped;
    if args.diff {
        fixes.report(true);
        return if summary.unreadable > 0 || fixes.failed > 0 {
            2
        } else if fixes.files > 0 && !args.exit_zero {
            1
        } else {
            0
        };
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            use std::io::IsTerminal;
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let printed = match args.format {
        Format::Human => output::human::render(&results, &summary, color),
        Format::Concise => output::concise::render(&results, &summary),
        Format::Json => String::new(),
        Format::Github => output::github::render(&results),
        Format::Sarif => {
            let cwd = std::env::current_dir().unwrap_or_default();
            output::sarif::render(&results, &cwd)
        }
    };
    if args.format == Format::Json {
        use std::io::Write as _;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        let written = output::json::write(&results, &summary, &mut out).and_then(|()| out.flush());
        // A reader that stopped early (`| head`) is not an error of the lint.
        if let Err(error) = written {
            if error.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("walint: cannot write the output: {error}");
                return 2;
            }
        }
    } else {
        print!("{printed}");
    }
    if args.fix || args.unsafe_fixes {
        fixes.report(false);
    }
    if summary.unreadable > 0 || fixes.failed > 0 {
        2
    } else if args.exit_zero {
        0
    } else if summary.errors > 0 || args.max_warnings.is_some_and(|max| summary.warnings > max) {
        1
    } else {
        0
    }
}

/// Whether `text` is no WhatsApp document: JSON that walint does not recognise as a message,
/// a template or a webhook, or text that is not JSON and names no member only WhatsApp
/// documents have (a broken WhatsApp document is linted).
fn is_other_json(text: &str) -> bool {
    match walint::value::Value::parse(text) {
        // A part kept alone (a webhook change or value, an `interactive` object) is checked:
        // not other JSON.
        Some(value) => {
            walint::detect(&value) == walint::DetectedKind::Unknown && !walint::engine::is_fragment(&value)
        }
        // Not JSON: a file with comments (`tsconfig.json` as `tsc --init` writes it, other
        // JSONC) is no WhatsApp document either, unless it names a member only they have.
        None => !WHATSAPP_MEMBERS.iter().any(|member| text.contains(member)),
    }
}

/// Members that only WhatsApp documents have: a walked file that holds one of them and is not
/// JSON is reported (J001), not skipped.
const WHATSAPP_MEMBERS: &[&str] = &[
    "\"messaging_product\"",
    "\"whatsapp_business_account\"",
    "\"components\"",
    "\"recipient_type\"",
    "\"library_template_name\"",
];

/// An input configured, in command-line order: already a result (unreadable), or waiting to
/// be read and linted.
enum Entry {
    Done(FileResult),
    Pending(Pending),
}

struct Pending {
    path: String,
    file: Option<PathBuf>,
    /// How the worker reads `file`.
    kind: FileKind,
    /// Read already (standard input, and every file when fixing); else read by the worker.
    text: Option<String>,
    settings: Settings,
    /// Found in a directory walk: skipped if it is valid JSON of no WhatsApp kind.
    skip_other_json: bool,
}

/// One input's display path, file path (to write fixes to) and text; or why it failed.
fn read(input: Input) -> Result<(String, Option<PathBuf>, String), FileResult> {
    match input {
        // Read for fixing: the most conservative way.
        Input::File(path, _) | Input::Walked(path, _) => {
            let display = path.display().to_string();
            match read_file(&path, FileKind::Other) {
                Ok(text) => Ok((display, Some(path), text)),
                Err(reason) => Err(FileResult::unreadable(display, &reason)),
            }
        }
        Input::Stdin => {
            let mut text = String::new();
            match std::io::stdin().read_to_string(&mut text) {
                Ok(_) => Ok(("<stdin>".to_owned(), None, text)),
                Err(error) => Err(FileResult::unreadable(
                    "<stdin>".into(),
                    &format!("cannot read: {error}"),
                )),
            }
        }
        Input::Unreadable { path, reason } => {
            Err(FileResult::unreadable(path.display().to_string(), &reason))
        }
    }
}

/// A file's text, or why it is not linted.
fn read_file(path: &std::path::Path, kind: FileKind) -> Result<String, String> {
    match crate::read::read(path, kind) {
        Ok(bytes) => text_of(bytes),
        Err(error) => Err(format!("cannot read: {error}")),
    }
}

/// A file's bytes as text, or why it is not linted: UTF-16, binary (a NUL byte, which JSON
/// and message text never contain) or not UTF-8.
fn text_of(bytes: Vec<u8>) -> Result<String, String> {
    if let Some(order) = utf16_order(&bytes) {
        return Err(format!(
            "UTF-16 text ({order}): JSON sent to Meta is UTF-8; save the file as UTF-8 (Windows PowerShell 5 writes UTF-16 with `>` and `Out-File`)"
        ));
    }
    // `contains` is a memchr: most files have no NUL byte, and are not walked byte by byte.
    if bytes.contains(&0) {
        let at = bytes.iter().position(|&b| b == 0).unwrap_or_default();
        return Err(format!("binary file (NUL byte at offset {at}): not linted"));
    }
    String::from_utf8(bytes).map_err(|error| {
        let at = error.utf8_error().valid_up_to();
        format!("not valid UTF-8 text (invalid byte at offset {at})")
    })
}

/// The byte order of a UTF-16 text: told by its byte order mark, or by a JSON text's first
/// character (ASCII, so one of its two bytes is NUL).
fn utf16_order(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => Some("little-endian, with a byte order mark"),
        [0xFE, 0xFF, ..] => Some("big-endian, with a byte order mark"),
        [b'{' | b'[', 0, ..] => Some("little-endian"),
        [0, b'{' | b'[', ..] => Some("big-endian"),
        _ => None,
    }
}

/// Lints one text with its file's settings (the core applies the selection: select, ignore,
/// severity and the matching overrides).
fn lint_with(text: &str, kind: walint::Kind, settings: &Settings) -> walint::Report {
    walint::lint_str(text, kind, &settings.options)
}

/// Lints a plain-text file (`--kind text`) as a rendered message text.
fn lint_plain_text(text: &str, settings: &Settings) -> walint::Report {
    walint::lint_text(text, walint::format::TextContext::Rendered, &settings.options)
}

/// What `--fix`/`--diff` did across files, reported on standard error.
#[derive(Default)]
struct FixTally {
    applied: usize,
    files: usize,
    failed: usize,
}

impl FixTally {
    fn run(
        &mut self,
        args: &LintArgs,
        path: &str,
        file: Option<&PathBuf>,
        text: String,
        lint: &dyn Fn(&str) -> walint::Report,
    ) -> (String, walint::Report) {
        let outcome = crate::fix::fix_text(&text, args.unsafe_fixes, lint);
        if let Some(reason) = &outcome.refused {
            eprintln!("walint: {path}: {reason}; the file is left unchanged");
            self.failed += 1;
            return (text, outcome.report);
        }
        if outcome.text == text {
            return (text, outcome.report);
        }
        if args.diff {
            print!("{}", crate::fix::unified_diff(path, &text, &outcome.text));
        } else if let Some(file) = file {
            if let Err(error) = crate::fix::write_atomically(file, &outcome.text) {
                eprintln!("walint: {path}: cannot write the fixes: {error}; the file is left unchanged");
                self.failed += 1;
                let report = lint(&text);
                return (text, report);
            }
        } else {
            eprintln!("walint: {path}: fixes are not written to standard input; use --diff to see them");
            let report = lint(&text);
            return (text, report);
        }
        self.applied += outcome.applied;
        self.files += 1;
        (outcome.text, outcome.report)
    }

    fn report(&self, diff: bool) {
        let verb = if diff { "would fix" } else { "fixed" };
        eprintln!(
            "walint: {verb} {} finding{} in {} file{}",
            self.applied,
            if self.applied == 1 { "" } else { "s" },
            self.files,
            if self.files == 1 { "" } else { "s" }
        );
    }
}
