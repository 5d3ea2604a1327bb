//! `walint lint`: read each input, lint it, print, and choose the exit code.

use std::io::Read;

use crate::args::{ColorChoice, Format, LintArgs};
use crate::discover::{self, Input};
use crate::output::{self, FileResult};

/// Exit codes: 0 clean, 1 findings of error severity (or too many warnings), 2 usage
/// errors or unreadable inputs.
pub fn run(args: &LintArgs) -> u8 {
    let options = walint::Options {
        strict: args.strict,
        ..walint::Options::default()
    };
    let kind = args.kind.to_kind();
    let mut results = Vec::new();
    for input in discover::inputs(&args.paths) {
        let (path, text) = match input {
            Input::File(path) => {
                let display = path.display().to_string();
                match std::fs::read(&path) {
                    Ok(bytes) => match String::from_utf8(bytes) {
                        Ok(text) => (display, text),
                        Err(_) => {
                            results.push(FileResult::unreadable(display, "not valid UTF-8 text"));
                            continue;
                        }
                    },
                    Err(error) => {
                        results.push(FileResult::unreadable(display, &format!("cannot read: {error}")));
                        continue;
                    }
                }
            }
            Input::Stdin => {
                let mut text = String::new();
                if let Err(error) = std::io::stdin().read_to_string(&mut text) {
                    results.push(FileResult::unreadable(
                        "<stdin>".into(),
                        &format!("cannot read: {error}"),
                    ));
                    continue;
                }
                ("<stdin>".to_owned(), text)
            }
            Input::Unreadable { path, reason } => {
                results.push(FileResult::unreadable(path.display().to_string(), &reason));
                continue;
            }
        };
        let report = walint::lint_str(&text, kind, &options);
        results.push(FileResult {
            path,
            source: Some(text),
            report,
            error: None,
        });
    }
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            use std::io::IsTerminal;
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let summary = output::Summary::of(&results);
    let printed = match args.format {
        Format::Human => output::human::render(&results, &summary, color),
        Format::Json => output::json::render(&results, &summary),
    };
    print!("{printed}");
    if summary.unreadable > 0 {
        2
    } else if args.exit_zero {
        0
    } else if summary.errors > 0 || args.max_warnings.is_some_and(|max| summary.warnings > max) {
        1
    } else {
        0
    }
}
