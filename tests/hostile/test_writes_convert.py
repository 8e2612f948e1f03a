"""`convert` plans every output before it writes any: no output overwrites an input or
another output, names keep every part but the format's ending, and no output goes
through a linked folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing

DRAFT = briefing("**Why it matters:** Rates rise in April.")


def _briefs(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "briefs"
    folder.mkdir()
    for number, name in enumerate(names):
        (folder / name).write_text(DRAFT.replace("April", f"month {number}"), encoding="utf-8")
    return folder


def test_an_output_over_another_input_is_refused_and_nothing_written(
    run_cli: RunCli, tmp_path: Path
) -> None:
    """The reproduction: briefs/a.json would have been overwritten by a.md's output."""
    briefs = _briefs(tmp_path, "a.md")
    run_cli("convert", str(briefs / "a.md"), "--to", "json", "-o", str(briefs / "a.json"))
    other = (briefs / "a.json").read_bytes()
    (briefs / "b.md").write_text(DRAFT, encoding="utf-8")
    result = run_cli("convert", str(briefs), "--to", "json", "--out-dir", str(briefs))
    assert result.exit_code == 2
    assert "refusing to overwrite the input" in result.stderr
    assert "nothing was written" in result.stderr
    assert (briefs / "a.json").read_bytes() == other
    assert not (briefs / "b.json").exists()


def test_output_names_keep_the_whole_name(run_cli: RunCli, tmp_path: Path) -> None:
    briefs = _briefs(tmp_path, "a.b.md", "a.c.md", "v2.0.final.txt", "item.ninjs.json")
    (briefs / "item.ninjs.json").unlink()
    out = tmp_path / "out"
    result = run_cli("convert", str(briefs), "--to", "json", "--out-dir", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["a.b.json", "a.c.json", "v2.0.final.json"]
    assert "month 0" in (out / "a.b.json").read_text()
    assert "month 1" in (out / "a.c.json").read_text()


def test_two_inputs_with_one_output_are_refused(run_cli: RunCli, tmp_path: Path) -> None:
    briefs = _briefs(tmp_path, "a.md", "a.markdown", "z.md")
    out = tmp_path / "out"
    result = run_cli("convert", str(briefs), "--to", "json", "--out-dir", str(out))
    assert result.exit_code == 2
    assert "is the output of both" in result.stderr
    assert not out.exists()


def test_a_linked_folder_inside_the_output_folder_is_never_written_through(
    run_cli: RunCli, tmp_path: Path
) -> None:
    briefs = _briefs(tmp_path, "top.md")
    (briefs / "desk").mkdir()
    (briefs / "desk" / "inner.md").write_text(DRAFT, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "desk").symlink_to(elsewhere, target_is_directory=True)
    result = run_cli("convert", str(briefs), "--to", "json", "--out-dir", str(out))
    assert result.exit_code == 2
    assert "is a link; nothing is written through it" in result.stderr
    assert list(elsewhere.iterdir()) == []
    assert not (out / "top.json").exists()


def test_an_output_file_that_is_a_link_is_replaced_not_written_through(
    run_cli: RunCli, tmp_path: Path
) -> None:
    briefs = _briefs(tmp_path, "a.md")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    out = tmp_path / "out"
    out.mkdir()
    (out / "a.json").symlink_to(victim)
    result = run_cli("convert", str(briefs), "--to", "json", "--out-dir", str(out))
    assert result.exit_code == 0
    assert victim.read_text() == "keep me"
    assert not (out / "a.json").is_symlink()


def test_dash_o_never_names_an_input(run_cli: RunCli, tmp_path: Path) -> None:
    briefs = _briefs(tmp_path, "a.md")
    (tmp_path / "alias.md").symlink_to(briefs / "a.md")
    for output in (briefs / "a.md", tmp_path / "alias.md"):
        result = run_cli("convert", str(briefs / "a.md"), "--to", "markdown", "-o", str(output))
        assert result.exit_code == 2
        assert "refusing to overwrite the input" in result.stderr
    assert (briefs / "a.md").read_text() == DRAFT.replace("April", "month 0")


def test_lint_dash_o_never_names_an_input(run_cli: RunCli, tmp_path: Path) -> None:
    briefs = _briefs(tmp_path, "a.md", "b.md")
    before = (briefs / "a.md").read_bytes()
    for args in (("a.md", "-o", "a.md"), (".", "-o", "b.md"), ("a.md", "--fix", "-o", "a.md")):
        result = run_cli("lint", *(str(briefs / a) if a[0] != "-" else a for a in args))
        assert result.exit_code == 2
        assert "is one of the files to check" in result.stderr
    assert (briefs / "a.md").read_bytes() == before


def test_schema_docs_are_not_written_through_a_linked_docs_folder(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    repo = tmp_path / "repo"
    repo.mkdir()
    (repo / "docs").symlink_to(elsewhere, target_is_directory=True)
    monkeypatch.chdir(repo)
    result = run_cli("schema", "docs")
    assert result.exit_code == 2
    assert "nothing is written through it" in result.stderr
    assert list(elsewhere.iterdir()) == []
