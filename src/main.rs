//! `walint`: lint WhatsApp Business Platform payloads from the command line.

mod args;
mod config;
mod discover;
mod fix;
mod lint;
mod output;
mod parallel;
mod preview;
mod read;
mod server;
mod statuses;
mod templates;
mod time;

use std::process::ExitCode;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Lint(args) => lint::run(&args),
        Command::Rules(args) => match args.format {
            args::RulesFormat::Table => output::rules::print_table(),
            args::RulesFormat::Json => output::rules::print_json(),
        },
        Command::Explain { code } => output::rules::explain(&code),
        Command::Preview(args) => preview::run(&args),
        Command::Statuses(args) => statuses::run(&args),
        Command::Server => server::run(),
    };
    ExitCode::from(code)
}

/// Rust ignores SIGPIPE, so printing to a closed pipe (`walint rules | head -1`) fails and
/// `println!` panics. A command-line filter should end quietly instead, as `cat` does.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in `main`, before any thread exists; it only sets the
    // disposition of one signal to the system default.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}
