"""A cache a pull request commits or edits changes no verdict and writes nowhere else:
links are never followed, foreign databases never touched, edited entries never served."""

from __future__ import annotations

import json
import sqlite3
import zlib
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.hostile.newsroom import Newsroom, fresh

LINT = ("lint", "--output-format", "concise", "briefs")


def _unrelated_database(path: Path) -> bytes:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE results (id INTEGER PRIMARY KEY, value TEXT)")
        db.executemany(
            "INSERT INTO results (value) VALUES (?)", [(f"row {n}",) for n in range(100)]
        )
    db.close()
    return path.read_bytes()


def test_a_database_file_linked_elsewhere_is_never_opened(
    run_cli: RunCli, newsroom: Newsroom, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "accounts.sqlite3"
    before = _unrelated_database(elsewhere)
    newsroom.cache.mkdir()
    (newsroom.cache / "results.sqlite3").symlink_to(elsewhere)
    result = run_cli(*LINT)
    assert (result.exit_code, result.stdout) == fresh(run_cli, *LINT)
    assert "symbolic link" in result.stderr
    assert elsewhere.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("accounts")) == [
        "accounts.sqlite3"
    ]


def test_a_companion_file_linked_elsewhere_is_never_written(
    run_cli: RunCli, newsroom: Newsroom, tmp_path: Path
) -> None:
    victim = tmp_path / "notes.txt"
    victim.write_text("keep me\n")
    run_cli(*LINT)  # a real cache first
    (newsroom.cache / "results.sqlite3-wal").unlink(missing_ok=True)
    (newsroom.cache / "results.sqlite3-wal").symlink_to(victim)
    result = run_cli(*LINT)
    assert (result.exit_code, result.stdout) == fresh(run_cli, *LINT)
    assert victim.read_text() == "keep me\n"


def test_a_cache_folder_linked_elsewhere_is_never_written_through(
    run_cli: RunCli, newsroom: Newsroom, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    newsroom.cache.symlink_to(elsewhere, target_is_directory=True)
    result = run_cli(*LINT)
    assert (result.exit_code, result.stdout) == fresh(run_cli, *LINT)
    assert list(elsewhere.iterdir()) == []
    assert result.stderr.count("symbolic link") == 1


def test_a_foreign_database_in_the_cache_folder_is_left_alone(
    run_cli: RunCli, newsroom: Newsroom
) -> None:
    newsroom.cache.mkdir()
    before = _unrelated_database(newsroom.cache / "results.sqlite3")
    result = run_cli(*LINT)
    assert (result.exit_code, result.stdout) == fresh(run_cli, *LINT)
    assert "not a smartbrev cache" in result.stderr
    assert (newsroom.cache / "results.sqlite3").read_bytes() == before


def _entries(cache: Path) -> list[tuple[bytes, int]]:
    with sqlite3.connect(cache / "results.sqlite3") as db:
        rows = db.execute("SELECT key, status FROM entries").fetchall()
    db.close()
    return rows


def _edit(cache: Path, statement: str, *values: object) -> None:
    db = sqlite3.connect(cache / "results.sqlite3")
    with db:
        db.execute(statement, values)
    db.close()


@pytest.mark.parametrize("command", ["lint", "validate"])
def test_an_entry_edited_to_pass_changes_no_verdict(
    run_cli: RunCli, newsroom: Newsroom, command: str
) -> None:
    args = (command, "--output-format", "concise", "briefs")
    expected = fresh(run_cli, *args)
    assert expected[0] == 1
    run_cli(*args)
    _edit(
        newsroom.cache,
        "UPDATE entries SET status = 0, detail = NULL",  # a clean pass: no findings
    )
    forged = run_cli(*args)
    assert (forged.exit_code, forged.stdout) == expected
    assert "failed the integrity check" in forged.stderr
    again = run_cli(*args)  # the entries were replaced: nothing more to say
    assert (again.exit_code, again.stdout) == expected
    assert again.stderr == ""


def test_a_sound_entry_copied_under_another_key_is_refused(
    run_cli: RunCli, newsroom: Newsroom
) -> None:
    """A signed entry of a passing file, moved to the failing file's key."""
    (newsroom.briefs / "parks.md").unlink()
    expected = fresh(run_cli, *LINT)
    run_cli(*LINT)
    rows = _entries(newsroom.cache)
    assert sorted(status for _, status in rows) == [0, 1]  # valid, invalid
    failing = next(key for key, status in rows if status == 1)
    passing = next(key for key, status in rows if status == 0)
    _edit(newsroom.cache, "DELETE FROM entries WHERE key = ?", failing)
    _edit(newsroom.cache, "UPDATE entries SET key = ? WHERE key = ?", failing, passing)
    forged = run_cli(*LINT)
    assert (forged.exit_code, forged.stdout) == expected
    assert "1 cache entry failed the integrity check" in forged.stderr


def test_a_cache_signed_by_another_key_is_not_trusted(
    run_cli: RunCli, newsroom: Newsroom, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A cache folder committed from another machine: signed, but not with this user's key."""
    run_cli(*LINT)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    _edit(newsroom.cache, "UPDATE entries SET status = 0, detail = NULL")
    result = run_cli(*LINT)
    assert (result.exit_code, result.stdout) == fresh(run_cli, *LINT)
    assert "3 cache entries failed the integrity check" in result.stderr


def test_edited_diagnostics_are_caught_when_they_are_read(
    run_cli: RunCli, newsroom: Newsroom
) -> None:
    """The JSON report reads the stored diagnostics, which the signature covers."""
    args = ("lint", "--output-format", "json", "briefs")
    run_cli(*args)
    with sqlite3.connect(newsroom.cache / "results.sqlite3") as db:
        rows = db.execute("SELECT id, findings FROM details").fetchall()
    db.close()
    assert rows
    for row, findings in rows:  # the same findings but the last, compressed as smartbrev does
        fewer = json.dumps(json.loads(zlib.decompress(findings))[:-1])
        edited = zlib.compress(fewer.encode())
        _edit(newsroom.cache, "UPDATE details SET findings = ? WHERE id = ?", edited, row)
    result = run_cli(*args)
    assert (result.exit_code, result.stdout) == fresh(run_cli, *args)
    assert "failed the integrity check" in result.stderr


def test_the_key_lives_in_the_users_cache_home_not_the_repository(
    run_cli: RunCli, newsroom: Newsroom
) -> None:
    run_cli(*LINT)
    key = newsroom.key_home / "smartbrev" / "cache-key"
    assert key.stat().st_mode & 0o777 == 0o600
    assert len(key.read_bytes()) == 32
    assert key.read_bytes() not in b"".join(p.read_bytes() for p in newsroom.cache.iterdir())


@pytest.mark.parametrize("problem", ["link", "shared"])
def test_a_key_that_is_a_link_or_readable_by_others_is_not_used(
    run_cli: RunCli, newsroom: Newsroom, tmp_path: Path, problem: str
) -> None:
    folder = newsroom.key_home / "smartbrev"
    folder.mkdir(parents=True)
    planted = tmp_path / "planted-key"
    planted.write_bytes(b"k" * 32)
    if problem == "link":
        (folder / "cache-key").symlink_to(planted)
    else:
        (folder / "cache-key").write_bytes(b"k" * 32)
        (folder / "cache-key").chmod(0o644)
    result = run_cli(*LINT)
    assert (result.exit_code, result.stdout) == fresh(run_cli, *LINT)
    assert "cache-key" in result.stderr
    assert not (newsroom.cache / "results.sqlite3").exists()
