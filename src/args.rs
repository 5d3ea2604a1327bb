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
    Rules(RulesArgs),
    /// Show a rule's documentation.
    Explain {
        /// Rule code (e.g. M010) or name.
        code: String,
    },
    /// Show how WhatsApp renders a text's formatting (TEXT, or stdin without it).
    Preview(crate::preview::PreviewArgs),
    /// Fold webhook bodies (JSON or NDJSON files, `-` for stdin) into each message's status timeline.
    Statuses(crate::statuses::StatusesArgs),
    /// Run the language server (LSP over stdio) for editors.
    Server,
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
    /// Skip JSON files that are no WhatsApp document even when named, as a directory walk
    /// does (`package.json`, `tsconfig.json`): for pre-commit, which names every staged
    /// *.json file.
    #[arg(long)]
    pub skip_other_json: bool,
    /// Use this configuration file instead of the nearest walint.toml / .walint.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Template definitions (a file or a directory of *.json) to check sends against.
    #[arg(long, value_name = "FILE|DIR")]
    pub templates: Vec<PathBuf>,
    /// Apply safe fixes to the files (atomically), then report what is left.
    #[arg(long)]
    pub fix: bool,
    /// Also apply unsafe fixes (they may change meaning: review them); implies --fix
    /// unless --diff is given.
    #[arg(long)]
    pub unsafe_fixes: bool,
    /// Print the fixes as a unified diff instead of writing them; exit 1 when there are any.
    #[arg(long)]
    pub diff: bool,
    /// When the customer last wrote (RFC 3339, e.g. 2026-05-01T09:00:00Z, or Unix seconds):
    /// free-form messages sent 24 h or more later are flagged (M090, Meta 131047).
    #[arg(long, value_name = "TIME", value_parser = crate::time::parse_unix_seconds)]
    pub last_inbound: Option<i64>,
    /// The send time to check the window at (RFC 3339 or Unix seconds; default: now).
    #[arg(long, value_name = "TIME", value_parser = crate::time::parse_unix_seconds)]
    pub now: Option<i64>,
    /// The Graph API version the payloads are for, e.g. v24.0 (default: the newest walint
    /// knows); wins over `api_version` in walint.toml.
    #[arg(long, value_name = "VERSION")]
    pub api_version: Option<walint::ApiVersion>,
}

#[derive(Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    Table,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum KindArg {
    Auto,
    Message,
    Template,
    Webhook,
    /// Plain text (a message or template body), linted with the formatting rules.
    Text,
}

impl KindArg {
    pub fn to_kind(self) -> walint::Kind {
        match self {
            KindArg::Auto => walint::Kind::Auto,
            KindArg::Message => walint::Kind::Message,
            KindArg::Template => walint::Kind::Template,
            KindArg::Webhook => walint::Kind::Webhook,
            // Text inputs go to `walint::lint_text` (see lint.rs) and never use this.
            KindArg::Text => walint::Kind::Auto,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Findings with code frames.
    Human,
    /// One line per finding: `file:line:col: severity code message`.
    Concise,
    /// The versioned JSON contract.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0 (GitHub code scanning and other tools).
    Sarif,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}
