"""The cache at archive scale: clean results stored as a verdict, no count limit, a size
budget the user sets, and eviction that never drops a result the current run needed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from smartbrev.batch.cache_budget import live_size, parse_size
from tests.conftest import RunCli
from tests.lint.helpers import briefing


@pytest.fixture
def cached(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("SMARTBREV_NO_CACHE", raising=False)
    folder = tmp_path / "cache"
    monkeypatch.setenv("SMARTBREV_CACHE_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    return folder


def _drafts(folder: Path, count: int, word: str) -> Path:
    folder.mkdir(parents=True)
    for number in range(count):
        text = briefing(f"**Why it matters:** A very big {word} for {number} families, arguably.")
        (folder / f"{word}-{number:03}.md").write_text(text, encoding="utf-8")
    return folder


def _rows(cache: Path) -> list[tuple[bytes, int, int, bytes, int | None]]:
    with sqlite3.connect(cache / "results.sqlite3") as db:
        rows = db.execute("SELECT key, status, used, mac, detail FROM entries").fetchall()
    db.close()
    return rows


def _orphans(cache: Path) -> int:
    with sqlite3.connect(cache / "results.sqlite3") as db:
        (count,) = db.execute(
            "SELECT count(*) FROM details WHERE id NOT IN (SELECT detail FROM entries "
            "WHERE detail IS NOT NULL)"
        ).fetchone()
    db.close()
    return int(count)


def _size(cache: Path) -> int:
    db = sqlite3.connect(cache / "results.sqlite3")
    try:
        return live_size(db)
    finally:
        db.close()


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("800000", 800_000),
        ("500MB", 500_000_000),
        ("500 mb", 500_000_000),
        ("2GiB", 2 * 1024**3),
        ("1.5g", 1_500_000_000),
        ("64KiB", 65_536),
    ],
)
def test_sizes_are_read_as_people_write_them(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "lots", "5 parsecs", "-1GB", "1e9"])
def test_a_size_that_is_none_is_refused_with_what_is_accepted(text: str) -> None:
    with pytest.raises(ValueError, match=r"not a size.*500MB"):
        parse_size(text)


def test_the_command_line_refuses_a_bad_size_in_one_line(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(briefing("**Why it matters:** Fares stay flat."))
    result = run_cli("lint", "--cache-max-size", "lots", str(path))
    assert result.exit_code == 2
    assert "--cache-max-size" in result.stderr and "not a size" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_clean_result_is_a_verdict_and_a_finding_keeps_its_findings(
    run_cli: RunCli, cached: Path, tmp_path: Path, examples_dir: Path
) -> None:
    clean = tmp_path / "clean.json"
    clean.write_bytes((examples_dir / "transit-fares.json").read_bytes())
    assert run_cli("validate", str(clean)).exit_code == 0
    [(key, status, _, mac, detail)] = _rows(cached)
    assert (len(key), status, len(mac), detail) == (32, 0, 16, None)
    drafts = _drafts(tmp_path / "briefs", 3, "deal")
    first = run_cli("lint", "--output-format", "json", str(drafts))
    assert sorted(detail is None for *_, detail in _rows(cached)) == [False, False, False, True]
    second = run_cli("lint", "--output-format", "json", str(drafts))
    assert json.loads(second.stdout) == json.loads(first.stdout)


def test_a_thousand_clean_results_take_tens_of_bytes_each(
    run_cli: RunCli, cached: Path, tmp_path: Path, examples_dir: Path
) -> None:
    source = json.loads((examples_dir / "transit-fares.json").read_text(encoding="utf-8"))
    folder = tmp_path / "archive"
    folder.mkdir()
    for number in range(1000):
        source["lede"] = f"Fares stay flat for the {number}th month in a row."
        (folder / f"b{number:04}.json").write_text(json.dumps(source), encoding="utf-8")
    assert run_cli("validate", "-q", str(folder)).exit_code == 0
    rows = _rows(cached)
    assert len(rows) == 1000 and all(detail is None for *_, detail in rows)
    assert _size(cached) / 1000 < 100  # bytes per result, pages and index included


def test_over_budget_the_results_no_recent_run_needed_go_first(
    run_cli: RunCli, cached: Path, tmp_path: Path
) -> None:
    first = _drafts(tmp_path / "first", 40, "deal")
    second = _drafts(tmp_path / "second", 40, "plan")
    expected = run_cli("lint", "--no-cache", "--output-format", "concise", str(second)).stdout
    run_cli("lint", str(first))
    budget = int(_size(cached) * 1.5)  # room for one folder's results, not two
    result = run_cli("lint", "--cache-max-size", str(budget), str(second))
    assert result.stderr == ""
    assert _size(cached) <= budget
    assert (cached / "results.sqlite3").stat().st_size <= budget  # the disk given back too
    assert _orphans(cached) == 0  # the findings of evicted results went with them
    runs = [used for _, _, used, _, _ in _rows(cached)]
    assert runs.count(2) == 40 and runs.count(1) < 40  # the first run's results went first
    # The second folder is still warm: the same report, and every result found again.
    warm = run_cli(
        "lint", "--cache-max-size", str(budget), "--output-format", "concise", str(second)
    )
    assert warm.stdout == expected
    assert [used for _, _, used, _, _ in _rows(cached)].count(3) == 0  # nothing stored anew


def test_a_run_that_needs_more_than_the_budget_keeps_all_it_needed_and_says_so(
    run_cli: RunCli, cached: Path, tmp_path: Path
) -> None:
    first = _drafts(tmp_path / "both" / "first", 40, "deal")
    _drafts(tmp_path / "both" / "second", 40, "plan")
    run_cli("lint", str(first))
    budget = int(_size(cached) * 1.5)
    result = run_cli("lint", "--cache-max-size", str(budget), str(tmp_path / "both"))
    assert len(_rows(cached)) == 80  # found (the first folder) and stored (the second): kept
    assert result.stderr.count("smartbrev: note:") == 1
    assert "over the cache's budget" in result.stderr and "--cache-max-size" in result.stderr
    # A later run that needs only the second folder brings the cache back under budget.
    run_cli("lint", "--cache-max-size", str(budget), str(tmp_path / "both" / "second"))
    assert _size(cached) <= budget
    latest = [used for _, _, used, _, _ in _rows(cached)]
    assert latest.count(max(latest)) == 40  # every result of the second folder is kept
    assert _orphans(cached) == 0
