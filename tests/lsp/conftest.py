"""End-to-end harness for `walint server`: a real LSP client (pytest-lsp / pygls) driving the real binary.

The binary is `$WALINT_BIN`, or `target/debug/walint` under the repository root (scripts/test-lsp.sh builds
it). Every test gets its own server process through the `client` fixture, initialised with the workspace
folder `tmp_path`, and shut down (`shutdown` then `exit`, status 0 asserted) when the test ends.

Helpers here keep the tests about behaviour:
- every `textDocument/publishDiagnostics` is recorded in order (`client.published`, with arrival time), so a
  test can wait for the diagnostics of one document *version*;
- positions are computed from the text the test sends, in UTF-16 code units as LSP counts them;
- TextEdits are applied by the test itself, the way an editor would.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

REPO_ROOT = Path(__file__).resolve().parents[2]
WALINT_BIN = os.environ.get("WALINT_BIN") or str(REPO_ROOT / "target" / "debug" / "walint")
if not os.path.isabs(WALINT_BIN):
    WALINT_BIN = str(REPO_ROOT / WALINT_BIN)

# Seconds to wait for the diagnostics of an ordinary (small) document; a debug build is slow.
DIAG_TIMEOUT = float(os.environ.get("WALINT_LSP_TIMEOUT", "30"))
# Seconds a request may take before the test fails instead of hanging.
REQUEST_TIMEOUT = float(os.environ.get("WALINT_LSP_REQUEST_TIMEOUT", "30"))
DOCS_URL = "https://github.com/walint/walint/blob/main/docs/rules.md#"


# --------------------------------------------------------------------------------------------------------
# The binary must exist and have the `server` subcommand: fail loudly (never skip) when it does not.


def pytest_sessionstart(session):
    if not os.access(WALINT_BIN, os.X_OK):
        pytest.exit(f"walint binary not found at {WALINT_BIN} (build it: cargo build --bin walint)", returncode=2)
    out = subprocess.run([WALINT_BIN, "--help"], capture_output=True, text=True, timeout=60)
    commands = [line.split()[0] for line in out.stdout.splitlines() if line.startswith("  ") and line.split()]
    if "server" not in commands:
        pytest.exit(f"{WALINT_BIN} --help lists no `server` subcommand", returncode=2)


# --------------------------------------------------------------------------------------------------------
# The client: pytest-lsp's LanguageClient, with every publishDiagnostics recorded (uri, version, time).


@dataclass
class Published:
    index: int
    at: float  # time.monotonic() when the notification arrived
    params: types.PublishDiagnosticsParams

    @property
    def codes(self) -> list[str]:
        return [str(d.code) for d in self.params.diagnostics]


def _record_diagnostics(client: LanguageClient, params: types.PublishDiagnosticsParams):
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(Published(len(client.published), time.monotonic(), params))


def _register_capability(client: LanguageClient, params: types.RegistrationParams):
    client.registrations.extend(params.registrations)
    return None


def _unregister_capability(client: LanguageClient, params: types.UnregistrationParams):
    return None


def make_client() -> LanguageClient:
    client = LanguageClient(converter_factory=default_converter)
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _record_diagnostics
    features[types.CLIENT_REGISTER_CAPABILITY] = _register_capability
    features[types.CLIENT_UNREGISTER_CAPABILITY] = _unregister_capability
    register_lsp_features(client, features)
    client.published = []
    client.registrations = []
    client.walint_shut_down = False
    return client


CLIENT_CAPABILITIES = types.ClientCapabilities(
    text_document=types.TextDocumentClientCapabilities(
        synchronization=types.TextDocumentSyncClientCapabilities(did_save=True),
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
            related_information=True,
            version_support=True,
            code_description_support=True,
            data_support=True,
        ),
        hover=types.HoverClientCapabilities(
            content_format=[types.MarkupKind.Markdown, types.MarkupKind.PlainText],
        ),
        code_action=types.CodeActionClientCapabilities(
            code_action_literal_support=types.ClientCodeActionLiteralOptions(
                code_action_kind=types.ClientCodeActionKindOptions(
                    value_set=[
                        types.CodeActionKind.QuickFix,
                        types.CodeActionKind.Source,
                        types.CodeActionKind.SourceFixAll,
                    ]
                )
            ),
            is_preferred_support=True,
        ),
    ),
    workspace=types.WorkspaceClientCapabilities(
        apply_edit=True,
        workspace_edit=types.WorkspaceEditClientCapabilities(
            document_changes=True,
            resource_operations=[types.ResourceOperationKind.Create],
        ),
        did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
        configuration=True,
    ),
    general=types.GeneralClientCapabilities(position_encodings=[types.PositionEncodingKind.Utf16]),
)


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[WALINT_BIN, "server"], client_factory=make_client),
)
async def client(lsp_client: LanguageClient, tmp_path: Path):
    lsp_client.initialize_result = await asyncio.wait_for(
        lsp_client.initialize_session(
            types.InitializeParams(
                capabilities=CLIENT_CAPABILITIES,
                root_uri=tmp_path.as_uri(),
                workspace_folders=[types.WorkspaceFolder(uri=tmp_path.as_uri(), name="ws")],
                client_info=types.ClientInfo(name="walint-lsp-tests", version="1"),
            )
        ),
        REQUEST_TIMEOUT,
    )
    yield
    if not lsp_client.walint_shut_down:
        await shutdown_and_exit(lsp_client)


async def shutdown_and_exit(client: LanguageClient, timeout: float = 15.0) -> int:
    """`shutdown` then `exit`; assert the server process ends with status 0 (and did not die before)."""
    server = client._server
    assert server is not None
    assert server.returncode is None, f"walint server died during the test with status {server.returncode}"
    client.walint_shut_down = True
    result = await asyncio.wait_for(client.shutdown_async(None), timeout)
    assert result is None, f"shutdown must answer null, got {result!r}"
    client.exit(None)
    status = await asyncio.wait_for(server.wait(), timeout)
    assert status == 0, f"walint server exited with status {status} after shutdown/exit"
    return status


def assert_alive(client: LanguageClient):
    server = client._server
    assert server is not None and server.returncode is None, (
        f"walint server is not running (exit status {server.returncode if server else None})"
    )


# --------------------------------------------------------------------------------------------------------
# Positions: Python str index (code points) <-> LSP Position (line, UTF-16 code units).


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def position_at(text: str, offset: int) -> types.Position:
    line = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return types.Position(line=line, character=utf16_len(text[line_start:offset]))


def range_at(text: str, start: int, end: int) -> types.Range:
    return types.Range(start=position_at(text, start), end=position_at(text, end))


def range_of(text: str, needle: str, after: str | None = None) -> types.Range:
    """The range of the first `needle` (after the first `after`, when given) in `text`."""
    begin = text.index(after) if after is not None else 0
    start = text.index(needle, begin)
    return range_at(text, start, start + len(needle))


def offset_at(text: str, pos: types.Position) -> int:
    """Python str index of an LSP position; positions past a line's or the text's end are clamped."""
    lines = text.split("\n")
    if pos.line >= len(lines):
        return len(text)
    offset = sum(len(line) + 1 for line in lines[: pos.line])
    units = 0
    for i, ch in enumerate(lines[pos.line]):
        if units >= pos.character:
            return offset + i
        units += utf16_len(ch)
    return offset + len(lines[pos.line])


def end_position(text: str) -> types.Position:
    return position_at(text, len(text))


def apply_edits(text: str, edits) -> str:
    """Apply TextEdits as an editor does: all ranges refer to the original text, applied back to front."""
    spans = sorted(
        ((offset_at(text, e.range.start), offset_at(text, e.range.end), e.new_text) for e in edits),
        key=lambda s: (s[0], s[1]),
        reverse=True,
    )
    for start, end, new in spans:
        assert start <= end, f"edit with start after end: {start} > {end}"
        text = text[:start] + new + text[end:]
    return text


# --------------------------------------------------------------------------------------------------------
# Documents and waiting for their diagnostics.


class Doc:
    """One document of the editor: written to disk under a tmp dir (a real file:// URI), opened, changed."""

    def __init__(self, client: LanguageClient, path: Path, text: str, language_id: str = "json"):
        self.client = client
        self.path = path
        self.uri = path.as_uri()
        self.text = text
        self.language_id = language_id
        self.version = 0

    def open(self) -> int:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(self.text, encoding="utf-8")
        self.version = 1
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=self.uri, language_id=self.language_id, version=self.version, text=self.text
                )
            )
        )
        return self.version

    def change(self, text: str) -> int:
        """Full-text didChange (the server's sync kind is Full); returns the new version."""
        self.text = text
        self.version += 1
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )
        return self.version

    def id(self) -> types.TextDocumentIdentifier:
        return types.TextDocumentIdentifier(uri=self.uri)

    async def hover(self, position: types.Position) -> types.Hover | None:
        return await asyncio.wait_for(
            self.client.text_document_hover_async(types.HoverParams(text_document=self.id(), position=position)),
            REQUEST_TIMEOUT,
        )

    async def code_actions(self, rng: types.Range, diagnostics=()) -> list:
        result = await asyncio.wait_for(
            self.client.text_document_code_action_async(
                types.CodeActionParams(
                    text_document=self.id(),
                    range=rng,
                    context=types.CodeActionContext(diagnostics=list(diagnostics)),
                )
            ),
            REQUEST_TIMEOUT,
        )
        return list(result or [])

    async def diagnostics(self, version: int | None = None, *, after: int = 0, where=None, timeout=None):
        return await wait_diagnostics(
            self.client, self.uri, version=version, after=after, where=where, timeout=timeout
        )


async def wait_diagnostics(
    client: LanguageClient,
    uri: str,
    *,
    version: int | None = None,
    after: int = 0,
    where=None,
    timeout: float | None = None,
) -> Published:
    """The first publishDiagnostics for `uri` (of `version`, when given; at or after index `after` of
    `client.published`; satisfying `where`, when given). Fails when the server dies or time runs out."""
    timeout = DIAG_TIMEOUT if timeout is None else timeout
    deadline = time.monotonic() + timeout
    while True:
        for p in client.published[after:]:
            if p.params.uri != uri:
                continue
            if version is not None and p.params.version != version:
                continue
            if where is not None and not where(p):
                continue
            return p
        server = client._server
        if server is not None and server.returncode is not None:
            pytest.fail(f"walint server exited with status {server.returncode} while waiting for diagnostics")
        if time.monotonic() > deadline:
            seen = [(p.params.uri.rsplit("/", 1)[-1], p.params.version, p.codes) for p in client.published]
            pytest.fail(f"no matching diagnostics for {uri} version {version} within {timeout}s; published: {seen}")
        await asyncio.sleep(0.005)


def diagnostics_with(published: Published, code: str) -> list[types.Diagnostic]:
    return [d for d in published.params.diagnostics if str(d.code) == code]


def markdown_of(hover: types.Hover) -> str:
    contents = hover.contents
    assert isinstance(contents, types.MarkupContent), f"hover contents should be MarkupContent, got {contents!r}"
    assert contents.kind == types.MarkupKind.Markdown, f"hover should be Markdown, got {contents.kind}"
    return contents.value


def show(obj) -> str:
    """JSON of an lsprotocol object, for assertion messages."""
    try:
        return json.dumps(default_converter().unstructure(obj), ensure_ascii=False)[:2000]
    except Exception:  # pragma: no cover - only for messages
        return repr(obj)[:2000]


@pytest.fixture
def write(tmp_path: Path):
    """write(relative_path, text) -> Path under the test's tmp dir."""

    def _write(rel: str, text: str) -> Path:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write


def pytest_report_header(config):
    return [f"walint binary: {WALINT_BIN}", f"python: {sys.version.split()[0]}"]
