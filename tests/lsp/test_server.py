"""`walint server` end to end: a real LSP client (pytest-lsp) against the real binary.

Every expected range is computed from the text sent, in UTF-16 code units (what LSP counts).
"""

from __future__ import annotations

import asyncio
import json
import time
import tomllib

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException

from conftest import (
    DOCS_URL,
    Doc,
    apply_edits,
    assert_alive,
    diagnostics_with,
    end_position,
    markdown_of,
    offset_at,
    range_at,
    range_of,
    show,
    shutdown_and_exit,
    wait_diagnostics,
)


def template_text(body: str, examples: list[str] | None = ("Ana", "A-1234"), name: str = "order_ready") -> str:
    """A UTILITY template definition, laid out as a person writes one (the body alone on line 7)."""
    example = ""
    if examples is not None:
        example = ',\n      "example": {"body_text": [' + json.dumps(list(examples), ensure_ascii=False) + "]}"
    return (
        "{\n"
        f'  "name": "{name}",\n'
        '  "language": "en_US",\n'
        '  "category": "UTILITY",\n'
        '  "components": [\n'
        "    {\n"
        '      "type": "BODY",\n'
        f'      "text": {json.dumps(body, ensure_ascii=False)}{example}\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )


def text_message(body: str) -> str:
    return (
        "{\n"
        '  "messaging_product": "whatsapp",\n'
        '  "to": "+15551234567",\n'
        '  "type": "text",\n'
        f'  "text": {{"body": {json.dumps(body, ensure_ascii=False)}}}\n'
        "}\n"
    )


T010_BODY = "Hi {{ 1 }}, your order {{2}} is ready. Thanks!"
CLEAN_BODY = "Hi {{1}}, your order {{2}} is ready. Thanks!"
F001_BODY = "Olá 😀 *bold *"
F003_BODY = "Olá 😀 **bold**"


def string_literal_range(text: str, value: str) -> types.Range:
    """The range of the JSON string literal (quotes included) holding `value`."""
    literal = json.dumps(value, ensure_ascii=False)
    start = text.index(literal)
    return range_at(text, start, start + len(literal))


# ------------------------------------------------------------------------------------------------------------
# initialize


async def test_initialize_capabilities(client):
    result: types.InitializeResult = client.initialize_result
    caps = result.capabilities
    assert result.server_info is not None and result.server_info.name == "walint", show(result)
    sync = caps.text_document_sync
    assert isinstance(sync, types.TextDocumentSyncOptions), show(caps)
    assert sync.change == types.TextDocumentSyncKind.Full
    assert sync.open_close is True
    assert isinstance(sync.save, types.SaveOptions) and sync.save.include_text is False, show(sync)
    assert caps.hover_provider is True
    cap = caps.code_action_provider
    assert isinstance(cap, types.CodeActionOptions), show(caps)
    assert set(map(str, cap.code_action_kinds)) == {"quickfix", "source.fixAll.walint"}, show(cap)


# ------------------------------------------------------------------------------------------------------------
# diagnostics


async def test_template_t010_diagnostic_exact(client, tmp_path):
    text = template_text(T010_BODY)
    doc = Doc(client, tmp_path / "order_ready.json", text)
    version = doc.open()
    published = await doc.diagnostics(version)

    assert published.params.version == version
    found = diagnostics_with(published, "T010")
    assert len(found) == 1, show(published.params)
    d = found[0]
    assert d.severity == types.DiagnosticSeverity.Error
    assert d.source == "walint"
    assert d.code_description is not None and d.code_description.href == DOCS_URL + "t010", show(d)
    expected = range_of(text, "{{ 1 }}")
    assert expected.start == types.Position(line=7, character=18)  # sanity: `walint lint` says 8:19
    assert d.range == expected, f"T010 range {show(d.range)} != {show(expected)}"
    assert "{{ 1 }}" in d.message
    # The message carries the finding's help after a newline (write `{{1}}`).
    assert "\n" in d.message and "{{1}}" in d.message.split("\n", 1)[1], d.message
    # Nothing else is wrong with this template.
    assert published.codes == ["T010"], show(published.params)


async def test_formatting_finding_range_is_utf16(client, tmp_path):
    text = text_message(F001_BODY)
    doc = Doc(client, tmp_path / "ola.json", text)
    version = doc.open()
    published = await doc.diagnostics(version)

    found = diagnostics_with(published, "F001")
    assert len(found) == 1, show(published.params)
    d = found[0]
    # The closing `*` of `*bold *`: one character; before it, `á` (1 unit) and `😀` (2 units).
    start = text.index("*bold *") + len("*bold ")
    expected = range_at(text, start, start + 1)
    line_start = text.rfind("\n", 0, start) + 1
    assert expected.start.character == (start - line_start) + 1, "the emoji must count 2 UTF-16 units"
    assert d.range == expected, f"F001 range {show(d.range)} != {show(expected)}"
    assert d.severity == types.DiagnosticSeverity.Warning
    assert d.source == "walint"
    assert d.code_description is not None and d.code_description.href == DOCS_URL + "f001"

    # Its fix moves a marker: an unsafe quick fix, offered but not preferred.
    actions = await doc.code_actions(d.range, [d])
    quick = [a for a in actions if isinstance(a, types.CodeAction) and a.kind == "quickfix"]
    unsafe = [a for a in quick if a.title.endswith(" (unsafe)")]
    assert len(unsafe) == 1, show(actions)
    assert not unsafe[0].is_preferred, show(unsafe[0])
    # No safe fix exists, so no fix-all either.
    assert not [a for a in actions if isinstance(a, types.CodeAction) and a.kind == "source.fixAll.walint"]


@pytest.mark.parametrize(
    "kind, body, code, fixed, title",
    [
        ("template", T010_BODY, "T010", CLEAN_BODY, "correct the malformed variables"),
        ("message", F003_BODY, "F003", "Olá 😀 *bold*", "use single WhatsApp markers"),
    ],
    ids=["T010-template", "F003-message"],
)
async def test_safe_quick_fix_removes_the_finding(client, tmp_path, kind, body, code, fixed, title):
    text = template_text(body) if kind == "template" else text_message(body)
    doc = Doc(client, tmp_path / f"{code}.json", text)
    published = await doc.diagnostics(doc.open())
    [d] = diagnostics_with(published, code)

    actions = await doc.code_actions(d.range, [d])
    safe = [
        a
        for a in actions
        if isinstance(a, types.CodeAction) and a.kind == "quickfix" and a.is_preferred and not a.title.startswith("Ignore ")
    ]
    assert len(safe) == 1, show(actions)
    action = safe[0]
    assert action.title == title
    assert action.edit is not None and action.edit.changes is not None, show(action)
    edits = action.edit.changes[doc.uri]
    assert len(edits) == 1, show(action.edit)
    # The edit replaces the JSON string value with the fixed value.
    assert edits[0].range == string_literal_range(text, body), show(edits[0])
    assert json.loads(edits[0].new_text) == fixed

    new_text = apply_edits(text, edits)
    version = doc.change(new_text)
    after = await doc.diagnostics(version)
    assert code not in after.codes, show(after.params)
    assert after.params.version == version


async def test_fix_all_safe_findings(client, tmp_path):
    body = "Hi {{ 1 }}, your order {{2}} is **ready**. Thanks!"
    text = template_text(body)
    doc = Doc(client, tmp_path / "fix_all.json", text)
    published = await doc.diagnostics(doc.open())
    assert {"T010", "F003"} <= set(published.codes), show(published.params)
    [d] = diagnostics_with(published, "T010")

    actions = await doc.code_actions(d.range, [d])
    fix_all = [a for a in actions if isinstance(a, types.CodeAction) and a.kind == "source.fixAll.walint"]
    assert len(fix_all) == 1, show(actions)
    action = fix_all[0]
    assert action.title == "Fix all safe walint findings"
    edits = action.edit.changes[doc.uri]
    assert len(edits) == 1, show(action.edit)
    edit = edits[0]
    # A full-document edit: from the very start to (at least) the end of the document.
    assert edit.range.start == types.Position(line=0, character=0), show(edit)
    assert offset_at(text, edit.range.end) == len(text), f"{show(edit.range)} vs end {show(end_position(text))}"

    new_text = apply_edits(text, edits)
    fixed = json.loads(new_text)  # valid JSON
    assert fixed["components"][0]["text"] == "Hi {{1}}, your order {{2}} is *ready*. Thanks!"
    assert fixed["components"][0]["example"] == {"body_text": [["Ana", "A-1234"]]}

    version = doc.change(new_text)
    after = await doc.diagnostics(version)
    assert not {"T010", "F003"} & set(after.codes), show(after.params)


async def test_ignore_quick_fix_creates_walint_toml(client, tmp_path):
    text = template_text(T010_BODY)
    doc = Doc(client, tmp_path / "defs" / "order.json", text)
    published = await doc.diagnostics(doc.open())
    [d] = diagnostics_with(published, "T010")

    actions = await doc.code_actions(d.range, [d])
    ignore = [a for a in actions if isinstance(a, types.CodeAction) and a.title == "Ignore T010 for this file in walint.toml"]
    assert len(ignore) == 1, show(actions)
    assert ignore[0].kind == "quickfix"
    changes = ignore[0].edit.document_changes
    assert changes, show(ignore[0])
    toml_path = tmp_path / "defs" / "walint.toml"
    creates = [c for c in changes if isinstance(c, types.CreateFile)]
    assert [c.uri for c in creates] == [toml_path.as_uri()], show(changes)
    text_edits = [c for c in changes if isinstance(c, types.TextDocumentEdit)]
    assert text_edits and all(e.text_document.uri == toml_path.as_uri() for e in text_edits), show(changes)

    # Apply as an editor does: create the file, apply its edits, save it.
    config = ""
    for e in text_edits:
        config = apply_edits(config, e.edits)
    assert tomllib.loads(config)["overrides"] == [{"files": ["order.json"], "ignore": ["T010"]}], config
    toml_path.write_text(config, encoding="utf-8")
    mark = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=toml_path.as_uri(), type=types.FileChangeType.Created)]
        )
    )
    after = await doc.diagnostics(after=mark, where=lambda p: "T010" not in p.codes)
    assert after.params.version == doc.version


# ------------------------------------------------------------------------------------------------------------
# configuration


async def test_walint_toml_applies_and_reloads_on_watched_change(client, tmp_path, write):
    toml = write("project/walint.toml", 'ignore = ["T010"]\n')
    body = "Hi {{ 1 }}, your order {{2}} is **ready**. Thanks!"
    doc = Doc(client, tmp_path / "project" / "templates" / "order.json", template_text(body))
    published = await doc.diagnostics(doc.open())
    # Linted (F003 is there) with the nearest walint.toml above the file (T010 ignored).
    assert "F003" in published.codes, show(published.params)
    assert "T010" not in published.codes, show(published.params)

    toml.write_text("# nothing ignored any more\n", encoding="utf-8")
    mark = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=toml.as_uri(), type=types.FileChangeType.Changed)])
    )
    again = await doc.diagnostics(after=mark, where=lambda p: "T010" in p.codes)
    assert "F003" in again.codes, show(again.params)
    assert again.params.version == doc.version


async def test_walint_toml_saved_in_the_editor_relints_open_documents(client, tmp_path, write):
    toml = write("walint.toml", 'ignore = ["T010"]\n')
    doc = Doc(client, tmp_path / "order.json", template_text(T010_BODY))
    published = await doc.diagnostics(doc.open())
    assert "T010" not in published.codes, show(published.params)

    config = Doc(client, toml, 'ignore = ["T010"]\n', language_id="toml")
    await config.diagnostics(config.open())
    # The person removes the ignore and saves: the editor sends didChange, writes the file, sends didSave.
    mark = len(client.published)
    config.change("ignore = []\n")
    toml.write_text("ignore = []\n", encoding="utf-8")
    client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=config.id()))
    again = await doc.diagnostics(after=mark, where=lambda p: "T010" in p.codes)
    assert again.params.version == doc.version


async def test_template_definition_change_relints_sends(client, tmp_path, write):
    write("walint.toml", 'templates = ["defs"]\n')
    definition = write("defs/order_ready.json", template_text(CLEAN_BODY))
    send = (
        "{\n"
        '  "messaging_product": "whatsapp",\n'
        '  "to": "+15551234567",\n'
        '  "type": "template",\n'
        '  "template": {\n'
        '    "name": "order_ready",\n'
        '    "language": {"code": "en_US"},\n'
        '    "components": [\n'
        '      {"type": "body", "parameters": [{"type": "text", "text": "Ana"}]}\n'
        "    ]\n"
        "  }\n"
        "}\n"
    )
    doc = Doc(client, tmp_path / "sends" / "order.json", send)
    published = await doc.diagnostics(doc.open())
    # The definition has two body variables, the send one parameter.
    assert "X002" in published.codes, show(published.params)

    definition.write_text(template_text("Hi {{1}}, your order is ready. Thanks!", examples=["Ana"]), encoding="utf-8")
    mark = len(client.published)
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            changes=[types.FileEvent(uri=definition.as_uri(), type=types.FileChangeType.Changed)]
        )
    )
    again = await doc.diagnostics(after=mark, where=lambda p: "X002" not in p.codes)
    assert again.params.version == doc.version


async def test_walint_toml_document_with_an_error(client, tmp_path):
    config = '# walint configuration\nstrict = false\n\nignore = ["Q123"]\n'
    doc = Doc(client, tmp_path / "walint.toml", config, language_id="toml")
    published = await doc.diagnostics(doc.open())
    assert len(published.params.diagnostics) == 1, show(published.params)
    d = published.params.diagnostics[0]
    assert d.code == "config"
    assert d.severity == types.DiagnosticSeverity.Error
    assert d.source == "walint"
    assert "Q123" in d.message
    line = config.split("\n").index('ignore = ["Q123"]')
    assert d.range.start == types.Position(line=line, character='ignore = ["Q123"]'.index('"Q123"')), show(d.range)

    # Corrected in the editor: the diagnostic goes away.
    version = doc.change('# walint configuration\nstrict = false\n\nignore = ["T010"]\n')
    fixed = await doc.diagnostics(version)
    assert list(fixed.params.diagnostics) == [], show(fixed.params)


async def test_a_broken_walint_toml_that_is_not_open_gets_its_diagnostic(client, tmp_path):
    """The configuration error is published on walint.toml's own URI, and the document is still
    linted (with the defaults) and told why."""
    config = tmp_path / "walint.toml"
    config.write_text('ignore = ["Q123"]\n', encoding="utf-8")
    doc = Doc(client, tmp_path / "order.json", template_text(T010_BODY))
    published = await doc.diagnostics(doc.open())
    assert "T010" in published.codes, show(published.params)
    [warning] = diagnostics_with(published, "config")
    assert "Q123" in warning.message
    on_config = await wait_diagnostics(client, config.as_uri())
    [d] = on_config.params.diagnostics
    assert d.code == "config" and "Q123" in d.message, show(d)
    assert d.range.start == types.Position(line=0, character=10), show(d.range)


# ------------------------------------------------------------------------------------------------------------
# hover


async def test_hover_on_a_finding_shows_the_rule(client, tmp_path):
    text = template_text(T010_BODY)
    doc = Doc(client, tmp_path / "t.json", text)
    published = await doc.diagnostics(doc.open())
    [d] = diagnostics_with(published, "T010")
    inside = types.Position(line=d.range.start.line, character=d.range.start.character + 3)
    hover = await doc.hover(inside)
    assert hover is not None
    value = markdown_of(hover)
    assert "T010" in value, value
    assert "template-variable-malformed" in value, value
    assert DOCS_URL + "t010" in value, value


async def test_hover_on_a_variable_shows_its_example(client, tmp_path):
    text = template_text(CLEAN_BODY, examples=["Ana", "A-1234"])
    doc = Doc(client, tmp_path / "clean.json", text)
    published = await doc.diagnostics(doc.open())
    assert list(published.params.diagnostics) == [], show(published.params)

    for var, example in (("{{1}}", "Ana"), ("{{2}}", "A-1234")):
        rng = range_of(text, var)
        # On every character of the variable, the opening braces included.
        for i in range(len(var)):
            at = types.Position(line=rng.start.line, character=rng.start.character + i)
            hover = await doc.hover(at)
            assert hover is not None, f"no hover at {show(at)}, on {var[i]!r} of {var} (character {i})"
            value = markdown_of(hover)
            assert var in value and example in value, value

    # Without examples: the hover says so.
    bare = Doc(client, tmp_path / "bare.json", template_text(CLEAN_BODY, examples=None))
    await bare.diagnostics(bare.open())
    rng = range_of(bare.text, "{{1}}")
    hover = await bare.hover(types.Position(line=rng.start.line, character=rng.start.character + 1))
    assert hover is not None
    assert "no example value" in markdown_of(hover)


async def test_hover_on_formatting_shows_a_preview(client, tmp_path):
    text = text_message("Hello *world*, _see_ you")
    doc = Doc(client, tmp_path / "fmt.json", text)
    await doc.diagnostics(doc.open())
    rng = range_of(text, "world")
    hover = await doc.hover(rng.start)
    assert hover is not None
    assert "world" in markdown_of(hover)


async def test_hover_elsewhere_is_null(client, tmp_path):
    text = template_text(CLEAN_BODY)
    doc = Doc(client, tmp_path / "clean.json", text)
    await doc.diagnostics(doc.open())
    key = range_of(text, '"name"')
    assert await doc.hover(types.Position(line=key.start.line, character=key.start.character + 2)) is None
    assert await doc.hover(types.Position(line=0, character=0)) is None


# ------------------------------------------------------------------------------------------------------------
# robustness


async def test_not_json_reports_j001(client, tmp_path):
    doc = Doc(client, tmp_path / "broken.json", '{"messaging_product": "whatsapp", "to": \n')
    published = await doc.diagnostics(doc.open())
    j001 = diagnostics_with(published, "J001")
    assert j001, show(published.params)
    assert j001[0].severity == types.DiagnosticSeverity.Error
    # Still serving.
    version = doc.change("not json at all {")
    assert diagnostics_with(await doc.diagnostics(version), "J001")
    assert_alive(client)


async def test_unrecognised_json_gets_empty_diagnostics(client, tmp_path):
    doc = Doc(client, tmp_path / "other.json", '{"a": 1}\n')
    published = await doc.diagnostics(doc.open())
    assert list(published.params.diagnostics) == [], show(published.params)


async def test_huge_document_does_not_block_hover(client, tmp_path, capsys):
    small = template_text(CLEAN_BODY)
    doc = Doc(client, tmp_path / "big.json", small)
    await doc.diagnostics(doc.open())

    filler = "Lorem ipsum dolor sit amet, *consectetur* adipiscing elit. " * 88_000
    big = template_text(CLEAN_BODY.replace(" Thanks!", " " + filler + "Thanks!"), name="big_order")
    assert len(big.encode("utf-8")) > 5_000_000
    var = range_of(big, "{{1}}")
    assert var == range_of(small, "{{1}}")  # same position in both versions

    changed_at = time.monotonic()
    version = doc.change(big)
    sent = time.monotonic()
    hover = await doc.hover(types.Position(line=var.start.line, character=var.start.character + 2))
    answered = time.monotonic()
    rtt_ms = (answered - sent) * 1000

    published = await doc.diagnostics(version, timeout=300.0)
    lint_ms = (published.at - changed_at) * 1000
    with capsys.disabled():
        print(
            f"\n[huge document {len(big) / 1e6:.1f} MB] hover round trip {rtt_ms:.1f} ms; "
            f"diagnostics of the new version after {lint_ms:.0f} ms"
        )
    assert answered < published.at or rtt_ms < 1000, (
        f"hover took {rtt_ms:.0f} ms and was answered after the big document's diagnostics ({lint_ms:.0f} ms)"
    )
    assert hover is not None and "Ana" in markdown_of(hover)
    # The big body is over the 1024-character limit.
    assert "S004" in published.codes, show(published.params)

    # The server goes on working on small documents afterwards.
    version = doc.change(template_text(T010_BODY))
    assert "T010" in (await doc.diagnostics(version)).codes


async def test_superseded_version_is_not_published_late(client, tmp_path):
    doc = Doc(client, tmp_path / "quick.json", template_text(CLEAN_BODY))
    await doc.diagnostics(doc.open())
    mark = len(client.published)
    # Several quick edits: only the newest version's result matters, and no older one may come after it.
    for i in range(5):
        body = T010_BODY if i % 2 == 0 else CLEAN_BODY
        doc.change(template_text(body + " x" * i))
    last = await doc.diagnostics(doc.version, after=mark)
    assert "T010" in last.codes  # version 6 has the T010 body (i = 4)
    await asyncio.sleep(0.5)
    later = [p.params.version for p in client.published[last.index + 1 :] if p.params.uri == doc.uri]
    assert all(v == doc.version for v in later), f"stale versions published after the newest: {later}"


async def test_invalid_positions_cancel_and_clean_exit(client, tmp_path):
    text = template_text(T010_BODY)
    doc = Doc(client, tmp_path / "t.json", text)
    published = await doc.diagnostics(doc.open())

    # Positions far beyond the end: null or a clamped answer, never an error or a crash.
    for pos in (
        types.Position(line=1_000_000, character=1_000_000),
        types.Position(line=0, character=1_000_000),
        end_position(text),
    ):
        hover = await doc.hover(pos)
        assert hover is None or isinstance(hover, types.Hover)
    far = types.Range(start=types.Position(line=999_999, character=0), end=types.Position(line=1_000_000, character=5))
    await doc.code_actions(far)
    # A range running past the end covers the T010 finding (clamped).
    whole = types.Range(start=types.Position(line=0, character=0), end=types.Position(line=1_000_000, character=0))
    titles = [a.title for a in await doc.code_actions(whole, published.params.diagnostics)]
    assert "correct the malformed variables" in titles, titles

    # $/cancelRequest is accepted: the request ends either with its result or with RequestCancelled.
    future = client.protocol.send_request_async(
        types.TEXT_DOCUMENT_HOVER,
        types.HoverParams(text_document=doc.id(), position=types.Position(line=7, character=21)),
        msg_id="cancel-me",
    )
    client.cancel_request(types.CancelParams(id="cancel-me"))
    try:
        await asyncio.wait_for(future, 30)
    except JsonRpcException as e:
        assert e.code == types.LSPErrorCodes.RequestCancelled, e
    client.cancel_request(types.CancelParams(id="no-such-request"))

    # An empty document and a closed one: no crash.
    version = doc.change("")
    await doc.diagnostics(version)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=doc.id()))
    # A request about a document that is not open: null or an error answer, not a crash.
    try:
        await Doc(client, tmp_path / "never-opened.json", "{}").hover(types.Position(line=0, character=0))
    except JsonRpcException:
        pass

    assert_alive(client)
    await shutdown_and_exit(client)
