"""Configuration: found per folder as the CLI finds it, reloaded when it changes, and
the editor's own settings on top."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.server import drafts
from tests.server.cli import lint_json
from tests.server.conftest import CONFIG, published, start
from tests.server.editor import Document

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def newsroom(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace with a configuration at its root and another in a subfolder."""
    root = tmp_path_factory.mktemp("newsroom")
    (root / "pyproject.toml").write_text(
        '[project]\nname = "desk"\n\n[tool.smartbrev]\nignore = ["straight-quotes"]\n',
        encoding="utf-8",
    )
    (root / "archive").mkdir()
    (root / "archive" / "smartbrev.toml").write_text(
        '[severity]\nnonstandard-label = "error"\n', encoding="utf-8"
    )
    return root


@pytest_lsp.fixture(config=CONFIG, scope="module")
async def editor(lsp_client: LanguageClient, newsroom: Path) -> AsyncIterator[None]:
    lsp_client.set_configuration({"severity": {"missing-headline": "info"}}, section="smartbrev")
    await start(lsp_client, newsroom)
    yield
    await lsp_client.shutdown_session()


def codes(found: list[types.Diagnostic]) -> dict[str, types.DiagnosticSeverity | None]:
    return {str(d.code): d.severity for d in found}


async def test_each_folder_gets_the_configuration_the_cli_uses(
    editor: LanguageClient, newsroom: Path
) -> None:
    seen = {}
    for folder in (newsroom, newsroom / "archive"):
        path = folder / "draft.md"
        path.write_text(drafts.MARKDOWN, encoding="utf-8")
        doc = Document(editor, path, drafts.MARKDOWN, "markdown")
        seen[folder.name] = found = codes(await doc.diagnostics())
        assert set(found) == {d["code"] for d in lint_json(path)}
    # The closest configuration wins, and files do not merge.
    assert "SB403" not in seen[newsroom.name]
    assert seen[newsroom.name]["SB302"] == types.DiagnosticSeverity.Warning
    assert seen["archive"]["SB302"] == types.DiagnosticSeverity.Error
    assert "SB403" in seen["archive"]


async def test_editor_settings_override_severity(editor: LanguageClient, newsroom: Path) -> None:
    text = "Ferries ran late all week, the authority said on Friday.\n\nBy Ana Ruiz\n"
    path = newsroom / "noheadline.md"
    path.write_text(text, encoding="utf-8")
    doc = Document(editor, path, text, "markdown")
    found = codes(await doc.diagnostics())
    assert {d["code"]: d["severity"] for d in lint_json(path)}["SB108"] == "warning"
    assert found["SB108"] == types.DiagnosticSeverity.Information


async def test_a_changed_configuration_is_used_at_once(
    editor: LanguageClient, newsroom: Path
) -> None:
    folder = newsroom / "desk"
    folder.mkdir()
    path = folder / "draft.md"
    path.write_text(drafts.MARKDOWN, encoding="utf-8")
    doc = Document(editor, path, drafts.MARKDOWN, "markdown")
    assert "SB302" in codes(await doc.diagnostics())
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in editor.registered)  # type: ignore[attr-defined]
    config = folder / "smartbrev.toml"
    config.write_text('ignore = ["nonstandard-label"]\n', encoding="utf-8")
    before = len(editor.published[doc.uri])  # type: ignore[attr-defined]
    editor.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            [types.FileEvent(config.as_uri(), types.FileChangeType.Created)]
        )
    )
    assert "SB302" not in codes(await published(editor, doc.uri, doc.version, after=before))
    # A configuration that cannot be used: the built-in settings apply, and the editor
    # says why, once, at the top of the document.
    config.write_text('ignore = ["nonstandard-lable"]\n', encoding="utf-8")
    before = len(editor.published[doc.uri])  # type: ignore[attr-defined]
    editor.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            [types.FileEvent(config.as_uri(), types.FileChangeType.Changed)]
        )
    )
    found = await published(editor, doc.uri, doc.version, after=before)
    problem = [d for d in found if d.code is None]
    assert len(problem) == 1
    assert "nonstandard-lable" in problem[0].message
    assert "did you mean" in problem[0].message
    assert problem[0].range.start == types.Position(0, 0)
    assert "SB302" in codes(found)
    assert any("nonstandard-lable" in m.message for m in editor.messages)


async def test_unusable_editor_settings_are_reported(
    editor: LanguageClient, newsroom: Path
) -> None:
    editor.set_configuration({"severity": {"lede-too-lng": "error"}}, section="smartbrev")
    editor.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while not any("lede-too-lng" in m.message for m in editor.messages):
        assert loop.time() < deadline, "the server did not report the unusable settings"
        await asyncio.sleep(0.01)


async def test_a_folder_added_later_gets_its_own_settings(
    editor: LanguageClient, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("second-desk")
    editor.set_configuration(
        {"severity": {"nonstandard-label": "info"}}, section="smartbrev", scope_uri=folder.as_uri()
    )
    editor.workspace_did_change_workspace_folders(
        types.DidChangeWorkspaceFoldersParams(
            types.WorkspaceFoldersChangeEvent(
                added=[types.WorkspaceFolder(folder.as_uri(), folder.name)], removed=[]
            )
        )
    )
    path = folder / "draft.md"
    path.write_text(drafts.MARKDOWN, encoding="utf-8")
    doc = Document(editor, path, drafts.MARKDOWN, "markdown")
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20
    while codes(await doc.diagnostics()).get("SB302") != types.DiagnosticSeverity.Information:
        assert loop.time() < deadline, "the folder's settings were not used"
        await asyncio.sleep(0.02)


async def test_completion_offers_the_newsroom_s_own_labels(
    editor: LanguageClient, newsroom: Path
) -> None:
    folder = newsroom / "opinion"
    folder.mkdir()
    (folder / "smartbrev.toml").write_text(
        '[labels.our-take]\nlabel = "Our take"\nvariants = ["Our view"]\n', encoding="utf-8"
    )
    text = "# Ferries run late\n\nFerries ran late all week.\n\nOu"
    path = folder / "draft.md"
    path.write_text(text, encoding="utf-8")
    doc = Document(editor, path, text, "markdown")
    found = await editor.text_document_completion_async(
        types.CompletionParams(doc.id, types.Position(4, 2))
    )
    items = found.items if isinstance(found, types.CompletionList) else found or []
    ours = [item for item in items if item.label == "Our take"]
    assert len(ours) == 1
    assert ours[0].detail == "custom"
    assert isinstance(ours[0].text_edit, types.TextEdit)
    assert ours[0].text_edit.new_text == "**Our take:** "
