//! Command-line arguments.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "walint",
    version,
    about = "Lint WhatsApp Business Platform payloads, templates and webhooks before they reach Meta"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Lint JSON files, directories (recursively, *.json) or `-` for stdin.
    Lint(LintArgs),
    /// List every rule: code, name, default severity, summary.
    Rules,
    /// Show a rule's documentation.
    Explain {
        /// Rule code (e.g. M010) or name.
        code: String,
    },
}

#[derive(Args)]
pub struct LintArgs {
    /// Files, directories or `-` (stdin).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// What the documents are; `auto` recognises each one.
    #[arg(long, value_enum, default_value_t = KindArg::Auto)]
    pub kind: KindArg,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Colour the human output: auto (only on a terminal), always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Use the stricter limit where Meta's sources disagree.
    #[arg(long)]
    pub strict: bool,
    /// Exit with 1 when there are more than this many warnings.
    #[arg(long)]
    pub max_warnings: Option<usize>,
    /// Exit 0 even when errors are found (usage errors still exit 2).
    #[arg(long)]
    pub exit_zero: bool,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum KindArg {
    Auto,
    Message,
    Template,
    Webhook,
}

impl KindArg {
    pub fn to_kind(self) -> walint::Kind {
        match self {
            KindArg::Auto => walint::Kind::Auto,
            KindArg::Message => walint::Kind::Message,
            KindArg::Template => walint::Kind::Template,
            KindArg::Webhook => walint::Kind::Webhook,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Human,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
