//! `walint preview [TEXT]`: show how WhatsApp renders a text (formatting.md §2): ANSI styles
//! in a terminal, the preview contract as JSON, or safe HTML for editor previews.

use std::io::{IsTerminal, Read, Write};

use clap::{Args, ValueEnum};

use crate::args::ColorChoice;

#[derive(Args)]
pub struct PreviewArgs {
    /// The text to preview; read from stdin when absent (one trailing newline is dropped).
    pub text: Option<String>,
    /// ansi: rendered text (styled on a terminal); json: spans and blocks; html: a safe fragment.
    #[arg(long, value_enum, default_value_t = PreviewFormat::Ansi)]
    pub format: PreviewFormat,
    /// Style the ansi output: auto (only on a terminal), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PreviewFormat {
    Ansi,
    Json,
    Html,
}

/// Exit codes: 0 printed, 2 unreadable input or output.
pub fn run(args: &PreviewArgs) -> u8 {
    let text = match &args.text {
        Some(text) => text.clone(),
        None => match read_stdin() {
            Ok(text) => text,
            Err(error) => {
                eprintln!("walint preview: cannot read stdin: {error}");
                return 2;
            }
        },
    };
    let rendered = match args.format {
        PreviewFormat::Json => match serde_json::to_string(&walint::format::preview(&text)) {
            Ok(json) => json,
            Err(error) => {
                eprintln!("walint preview: {error}");
                return 2;
            }
        },
        PreviewFormat::Html => walint::format::to_html(&text),
        PreviewFormat::Ansi => {
            let styled = walint::format::to_ansi(&text);
            if use_color(args.color) {
                styled
            } else {
                strip_sgr(&styled)
            }
        }
    };
    let mut stdout = std::io::stdout().lock();
    match writeln!(stdout, "{rendered}").and_then(|()| stdout.flush()) {
        Ok(()) => 0,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(error) => {
            eprintln!("walint preview: cannot write: {error}");
            2
        }
    }
}

fn read_stdin() -> std::io::Result<String> {
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text)?;
    // `echo '*x*' | walint preview` should preview `*x*`, not `*x*` plus an empty line.
    if text.ends_with('\n') {
        text.pop();
        if text.ends_with('\r') {
            text.pop();
        }
    }
    Ok(text)
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// Removes the SGR sequences `to_ansi` adds. Safe because `to_ansi` replaces every control
/// character of the input (ESC included), so each ESC in its output starts one of ours.
fn strip_sgr(styled: &str) -> String {
    let mut plain = String::with_capacity(styled.len());
    let mut chars = styled.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for end in chars.by_ref() {
                if end == 'm' {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain
}

#[cfg(test)]
mod tests {
    use super::strip_sgr;

    #[test]
    fn strips_only_escape_sequences() {
        assert_eq!(strip_sgr("\x1b[1mbold\x1b[0m and \x1b[3mé\x1b[0m"), "bold and é");
        assert_eq!(strip_sgr("plain [1m text"), "plain [1m text");
    }
}
