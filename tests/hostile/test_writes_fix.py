"""`lint --fix` replaces a file only if it still holds what was linted, and keeps what
the file is: its links, its other names, its mode and its owner (or leaves it alone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing

DRAFT = briefing('**Why it matters:** "Yes," she said.')
FIXED = briefing("**Why it matters:** “Yes,” she said.")


def test_an_edit_saved_while_fixing_is_never_lost(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartbrev.lint import fix

    draft = tmp_path / "d.md"
    draft.write_text(DRAFT)
    edited = DRAFT.replace("she said", "the mayor said")
    fix_repeatedly = fix.fix_repeatedly

    def editor_saves_meanwhile(*args: object, **options: object) -> object:
        outcome = fix_repeatedly(*args, **options)  # type: ignore[arg-type]
        draft.write_text(edited)
        return outcome

    monkeypatch.setattr(fix, "fix_repeatedly", editor_saves_meanwhile)
    result = run_cli("lint", "--fix", "--output-format", "concise", str(draft))
    assert draft.read_text() == edited
    assert result.exit_code == 2
    assert "error[SB009] not-written: the file changed after it was read" in result.stdout


def test_a_change_between_the_check_and_the_replace_is_caught(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartbrev import writes
    from smartbrev.errors import WriteError

    draft = tmp_path / "d.md"
    draft.write_text(DRAFT)
    fchmod = os.fchmod

    def editor_saves_now(handle: int, mode: int) -> None:
        fchmod(handle, mode)
        draft.write_text(DRAFT + "\nA late line.\n")

    monkeypatch.setattr(os, "fchmod", editor_saves_now)
    with pytest.raises(WriteError, match="changed while it was being fixed"):
        writes.replace_checked(str(draft), FIXED, DRAFT.encode())
    assert draft.read_text().endswith("A late line.\n")
    assert [p.name for p in tmp_path.iterdir()] == ["d.md"]  # no temporary file left


def test_a_linked_draft_keeps_its_link_and_its_target_is_fixed(
    run_cli: RunCli, tmp_path: Path
) -> None:
    target = tmp_path / "drafts" / "real.md"
    target.parent.mkdir()
    target.write_text(DRAFT)
    link = tmp_path / "link.md"
    link.symlink_to(target)
    result = run_cli("lint", "--fix", str(link))
    assert result.exit_code == 0, result.stdout
    assert link.is_symlink() and link.resolve() == target
    assert target.read_text() == FIXED


def test_a_hard_linked_draft_is_left_alone(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT)
    other = tmp_path / "other-name.md"
    os.link(draft, other)
    result = run_cli("lint", "--fix", "--output-format", "concise", str(draft))
    assert result.exit_code == 2
    assert "hard links" in result.stdout
    assert draft.read_text() == DRAFT
    assert draft.stat().st_ino == other.stat().st_ino


def test_mode_and_owner_are_kept(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT)
    draft.chmod(0o640)
    owner = None
    if os.geteuid() == 0:  # only root can give a file to someone else
        os.chown(draft, 1234, 4321)
        owner = (1234, 4321)
    assert run_cli("lint", "--fix", str(draft)).exit_code == 0
    assert draft.read_text() == FIXED
    status = draft.stat()
    assert status.st_mode & 0o777 == 0o640
    if owner is not None:
        assert (status.st_uid, status.st_gid) == owner


def test_a_file_whose_owner_cannot_be_kept_is_left_alone(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = tmp_path / "d.md"
    draft.write_text(DRAFT)
    monkeypatch.setattr(os, "geteuid", lambda: draft.stat().st_uid + 1)

    def refused(*args: object) -> None:
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(os, "fchown", refused)
    result = run_cli("lint", "--fix", "--output-format", "concise", str(draft))
    assert result.exit_code == 2
    assert "belongs to another user" in result.stdout
    assert draft.read_text() == DRAFT
    assert [p.name for p in tmp_path.iterdir()] == ["d.md"]


def test_an_unwritable_folder_is_the_files_diagnostic(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    drafts = [tmp_path / "a.md", tmp_path / "b.md"]
    for draft in drafts:
        draft.write_text(DRAFT)

    def no_room(*args: object, **options: object) -> object:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(tempfile, "mkstemp", no_room)
    result = run_cli("lint", "--fix", "--output-format", "concise", *map(str, drafts))
    assert result.exit_code == 2
    assert result.stdout.count("SB009") == 2
    assert "No space left on device" in result.stdout
    assert all(draft.read_text() == DRAFT for draft in drafts)
