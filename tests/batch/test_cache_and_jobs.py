"""The content cache and the process pool: same answers, faster, never stale."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing

DRAFT = briefing("**Why it matters:** A very big deal, arguably.")


@pytest.fixture
def cached(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("SMARTBREV_NO_CACHE", raising=False)
    folder = tmp_path / "cache"
    monkeypatch.setenv("SMARTBREV_CACHE_DIR", str(folder))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    return folder


@pytest.fixture
def drafts(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for number in range(12):
        (folder / f"d{number:02}.md").write_text(DRAFT.replace("deal", f"deal {number}"))
    for example in examples_dir.iterdir():
        shutil.copy(example, folder / example.name)
    (folder / "broken.json").write_text("{")
    return folder


def test_warm_cache_gives_the_same_report(run_cli: RunCli, cached: Path, drafts: Path) -> None:
    for command in ("lint", "validate"):
        first = run_cli(command, "--output-format", "json", str(drafts))
        second = run_cli(command, "--output-format", "json", str(drafts))
        assert first.exit_code == second.exit_code == 2
        assert json.loads(first.stdout) == json.loads(second.stdout)
    import sqlite3

    with sqlite3.connect(cached / "results.sqlite3") as db:
        (count,) = db.execute("SELECT count(*) FROM entries").fetchone()
    assert count > 12
    assert (cached / "CACHEDIR.TAG").is_file()
    assert (cached / ".gitignore").read_text().strip().endswith("*")


def test_a_changed_file_is_checked_again(run_cli: RunCli, cached: Path, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(DRAFT)
    assert "SB502" in run_cli("lint", str(path)).stdout
    path.write_text(DRAFT.replace("very ", ""))
    assert "SB502" not in run_cli("lint", str(path)).stdout


def test_changed_settings_are_not_served_from_the_cache(
    run_cli: RunCli, cached: Path, tmp_path: Path
) -> None:
    path = tmp_path / "d.md"
    path.write_text(DRAFT)
    assert "SB502" in run_cli("lint", str(path)).stdout
    (tmp_path / "smartbrev.toml").write_text('ignore = ["weak-intensifiers"]\n')
    assert "SB502" not in run_cli("lint", str(path)).stdout
    assert "SB502" in run_cli("lint", "--isolated", str(path)).stdout


def test_fixable_marks_survive_the_cache(run_cli: RunCli, cached: Path, tmp_path: Path) -> None:
    path = tmp_path / "q.md"
    path.write_text(briefing('**Why it matters:** "Yes," she said.'))
    first = run_cli("lint", "--output-format", "concise", str(path)).stdout
    assert first == run_cli("lint", "--output-format", "concise", str(path)).stdout
    assert "[*]" in first


def test_a_damaged_entry_is_ignored(run_cli: RunCli, cached: Path, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(DRAFT)
    expected = run_cli("lint", str(path)).stdout
    import sqlite3

    with sqlite3.connect(cached / "results.sqlite3") as db:
        db.execute("UPDATE details SET head = X'789c0bc9c82c56c82c56c8cb2f5148cc4b4c2e0600'")
    assert run_cli("lint", str(path)).stdout == expected
    for damaged in cached.glob("results.sqlite3*"):
        damaged.write_bytes(b"this is not a database")
    assert run_cli("lint", str(path)).stdout == expected


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE details SET head = substr(head, 1, length(head) - 3)",
        "UPDATE details SET findings = substr(findings, 1, length(findings) - 3)",
        "DELETE FROM details",
        "UPDATE entries SET detail = NULL",  # passed off as a clean result
        "UPDATE entries SET status = 'bogus'",
        "UPDATE entries SET status = 0",
        "UPDATE entries SET mac = zeroblob(16)",
    ],
)
def test_a_partly_damaged_entry_is_shown_afresh(
    run_cli: RunCli, cached: Path, tmp_path: Path, damage: str
) -> None:
    path = tmp_path / "d.md"
    path.write_text(DRAFT)
    expected = run_cli("lint", "--output-format", "concise", str(path))
    import sqlite3

    with sqlite3.connect(cached / "results.sqlite3") as db:
        db.execute(damage)
    again = run_cli("lint", "--output-format", "concise", str(path))
    assert (again.stdout, again.exit_code) == (expected.stdout, expected.exit_code)
    with sqlite3.connect(cached / "results.sqlite3") as db:  # replaced, findings and all
        assert db.execute("SELECT count(*) FROM entries").fetchone() == (1,)
        assert db.execute(
            "SELECT count(*) FROM details WHERE id = (SELECT detail FROM entries)"
        ).fetchone() == (1,)
    db.close()
    # What an edit left behind goes when the cache is next over its budget.
    run_cli("lint", "--cache-max-size", "1", str(path))
    with sqlite3.connect(cached / "results.sqlite3") as db:
        assert db.execute("SELECT count(*) FROM details").fetchone() == (1,)
    db.close()


def test_a_remembered_report_is_reused_only_for_the_same_report_and_file(
    run_cli: RunCli, cached: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text(DRAFT)
    second.write_text(DRAFT)  # the same bytes: one cache entry
    for output_format in ("concise", "full", "github", "concise", "json"):
        for path in (first, second, first):
            warm = run_cli("lint", "--output-format", output_format, str(path))
            cold = run_cli("lint", "--no-cache", "--output-format", output_format, str(path))
            assert warm.stdout == cold.stdout
            assert str(path) in warm.stdout
    colored = run_cli("lint", "--color", "always", "--output-format", "full", str(first))
    assert "\x1b[" in colored.stdout


def test_a_result_is_keyed_by_the_bytes_the_worker_read(tmp_path: Path) -> None:
    from smartbrev.batch.cache import key_of
    from smartbrev.batch.runner import _perform_keyed
    from smartbrev.readers.decode import DEFAULT_LIMITS
    from smartbrev.validate_run import ValidateCheck

    path = tmp_path / "doc.json"
    path.write_text('{"schema_version": "1.0", "lede": "Changed since.", "blocks": []}')
    result, key, entry = _perform_keyed(ValidateCheck(), DEFAULT_LIMITS, (str(path), b"salt"))
    assert key == key_of(path.read_bytes(), b"salt")
    assert entry is not None and entry.status == result.status.value == "valid"


def test_any_change_to_the_code_starts_a_fresh_cache(tmp_path: Path) -> None:
    import os

    from smartbrev.batch.cache import code_stamp

    (tmp_path / "rules").mkdir()
    module = tmp_path / "rules" / "rule.py"
    module.write_text("LIMIT = 30\n")
    (tmp_path / "notes.txt").write_text("not code")
    first = code_stamp(str(tmp_path))
    assert code_stamp(str(tmp_path)) == first
    (tmp_path / "notes.txt").write_text("still not code")
    assert code_stamp(str(tmp_path)) == first
    module.write_text("LIMIT = 40\n")  # same size: the time tells
    os.utime(module, ns=(1_000_000_000, 1_000_000_000))
    second = code_stamp(str(tmp_path))
    assert second != first
    module.write_text("LIMIT = 400\n")
    os.utime(module, ns=(1_000_000_000, 1_000_000_000))
    assert code_stamp(str(tmp_path)) not in (first, second)


def test_a_cached_lint_without_configuration_never_loads_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    monkeypatch.delenv("SMARTBREV_NO_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "home-cache"))
    path = tmp_path / "d.md"
    path.write_text(DRAFT)
    code = (
        "import sys\nfrom smartbrev.cli import main\n"
        f"sys.argv = ['smartbrev', 'lint', '--output-format', 'concise', {str(path)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "loaded = ('smartbrev.lint.registry', 'smartbrev.readers.markdown_reader',"
        " 'jsonschema_rs')\n"
        "print('|', ','.join(m for m in loaded if m in sys.modules))\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False
        )
        for _ in range(2)
    ]
    first, second = (run.stdout.rpartition("| ") for run in runs)
    assert first[0] == second[0] and "SB502" in first[0]  # the same report, from the cache
    assert "smartbrev.lint.registry" in first[2]
    assert second[2].strip() == ""


def test_no_cache_writes_nothing(run_cli: RunCli, cached: Path, tmp_path: Path) -> None:
    path = tmp_path / "d.md"
    path.write_text(DRAFT)
    run_cli("lint", "--no-cache", str(path))
    assert not cached.exists()


def test_fixing_never_uses_the_cache(run_cli: RunCli, cached: Path, tmp_path: Path) -> None:
    path = tmp_path / "q.md"
    original = briefing('**Why it matters:** "Yes," she said.')
    path.write_text(original)
    run_cli("lint", str(path))
    run_cli("lint", "--fix", str(path))
    assert "“Yes,”" in path.read_text()


@pytest.mark.parametrize("command", ["lint", "validate"])
def test_jobs_keep_the_order_and_the_answers(run_cli: RunCli, drafts: Path, command: str) -> None:
    serial = run_cli(command, "-j", "1", "--output-format", "concise", str(drafts))
    parallel = run_cli(command, "-j", "2", "--output-format", "concise", str(drafts))
    assert serial.exit_code == parallel.exit_code == 2
    assert serial.stdout == parallel.stdout


@pytest.mark.parametrize("command", ["lint", "validate"])
def test_many_windows_keep_the_order(
    run_cli: RunCli, drafts: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smartbrev.batch import runner

    serial = run_cli(command, "-j", "1", "--output-format", "concise", str(drafts))
    monkeypatch.setattr(runner, "WINDOW", 5)  # several windows in flight at once
    parallel = run_cli(command, "-j", "2", "--output-format", "concise", str(drafts))
    assert serial.stdout == parallel.stdout
    assert serial.stdout.count("broken.json") == 1


def test_bad_jobs_value(run_cli: RunCli, drafts: Path) -> None:
    result = run_cli("lint", "-j", "many", str(drafts))
    assert result.exit_code == 2
    assert "is not a number of workers or auto" in result.stderr


def test_corrupted_files_among_many_are_reported_and_the_rest_checked(
    run_cli: RunCli, tmp_path: Path, examples_dir: Path
) -> None:
    good = (examples_dir / "transit-fares.json").read_bytes()
    folder = tmp_path / "archive"
    folder.mkdir()
    for number in range(297):
        (folder / f"b{number:03}.json").write_bytes(good)
    (folder / "bad-utf8.json").write_bytes(good.replace(b"Riverton", b"Riv\xe9rton"))
    (folder / "truncated.json").write_bytes(good[: len(good) // 2])
    (folder / "empty.json").write_bytes(b"")
    result = run_cli("validate", "-j", "2", "--output-format", "concise", str(folder))
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[-1] == "300 files checked: 297 valid, 0 invalid, 3 unreadable"
    reported = sorted(line.split(":")[0].rsplit("/", 1)[-1] for line in lines[:-1])
    assert reported == ["bad-utf8.json", "empty.json", "truncated.json"]


def test_interrupting_a_run_exits_130_without_a_traceback(
    run_cli: RunCli, drafts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr("smartbrev.validate_run.run_checks", interrupted)
    result = run_cli("validate", str(drafts))
    assert result.exit_code == 130
    assert "interrupted" in result.stderr
    assert "Traceback" not in result.output
