//! The lint worker: one thread that lints documents in the order they change. A newer version
//! of a document supersedes a pending one (stale results are never published), and a panic
//! in a lint (a bug) is caught and reported instead of ending the server.

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{channel, Receiver, Sender};
use std::sync::{Arc, Mutex};

use lsp_server::{Message, Notification};
use lsp_types::notification::{Notification as _, PublishDiagnostics};
use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, PublishDiagnosticsParams, Uri,
};

use super::text::LineIndex;
use super::Outbox;

/// A document to lint with its options.
pub struct Job {
    pub uri: String,
    pub version: i32,
    pub text: Arc<String>,
    pub options: walint::Options,
    /// The configuration error that kept the nearest walint.toml from applying.
    pub config_error: Option<String>,
}

/// A finished lint: the text it is of, and its report.
#[derive(Clone)]
pub struct Linted {
    pub text: Arc<String>,
    pub report: Arc<walint::Report>,
    pub options: Arc<walint::Options>,
}

pub struct Worker {
    jobs: Sender<Job>,
    /// The newest version submitted per document: a job for an older one is skipped.
    latest: Arc<Mutex<HashMap<String, i32>>>,
}

impl Worker {
    pub fn start(results: Arc<Mutex<HashMap<String, Linted>>>, outbox: Outbox) -> Worker {
        let (jobs, queue) = channel::<Job>();
        let latest = Arc::new(Mutex::new(HashMap::new()));
        let newest = Arc::clone(&latest);
        std::thread::Builder::new()
            .name("walint-lint".into())
            .spawn(move || work(queue, newest, results, outbox))
            .ok();
        Worker { jobs, latest }
    }

    pub fn submit(&self, job: Job) {
        if let Ok(mut latest) = self.latest.lock() {
            latest.insert(job.uri.clone(), job.version);
        }
        let _ = self.jobs.send(job);
    }

    /// A closed document: pending jobs for it are dropped.
    pub fn forget(&self, uri: &str) {
        if let Ok(mut latest) = self.latest.lock() {
            latest.insert(uri.to_owned(), i32::MIN);
        }
    }
}

fn work(
    queue: Receiver<Job>,
    latest: Arc<Mutex<HashMap<String, i32>>>,
    results: Arc<Mutex<HashMap<String, Linted>>>,
    outbox: Outbox,
) {
    while let Ok(job) = queue.recv() {
        let is_current = |job: &Job| {
            latest
                .lock()
                .map(|latest| latest.get(&job.uri) == Some(&job.version))
                .unwrap_or(true)
        };
        if !is_current(&job) {
            continue;
        }
        let report = catch_unwind(AssertUnwindSafe(|| {
            walint::lint_str(&job.text, walint::Kind::Auto, &job.options)
        }));
        // A newer version arrived while this one was linted: its results would be stale.
        if !is_current(&job) {
            continue;
        }
        let diagnostics = match &report {
            Ok(report) => to_lsp(
                &job.text,
                job.uri.parse().ok().as_ref(),
                report,
                job.config_error.as_deref(),
            ),
            Err(_) => vec![Diagnostic {
                message: "walint could not lint this document (an internal error); please report it".into(),
                severity: Some(DiagnosticSeverity::ERROR),
                source: Some("walint".into()),
                ..Diagnostic::default()
            }],
        };
        if let Ok(report) = report {
            if let Ok(mut results) = results.lock() {
                results.insert(
                    job.uri.clone(),
                    Linted {
                        text: Arc::clone(&job.text),
                        report: Arc::new(report),
                        options: Arc::new(job.options.clone()),
                    },
                );
            }
        }
        let Ok(uri) = job.uri.parse::<Uri>() else {
            continue;
        };
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: Some(job.version),
        };
        if let Ok(params) = serde_json::to_value(params) {
            outbox(Message::Notification(Notification::new(
                PublishDiagnostics::METHOD.to_owned(),
                params,
            )));
        }
    }
}

/// A report as LSP diagnostics. Documents walint does not recognise get none.
pub fn to_lsp(
    text: &str,
    uri: Option<&Uri>,
    report: &walint::Report,
    config_error: Option<&str>,
) -> Vec<Diagnostic> {
    if report.kind == walint::DetectedKind::Unknown && report.diagnostics.iter().all(|d| d.code == "G002") {
        return Vec::new();
    }
    let index = LineIndex::new(text);
    let mut out: Vec<Diagnostic> = report
        .diagnostics
        .iter()
        .map(|d| {
            let range = d
                .location
                .map_or_else(|| index.range(0, 0), |l| index.range(l.start, l.end));
            let message = match &d.help {
                Some(help) => format!("{}\n{help}", d.message),
                None => d.message.clone(),
            };
            let related = related_information(&index, uri, d);
            Diagnostic {
                range,
                related_information: related,
                severity: Some(match d.severity {
                    walint::Severity::Error => DiagnosticSeverity::ERROR,
                    walint::Severity::Warning => DiagnosticSeverity::WARNING,
                    walint::Severity::Info => DiagnosticSeverity::INFORMATION,
                }),
                code: Some(NumberOrString::String(d.code.to_owned())),
                code_description: d.url.parse().ok().map(|href| CodeDescription { href }),
                source: Some("walint".into()),
                message,
                ..Diagnostic::default()
            }
        })
        .collect();
    if let Some(error) = config_error {
        out.push(Diagnostic {
            range: index.range(0, 0),
            severity: Some(DiagnosticSeverity::WARNING),
            code: Some(NumberOrString::String("config".into())),
            source: Some("walint".into()),
            message: format!("{error}\nthis file is linted with the default settings until it is fixed"),
            ..Diagnostic::default()
        });
    }
    out
}

/// The other places a finding names, as LSP related information in the same document.
fn related_information(
    index: &LineIndex<'_>,
    uri: Option<&Uri>,
    diagnostic: &walint::Diagnostic,
) -> Option<Vec<lsp_types::DiagnosticRelatedInformation>> {
    let uri = uri?;
    let related: Vec<_> = diagnostic
        .related
        .iter()
        .filter_map(|related| {
            let location = related.location?;
            Some(lsp_types::DiagnosticRelatedInformation {
                location: lsp_types::Location::new(uri.clone(), index.range(location.start, location.end)),
                message: related.message.clone(),
            })
        })
        .collect();
    (!related.is_empty()).then_some(related)
}
