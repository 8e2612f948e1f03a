"""A damaged, truncated or shared cache gives the reports a run without a cache gives:
damage is detected, said once, and the cache rebuilt."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.hostile.newsroom import Newsroom, fresh
from tests.lint.helpers import briefing

REPORTS = ("full", "concise", "json", "sarif", "github", "junit")


def _more_drafts(newsroom: Newsroom, count: int) -> None:
    for number in range(count):
        (newsroom.briefs / f"item-{number:02}.md").write_text(
            briefing(f"**Why it matters:** A very big deal for {number} families, arguably."),
            encoding="utf-8",
        )


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("report", ["concise", "json"])
def test_random_byte_flips_are_never_served(
    run_cli: RunCli, newsroom: Newsroom, seed: int, report: str
) -> None:
    _more_drafts(newsroom, 12)
    args = ("lint", "--output-format", report, "briefs")
    expected = fresh(run_cli, *args)
    run_cli(*args)
    database = newsroom.cache / "results.sqlite3"
    data = bytearray(database.read_bytes())
    chance = random.Random(seed)
    for _ in range(200):
        data[chance.randrange(len(data))] ^= 1 << chance.randrange(8)
    database.write_bytes(bytes(data))
    damaged = run_cli(*args)
    assert (damaged.exit_code, damaged.stdout) == expected
    after = run_cli(*args)
    assert (after.exit_code, after.stdout) == expected


@pytest.mark.parametrize("keep", [0.5, 0.02])
def test_a_truncated_cache_is_detected_said_once_and_rebuilt(
    run_cli: RunCli, newsroom: Newsroom, keep: float
) -> None:
    _more_drafts(newsroom, 12)
    expected = fresh(run_cli, "lint", "briefs")
    run_cli("lint", "briefs")
    database = newsroom.cache / "results.sqlite3"
    data = database.read_bytes()
    database.write_bytes(data[: int(len(data) * keep)])
    damaged = run_cli("lint", "briefs")
    assert (damaged.exit_code, damaged.stdout) == expected
    assert damaged.stderr.count("smartbrev: note:") == 1
    assert "rebuilt" in damaged.stderr
    with sqlite3.connect(database) as db:
        (count,) = db.execute("SELECT count(*) FROM entries").fetchone()
    db.close()
    assert count == 15  # every file, remembered again
    again = run_cli("lint", "briefs")
    assert (again.exit_code, again.stdout, again.stderr) == (*expected, "")


@pytest.mark.parametrize("report", REPORTS)
@pytest.mark.parametrize("color", ["always", "never"])
def test_a_cached_report_is_byte_identical_to_a_fresh_one(
    run_cli: RunCli,
    newsroom: Newsroom,
    report: str,
    color: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # SARIF and JUnit record times
    args = ("lint", "--output-format", report, "--color", color, "briefs")
    expected = fresh(run_cli, *args)
    first, second = run_cli(*args), run_cli(*args)
    assert (first.exit_code, first.stdout) == expected
    assert (second.exit_code, second.stdout) == expected
    assert second.stderr == ""


def _lint_at_once(root: Path, count: int, *extra: str) -> list[tuple[int, str, str]]:
    command = [sys.executable, "-m", "smartbrev", "lint", "-j", "2", *extra, "briefs"]
    runs = [
        subprocess.Popen(command, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(count)
    ]
    outcomes = []
    for run in runs:
        out, err = run.communicate(timeout=120)
        outcomes.append((run.returncode, out.decode(), err.decode()))
    return outcomes


def test_runs_sharing_one_cache_give_the_reports_of_no_cache(
    run_cli: RunCli, newsroom: Newsroom
) -> None:
    _more_drafts(newsroom, 30)
    expected = fresh(run_cli, "lint", "briefs")
    for extra in ((), ("--output-format", "json")):
        expected = fresh(run_cli, "lint", *extra, "briefs")
        for returncode, out, err in _lint_at_once(newsroom.root, 2, *extra):
            assert (returncode, out) == expected, err
            assert err == ""
    with sqlite3.connect(newsroom.cache / "results.sqlite3") as db:
        (count,) = db.execute("SELECT count(*) FROM entries").fetchone()
    db.close()
    assert count == 33
