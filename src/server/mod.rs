//! `walint server`: the language server, over stdio (`lsp-server` + `lsp-types`, as ruff
//! does: a small synchronous loop, no async runtime to carry).
//!
//! The main thread reads messages and answers hover and code-action requests from the last
//! finished results; linting runs on a worker thread ([`worker`]), so a 5 MB document never
//! blocks a hover. A newer version of a document supersedes a pending one. Configuration is
//! the CLI's: the nearest walint.toml above each file ([`crate::config::Resolver`]).

mod actions;
mod hover;
mod text;
mod worker;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use lsp_server::{Connection, ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{
    DidChangeTextDocument, DidChangeWatchedFiles, DidCloseTextDocument, DidOpenTextDocument,
    DidSaveTextDocument, Notification as _, PublishDiagnostics,
};
use lsp_types::request::{CodeActionRequest, HoverRequest, Request as _};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, Diagnostic, DiagnosticSeverity,
    HoverProviderCapability, InitializeResult, NumberOrString, PublishDiagnosticsParams, SaveOptions,
    ServerCapabilities, ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind,
    TextDocumentSyncOptions, TextDocumentSyncSaveOptions, Uri,
};
use serde_json::Value;

use crate::config::{self, Resolver};
use text::LineIndex;
use worker::{Job, Linted, Worker};

/// Runs the server until the client says `exit`. Exit status 0 after a `shutdown`.
pub fn run() -> u8 {
    let (connection, io_threads) = Connection::stdio();
    let capabilities = ServerCapabilities {
        text_document_sync: Some(TextDocumentSyncCapability::Options(TextDocumentSyncOptions {
            open_close: Some(true),
            change: Some(TextDocumentSyncKind::FULL),
            save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                include_text: Some(false),
            })),
            ..TextDocumentSyncOptions::default()
        })),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX, actions::fix_all_kind()]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    };
    let initialize = InitializeResult {
        capabilities,
        server_info: Some(ServerInfo {
            name: "walint".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    let Ok(initialize) = serde_json::to_value(initialize) else {
        return 1;
    };
    let result = connection
        .initialize_start()
        .and_then(|(id, _params)| connection.initialize_finish(id, initialize));
    if let Err(error) = result {
        eprintln!("walint server: {error}");
        return 1;
    }
    let mut server = Server::new(&connection);
    let code = server.main_loop(&connection);
    drop(server);
    drop(connection);
    let _ = io_threads.join();
    code
}

/// An open document.
struct Document {
    text: Arc<String>,
    version: i32,
    path: Option<PathBuf>,
    /// A walint.toml: validated as configuration, not linted.
    is_config: bool,
}

struct Server {
    documents: HashMap<String, Document>,
    /// The last finished lint of each document (shared with the worker).
    results: Arc<Mutex<HashMap<String, Linted>>>,
    worker: Worker,
    resolver: Option<Resolver>,
    sender: Outbox,
}

/// Sends a message to the client (the connection's sender, shared with the worker).
pub type Outbox = Arc<dyn Fn(Message) + Send + Sync>;

impl Server {
    fn new(connection: &Connection) -> Self {
        let channel = connection.sender.clone();
        let sender: Outbox = Arc::new(move |message| {
            let _ = channel.send(message);
        });
        let results = Arc::new(Mutex::new(HashMap::new()));
        Server {
            documents: HashMap::new(),
            worker: Worker::start(Arc::clone(&results), Arc::clone(&sender)),
            results,
            resolver: None,
            sender,
        }
    }

    fn main_loop(&mut self, connection: &Connection) -> u8 {
        for message in &connection.receiver {
            match message {
                Message::Request(request) => {
                    match connection.handle_shutdown(&request) {
                        Ok(true) => return 0,
                        Ok(false) => {}
                        Err(_) => return 1,
                    }
                    let response = self.request(request);
                    (self.sender)(Message::Response(response));
                }
                Message::Notification(notification) => self.notification(notification),
                Message::Response(_) => {}
            }
        }
        0
    }

    fn request(&mut self, request: Request) -> Response {
        let id = request.id.clone();
        let outcome = match request.method.as_str() {
            HoverRequest::METHOD => serde_json::from_value(request.params)
                .map(|params| serde_json::to_value(hover::hover(self, &params)).unwrap_or(Value::Null)),
            CodeActionRequest::METHOD => serde_json::from_value(request.params).map(|params| {
                serde_json::to_value(actions::code_actions(self, &params)).unwrap_or(Value::Null)
            }),
            method => {
                return Response::new_err(
                    id,
                    ErrorCode::MethodNotFound as i32,
                    format!("walint: no method {method}"),
                )
            }
        };
        match outcome {
            Ok(result) => Response::new_ok(id, result),
            Err(error) => Response::new_err(id, ErrorCode::InvalidParams as i32, error.to_string()),
        }
    }

    fn notification(&mut self, notification: Notification) {
        match notification.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<lsp_types::DidOpenTextDocumentParams>(notification.params)
                {
                    let document = params.text_document;
                    let walint_json = document.language_id == "json"
                        || document.language_id == "jsonc"
                        || document.uri.as_str().ends_with(".json");
                    let is_config = is_config_uri(&document.uri);
                    if walint_json || is_config {
                        self.open(&document.uri, document.version, document.text, is_config);
                    }
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<lsp_types::DidChangeTextDocumentParams>(notification.params)
                {
                    // Full sync: the last change holds the whole text.
                    if let Some(change) = params.content_changes.into_iter().last() {
                        let uri = params.text_document.uri;
                        if let Some(document) = self.documents.get(uri.as_str()) {
                            let is_config = document.is_config;
                            self.open(&uri, params.text_document.version, change.text, is_config);
                        }
                    }
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<lsp_types::DidSaveTextDocumentParams>(notification.params)
                {
                    if is_config_uri(&params.text_document.uri) {
                        self.configuration_changed();
                    }
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<lsp_types::DidCloseTextDocumentParams>(notification.params)
                {
                    let uri = params.text_document.uri;
                    self.documents.remove(uri.as_str());
                    self.worker.forget(uri.as_str());
                    if let Ok(mut results) = self.results.lock() {
                        results.remove(uri.as_str());
                    }
                    self.publish(&uri, Vec::new(), None);
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Ok(params) =
                    serde_json::from_value::<lsp_types::DidChangeWatchedFilesParams>(notification.params)
                {
                    let relevant = params
                        .changes
                        .iter()
                        .any(|change| is_config_uri(&change.uri) || change.uri.as_str().ends_with(".json"));
                    if relevant {
                        self.configuration_changed();
                    }
                }
            }
            _ => {}
        }
    }

    /// A document was opened or changed: lint it (or validate it, for a walint.toml).
    fn open(&mut self, uri: &Uri, version: i32, text: String, is_config: bool) {
        let path = uri_to_path(uri.as_str());
        let text = Arc::new(text);
        self.documents.insert(
            uri.as_str().to_owned(),
            Document {
                text: Arc::clone(&text),
                version,
                path: path.clone(),
                is_config,
            },
        );
        if is_config {
            let diagnostics = config_diagnostics(path.as_deref().unwrap_or(Path::new("walint.toml")), &text);
            self.publish(uri, diagnostics, Some(version));
            // An edited configuration applies to the other documents at once.
            self.configuration_changed_except(Some(uri.as_str()));
            return;
        }
        self.schedule(uri.as_str());
    }

    /// Queues a lint of an open document with the options of its nearest walint.toml.
    fn schedule(&mut self, uri: &str) {
        let Some(document) = self.documents.get(uri) else {
            return;
        };
        if document.is_config {
            return;
        }
        let path = document.path.clone();
        let (options, config_error) = self.options_for(path.as_deref());
        if config_error.is_some() {
            self.publish_config_errors(path.as_deref());
        }
        let Some(document) = self.documents.get(uri) else {
            return;
        };
        self.worker.submit(Job {
            uri: uri.to_owned(),
            version: document.version,
            text: Arc::clone(&document.text),
            options,
            config_error,
        });
    }

    /// The core options for a file, and the configuration error that kept its walint.toml from
    /// applying (the file is then linted with the defaults).
    fn options_for(&mut self, path: Option<&Path>) -> (walint::Options, Option<String>) {
        if self.resolver.is_none() {
            match Resolver::new(walint::Options::default(), false, None, Vec::new()) {
                Ok(resolver) => self.resolver = Some(resolver),
                Err(error) => return (walint::Options::default(), Some(error)),
            }
        }
        let Some(resolver) = self.resolver.as_mut() else {
            return (walint::Options::default(), None);
        };
        match resolver.settings(path) {
            Ok(settings) => (std::sync::Arc::unwrap_or_clone(settings.options), None),
            Err(error) => {
                // A broken configuration is reported once per load; start afresh next time.
                self.resolver = None;
                (walint::Options::default(), Some(error))
            }
        }
    }

    /// A configuration that does not load is shown on the walint.toml itself, open or not.
    fn publish_config_errors(&self, document: Option<&Path>) {
        let Some(config_path) = document.and_then(Path::parent).and_then(actions::nearest_config) else {
            return;
        };
        let Some(uri) = path_to_uri(&config_path) else {
            return;
        };
        if self.documents.contains_key(uri.as_str()) {
            return; // validated as the editor's text on every change
        }
        let Ok(text) = std::fs::read_to_string(&config_path) else {
            return;
        };
        self.publish(&uri, config_diagnostics(&config_path, &text), None);
    }

    fn configuration_changed(&mut self) {
        self.configuration_changed_except(None);
    }

    /// Drops the cached configuration and lints every open document again.
    fn configuration_changed_except(&mut self, except: Option<&str>) {
        self.resolver = None;
        let uris: Vec<String> = self
            .documents
            .iter()
            .filter(|(uri, document)| !document.is_config && Some(uri.as_str()) != except)
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in uris {
            self.schedule(&uri);
        }
    }

    fn publish(&self, uri: &Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) {
        let params = PublishDiagnosticsParams {
            uri: uri.clone(),
            diagnostics,
            version,
        };
        if let Ok(params) = serde_json::to_value(params) {
            (self.sender)(Message::Notification(Notification::new(
                PublishDiagnostics::METHOD.to_owned(),
                params,
            )));
        }
    }

    /// The last finished lint of a document, when it is of the document's current text.
    fn current(&self, uri: &str) -> Option<Linted> {
        let document = self.documents.get(uri)?;
        let results = self.results.lock().ok()?;
        let linted = results.get(uri)?;
        Arc::ptr_eq(&linted.text, &document.text).then(|| linted.clone())
    }
}

fn is_config_uri(uri: &Uri) -> bool {
    let path = uri.as_str();
    config::FILE_NAMES
        .iter()
        .any(|name| path.ends_with(&format!("/{name}")))
}

/// The diagnostics of a walint.toml's text: none, or its first error at its line and column.
pub fn config_diagnostics(path: &Path, text: &str) -> Vec<Diagnostic> {
    let Err(error) = config::file::parse(path, text) else {
        return Vec::new();
    };
    let (line, column) = error.line_column.unwrap_or((1, 1));
    let index = LineIndex::new(text);
    let start = index.offset(lsp_types::Position::new(
        u32::try_from(line.saturating_sub(1)).unwrap_or(0),
        0,
    ));
    // The column counts code points: walk them to the byte offset.
    let line_text = &text[start..];
    let offset = start
        + line_text
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line_text.len(), |(at, _)| at);
    let end = text[offset..]
        .find(['\n', ' ', ','])
        .map_or(text.len(), |len| offset + len.max(1))
        .min(text.len());
    vec![Diagnostic {
        range: index.range(offset, end.max(offset)),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String("config".into())),
        source: Some("walint".into()),
        message: error.message,
        ..Diagnostic::default()
    }]
}

/// The file path of a `file://` URI (percent-decoded).
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    let bytes = rest.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            if let Ok(byte) = u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or(""), 16)
            {
                decoded.push(byte);
                i += 3;
                continue;
            }
        }
        decoded.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(decoded).ok().map(PathBuf::from)
}

/// A `file://` URI for a path (percent-encoding what URIs do not allow).
pub fn path_to_uri(path: &Path) -> Option<Uri> {
    let mut uri = String::from("file://");
    for byte in path.to_str()?.bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(byte as char);
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_and_paths_round_trip() {
        let path = Path::new("/tmp/a dir/é.json");
        let uri = path_to_uri(path).expect("uri");
        assert_eq!(uri.as_str(), "file:///tmp/a%20dir/%C3%A9.json");
        assert_eq!(uri_to_path(uri.as_str()).as_deref(), Some(path));
        assert_eq!(uri_to_path("untitled:1"), None);
        assert_eq!(uri_to_path("file:///x%2"), Some(PathBuf::from("/x%2")));
    }

    #[test]
    fn configuration_errors_are_placed() {
        let found = config_diagnostics(Path::new("walint.toml"), "strict = true\nignore = [\"Q123\"]\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].range.start, lsp_types::Position::new(1, 10));
        assert!(found[0].message.contains("Q123"));
        assert!(config_diagnostics(Path::new("walint.toml"), "strict = true\n").is_empty());
    }
}
