//! `walint statuses`: fold webhook bodies into one status timeline per outgoing message.
//!
//! Inputs are JSON files (one body, or an array of bodies) or NDJSON (one body per line,
//! recognised by a `.ndjson`/`.jsonl` extension or because the whole file is not one JSON
//! value). Bad lines are reported on stderr with file and line, and the rest is still read.
//! A line with text before its JSON object (`2025-11-10 06:45:28 INFO payload: {…}`, as
//! application logs write webhooks) is read from its first `{`, with one note on stderr.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};

use clap::{Args, ValueEnum};
use walint::timeline::{self, AnomalyLevel, MessageTimeline, NoteKind, Timeline};
use walint::value::Value;

use crate::discover::{self, Input};

#[derive(Args)]
#[command(
    after_help = "Exit codes: 0 every status was read; 2 a file, line or status could not be read \
(not JSON, no `entry`, no `id`/`status`, an unusable timestamp: each named on stderr, the rest still folded)."
)]
pub struct StatusesArgs {
    /// JSON or NDJSON files of webhook bodies, directories (*.json), or `-` (stdin).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format: a block per message, or the timeline as JSON.
    #[arg(long, value_enum, default_value_t = StatusesFormat::Human)]
    pub format: StatusesFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusesFormat {
    Human,
    Json,
}

/// What was read: the timeline and how many inputs or statuses had to be skipped.
#[derive(Default)]
struct Fold {
    timeline: Timeline,
    bodies: usize,
    duplicates: usize,
    problems: usize,
    /// Lines read from their first `{` (a log prefix before the JSON).
    prefixed: usize,
}

/// Exit codes: 0 when everything was read, 2 when a file, line or status could not be.
pub fn run(args: &StatusesArgs) -> u8 {
    let mut fold = Fold::default();
    for input in discover::inputs(&args.paths) {
        match read(input) {
            Ok((name, bytes, ndjson)) => fold.source(&name, &bytes, ndjson),
            Err(message) => fold.problem(&message),
        }
    }
    let printed = match args.format {
        StatusesFormat::Human => human(&fold),
        StatusesFormat::Json => serde_json::to_string_pretty(&fold.timeline).unwrap_or_default() + "\n",
    };
    print!("{printed}");
    if fold.prefixed > 0 {
        eprintln!(
            "walint: note: {} line{} had text before the JSON (a log prefix?): read from the first `{{`",
            fold.prefixed,
            plural(fold.prefixed)
        );
    }
    if fold.problems > 0 {
        2
    } else {
        0
    }
}

/// The name to report, the bytes, and whether the name says NDJSON.
fn read(input: Input) -> Result<(String, Vec<u8>, bool), String> {
    match input {
        Input::File(path, kind) | Input::Walked(path, kind) => {
            let name = path.display().to_string();
            let bytes =
                crate::read::read(&path, kind).map_err(|error| format!("{name}: cannot read: {error}"))?;
            Ok((name, bytes, is_ndjson_name(&path)))
        }
        Input::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|error| format!("<stdin>: cannot read: {error}"))?;
            Ok(("<stdin>".to_owned(), bytes, false))
        }
        Input::Unreadable { path, reason } => Err(format!("{}: {reason}", path.display())),
    }
}

fn is_ndjson_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("ndjson") || ext.eq_ignore_ascii_case("jsonl"))
}

impl Fold {
    fn problem(&mut self, message: &str) {
        eprintln!("walint: {message}");
        self.problems += 1;
    }

    /// One input: a whole JSON document when it is one (and not named NDJSON), else lines.
    fn source(&mut self, name: &str, bytes: &[u8], ndjson: bool) {
        if !ndjson {
            if let Some(value) = parse(bytes) {
                match value {
                    Value::Array(bodies) => {
                        for (index, body) in bodies.iter().enumerate() {
                            self.body(&format!("{name}: item {index}"), body);
                        }
                    }
                    body => self.body(name, &body),
                }
                return;
            }
        }
        self.lines(name, bytes, ndjson);
    }

    /// NDJSON: each non-blank line is a body. A file not named `.ndjson`/`.jsonl` whose first
    /// line is not JSON by itself is a broken JSON document instead: reported once.
    fn lines(&mut self, name: &str, bytes: &[u8], ndjson: bool) {
        let lines = bytes
            .split(|b| *b == b'\n')
            .enumerate()
            .filter(|(_, line)| !line.iter().all(u8::is_ascii_whitespace));
        for (position, (index, line)) in lines.enumerate() {
            match parse(line).or_else(|| self.after_prefix(line)) {
                Some(body) => self.body(&format!("{name}:{}", index + 1), &body),
                None if position == 0 && !ndjson => {
                    let error = serde_json::from_slice::<serde_json::Value>(bytes).err();
                    let detail = error.map_or_else(|| "not one JSON value".to_owned(), |e| e.to_string());
                    self.problem(&format!("{name}: invalid JSON: {detail}"));
                    return;
                }
                None => {
                    // Only serde_json explains why; it counts lines inside the line: keep only
                    // the column.
                    let error = serde_json::from_slice::<serde_json::Value>(line)
                        .err()
                        .map_or_else(|| "not UTF-8".to_owned(), |e| e.to_string())
                        .replace(" at line 1 column ", " at column ");
                    self.problem(&format!("{name}:{}: invalid JSON: {error}", index + 1));
                }
            }
        }
    }

    /// The JSON object after a log prefix (`… INFO payload: {…}`), if the line has one.
    fn after_prefix<'l>(&mut self, line: &'l [u8]) -> Option<Value<'l>> {
        let json = timeline::after_log_prefix(std::str::from_utf8(line).ok()?)?;
        let body = Value::parse(json)?;
        self.prefixed += 1;
        Some(body)
    }

    fn body(&mut self, location: &str, body: &Value) {
        self.bodies += 1;
        for note in self.timeline.feed(body) {
            match note.kind {
                // Webhook retries: expected, merged silently.
                NoteKind::Duplicate => self.duplicates += 1,
                NoteKind::NotAWebhook => self.problem(&format!("{location}: {}", note.message)),
                NoteKind::MissingField | NoteKind::UnknownStatus | NoteKind::UnusableTimestamp => {
                    self.problem(&format!("{location}: {}: {}", note.pointer, note.message));
                }
            }
        }
    }
}

/// One block per message (ordered by id), then a summary line.
fn human(fold: &Fold) -> String {
    let mut out = String::new();
    let mut finals: std::collections::BTreeMap<&str, usize> = Default::default();
    for message in fold.timeline.messages() {
        *finals.entry(message.current.as_str()).or_default() += 1;
        block(&mut out, message);
    }
    let count = finals.values().sum::<usize>();
    let by_status: Vec<String> = finals.iter().map(|(status, n)| format!("{n} {status}")).collect();
    let _ = write!(
        out,
        "{count} message{} from {} bod{}",
        plural(count),
        fold.bodies,
        if fold.bodies == 1 { "y" } else { "ies" }
    );
    if !by_status.is_empty() {
        let _ = write!(out, ": {}", by_status.join(", "));
    }
    let _ = write!(
        out,
        "; {} duplicate{} ignored",
        fold.duplicates,
        plural(fold.duplicates)
    );
    if fold.problems > 0 {
        let _ = write!(
            out,
            "; {} input problem{} (see stderr)",
            fold.problems,
            plural(fold.problems)
        );
    }
    out.push('\n');
    out
}

fn block(out: &mut String, message: &MessageTimeline) {
    let _ = write!(out, "{}", message.id);
    if let Some(recipient) = &message.recipient_id {
        let _ = write!(out, " to {recipient}");
    }
    let _ = writeln!(out, ": {}", message.current);
    for event in &message.history {
        let when = crate::time::rfc3339(event.timestamp).unwrap_or_else(|| "?".to_owned());
        let _ = write!(
            out,
            "  {:<9} {:>10}  {when}",
            event.status.as_str(),
            event.timestamp
        );
        // Why it failed, as Meta says it: `131047 Re-engagement message: <details>`.
        if let Some(error) = &event.error {
            let code = error.code.map(|code| code.to_string());
            let parts: Vec<&str> = [code.as_deref(), error.title.as_deref()]
                .into_iter()
                .flatten()
                .collect();
            let _ = write!(out, "  {}", parts.join(" "));
            if let Some(details) = &error.details {
                let _ = write!(out, ": {details}");
            }
        }
        out.push('\n');
    }
    for anomaly in &message.anomalies {
        let level = match anomaly.level {
            AnomalyLevel::Warning => "warning",
            AnomalyLevel::Note => "note",
        };
        let _ = writeln!(out, "  {level}: {}", anomaly.message);
    }
    out.push('\n');
}

fn plural(count: usize) -> &'static str {
    if count == 1 {
        ""
    } else {
        "s"
    }
}

/// A body read by walint's own reader (strings borrowed from `bytes`), or `None` when the
/// bytes are not UTF-8 JSON.
fn parse(bytes: &[u8]) -> Option<Value<'_>> {
    Value::parse(std::str::from_utf8(bytes).ok()?)
}
