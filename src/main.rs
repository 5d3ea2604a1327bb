//! `walint`: lint WhatsApp Business Platform payloads from the command line.

mod args;
mod discover;
mod lint;
mod output;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let code = match cli.command {
        Command::Lint(args) => lint::run(&args),
        Command::Rules => output::rules::print_table(),
        Command::Explain { code } => output::rules::explain(&code),
    };
    ExitCode::from(code)
}
