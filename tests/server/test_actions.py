"""Code actions and formatting give exactly the text the CLI's --fix gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.server import drafts
from tests.server.cli import fixed_by_cli, lint_json
from tests.server.editor import Document, apply, edits_of

pytestmark = pytest.mark.asyncio(loop_scope="module")

FIX_ALL = "source.fixAll.smartbrev"


def open_draft(client: LanguageClient, folder: Path, name: str, text: str) -> Document:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    ext = name.rsplit(".", 1)[1]
    return Document(client, path, text, drafts.LANGUAGE[ext])


@pytest.mark.parametrize("ext", sorted(drafts.BY_FORMAT))
async def test_fix_all_gives_the_text_of_lint_fix(
    client: LanguageClient, workspace: Path, ext: str
) -> None:
    doc = open_draft(client, workspace, f"fixall.{ext}", drafts.BY_FORMAT[ext])
    await doc.diagnostics()
    actions = await doc.actions(only=[types.CodeActionKind.SourceFixAll])
    assert [a.kind for a in actions] == [FIX_ALL]
    fixed = apply(doc.text, edits_of(actions[0]))
    assert fixed != doc.text
    assert fixed == fixed_by_cli(doc.path)


@pytest.mark.parametrize("ext", sorted(drafts.BY_FORMAT))
async def test_formatting_gives_the_text_of_lint_fix(
    client: LanguageClient, workspace: Path, ext: str
) -> None:
    doc = open_draft(client, workspace, f"format.{ext}", drafts.BY_FORMAT[ext])
    edits = await client.text_document_formatting_async(
        types.DocumentFormattingParams(doc.id, types.FormattingOptions(2, True))
    )
    assert edits
    assert apply(doc.text, edits) == fixed_by_cli(doc.path)


async def test_each_safe_fix_is_a_preferred_quickfix(
    client: LanguageClient, workspace: Path
) -> None:
    doc = open_draft(client, workspace, "one.md", drafts.MARKDOWN)
    found = await doc.diagnostics()
    label = next(d for d in found if d.code == "SB302")
    actions = await doc.actions(line=label.range.start.line, only=["quickfix"])
    fixes = [a for a in actions if [d.code for d in a.diagnostics or []] == ["SB302"]]
    fixes = [a for a in fixes if a.is_preferred]
    assert len(fixes) == 1
    assert fixes[0].kind == types.CodeActionKind.QuickFix
    fixed = apply(doc.text, edits_of(fixes[0]))
    # The one fix changes the label and nothing else: the CLI, told to fix only that
    # rule, writes the same text.
    assert fixed == fixed_by_cli(doc.path, "--select", "SB302")
    doc.replace(fixed)
    assert not [d for d in await doc.diagnostics() if d.code == "SB302"]


async def test_an_unsafe_fix_is_labelled_and_not_preferred(
    client: LanguageClient, workspace: Path
) -> None:
    text = (
        "# Council votes on budget\n\nThe council will leverage new funds next year.\n\n"
        "**Why it matters:** Taxes stay flat.\n\nBy Ana Ruiz\n"
    )
    doc = open_draft(client, workspace, "unsafe.md", text)
    found = await doc.diagnostics()
    cli = [d for d in lint_json(doc.path) if (d.get("fix") or {}).get("safety") == "unsafe"]
    assert cli, "the draft has a finding with an unsafe fix"
    unsafe = next(d for d in found if d.code == cli[0]["code"])
    actions = await doc.actions(line=unsafe.range.start.line, only=["quickfix"])
    labelled = [a for a in actions if a.title.endswith("(unsafe fix)")]
    assert len(labelled) == 1
    assert not labelled[0].is_preferred
    fixed = apply(doc.text, edits_of(labelled[0]))
    assert fixed == fixed_by_cli(doc.path, "--unsafe-fixes", "--select", cli[0]["code"])
    # "Fix all" leaves unsafe fixes alone, as --fix does.
    (fix_all,) = await doc.actions(only=[FIX_ALL]) or [None]
    assert fix_all is None or apply(doc.text, edits_of(fix_all)) == fixed_by_cli(doc.path)


@pytest.mark.parametrize("ext", ["md", "txt", "yaml"])
async def test_suppressing_a_finding_silences_it_and_changes_nothing_else(
    client: LanguageClient, workspace: Path, ext: str
) -> None:
    doc = open_draft(client, workspace, f"suppress.{ext}", drafts.BY_FORMAT[ext])
    found = await doc.diagnostics()
    target = next(d for d in found if d.code == "SB302")
    actions = await doc.actions(line=target.range.start.line, only=["quickfix"])
    (disable,) = [a for a in actions if a.title.startswith("Disable SB302")]
    assert not disable.is_preferred
    doc.path.write_text(apply(doc.text, edits_of(disable)), encoding="utf-8")
    after = lint_json(doc.path)
    codes = [d["code"] for d in after]
    assert "SB302" not in codes
    assert "SB901" not in codes and "SB902" not in codes
    assert len(after) == len(found) - 1


async def test_json_has_no_suppression_comment(client: LanguageClient, workspace: Path) -> None:
    doc = open_draft(client, workspace, "nocomment.json", drafts.JSON)
    found = await doc.diagnostics()
    target = next(d for d in found if d.code == "SB302")
    actions = await doc.actions(line=target.range.start.line)
    assert not [a for a in actions if a.title.startswith("Disable")]
    assert [a for a in actions if a.is_preferred]
