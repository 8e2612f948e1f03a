"""`smartbrev convert` and `smartbrev stats` as people and pipelines use them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartbrev.convert import draft_words
from smartbrev.schema import store
from tests.conftest import DATA, RunCli

DRAFT = (
    "# Council passes budget\n\nThe council voted 7-2 on Tuesday.\n\n"
    "**Why it matters:** Taxes stay flat.\n\n**Go deeper:** [Budget](https://example.org/b)\n\n"
    "By Ana Ortiz\n"
)


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        ("json", f'"schema_version": "{store.LATEST}"'),
        ("yaml", f"schema_version: '{store.LATEST}'"),
        ("markdown", "**Why it matters:** Taxes stay flat."),
        ("text", "Why it matters:\n\nTaxes stay flat."),
    ],
)
def test_to_stdout(run_cli: RunCli, tmp_path: Path, fmt: str, marker: str) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    result = run_cli("convert", str(path), "--to", fmt)
    assert result.exit_code == 0, result.stderr
    assert marker in result.stdout
    assert result.stdout.endswith("\n")


def test_from_stdin_with_from(run_cli: RunCli) -> None:
    result = run_cli("convert", "-", "--from", "markdown", "--to", "json", input=DRAFT)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["headline"] == "Council passes budget"


def test_unknown_extension_needs_from(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "draft.story"
    path.write_text(DRAFT)
    result = run_cli("convert", str(path), "--to", "json")
    assert result.exit_code == 2
    assert "cannot tell the format" in result.stderr
    assert run_cli("convert", str(path), "--from", "markdown", "--to", "json").exit_code == 0


def test_output_file_is_written_atomically_and_reads_back(run_cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "draft.md"
    source.write_text(DRAFT)
    target = tmp_path / "out.txt"
    result = run_cli("convert", str(source), "--to", "text", "-o", str(target))
    assert result.exit_code == 0
    assert draft_words(target.read_text()) == draft_words(DRAFT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.md", "out.txt"]
    assert run_cli("validate", str(target)).exit_code == 0


def test_out_dir_writes_one_file_per_input(
    run_cli: RunCli, examples_dir: Path, tmp_path: Path
) -> None:
    inputs = sorted(str(p) for p in examples_dir.iterdir())
    result = run_cli("convert", *inputs, "--to", "markdown", "--out-dir", str(tmp_path / "md"))
    assert result.exit_code == 0, result.stderr
    written = sorted(p.name for p in (tmp_path / "md").iterdir())
    assert written == sorted(Path(p).stem + ".md" for p in inputs)
    assert run_cli("validate", str(tmp_path / "md")).exit_code == 0


def test_several_inputs_need_out_dir(run_cli: RunCli, examples_dir: Path) -> None:
    files = [str(p) for p in sorted(examples_dir.glob("*.json"))]
    result = run_cli("convert", *files, "--to", "yaml")
    assert result.exit_code == 2
    assert "several inputs need --out-dir" in result.stderr


def test_refuses_to_overwrite_its_input(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(DRAFT)
    result = run_cli("convert", str(path), "--to", "markdown", "-o", str(path))
    assert result.exit_code == 2
    assert "refusing to overwrite the input" in result.stderr
    assert path.read_text() == DRAFT


def test_refuses_output_that_would_change_the_briefing(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    path.write_text((DATA / "compat/1.0/valid/full.json").read_text())
    target = tmp_path / "brief.txt"
    result = run_cli("convert", str(path), "--to", "text", "-o", str(target))
    assert result.exit_code == 2
    assert "text cannot hold this briefing exactly" in result.stderr
    assert not target.exists()


def test_invalid_input_is_reported_not_converted(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"schema_version": "1.0", "blocks": []}')
    result = run_cli("convert", str(path), "--to", "markdown")
    assert result.exit_code == 1
    assert "missing required field `lede`" in result.stderr
    assert result.stdout == ""


def test_unreadable_input_does_not_stop_the_others(
    run_cli: RunCli, examples_dir: Path, tmp_path: Path
) -> None:
    result = run_cli(
        "convert",
        str(tmp_path / "absent.md"),
        str(examples_dir / "transit-fares.json"),
        "--to",
        "yaml",
        "--out-dir",
        str(tmp_path / "out"),
    )
    assert result.exit_code == 2
    assert "absent.md: no such file" in result.stderr
    assert (tmp_path / "out" / "transit-fares.yaml").is_file()
    assert "Traceback" not in result.output


def test_two_inputs_with_one_stem_do_not_overwrite_each_other(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "brief.md").write_text(DRAFT)
    (tmp_path / "b" / "brief.md").write_text(DRAFT.replace("7-2", "8-1"))
    result = run_cli(
        "convert",
        str(tmp_path / "a/brief.md"),
        str(tmp_path / "b/brief.md"),
        "--to",
        "json",
        "--out-dir",
        str(tmp_path / "out"),
    )
    assert result.exit_code == 2
    assert "is the output of both" in result.stderr
    assert "nothing was written" in result.stderr
    assert not (tmp_path / "out").exists()


def test_warnings_are_shown_and_conversion_goes_on(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "late.md"
    path.write_text(DRAFT + "\nOne more thing.\n")
    result = run_cli("convert", str(path), "--to", "json")
    assert result.exit_code == 0
    assert "warning[SB020] text-after-byline" in result.stderr
    assert "One more thing." in result.stdout


def test_stats(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    result = run_cli("stats", str(path), "--wpm", "60")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == str(path)
    assert lines[1].split() == ["headline", "3"]
    assert lines[2].split() == ["lede", "6"]  # "7-2" is one word
    assert lines[3].split() == ["Why", "it", "matters", "6"]
    assert lines[-1].split()[:3] == ["total", "21", "words,"]
    assert "21 s to read at 60 words per minute" in lines[-1]


def test_stats_json(run_cli: RunCli, examples_dir: Path) -> None:
    result = run_cli("stats", "--output-format", "json", str(examples_dir / "transit-fares.json"))
    report = json.loads(result.stdout)
    assert report["format_version"] == 1
    (entry,) = report["files"]
    words = entry["words"]
    assert words["total"] == (
        words["headline"]
        + words["lede"]
        + words["byline"]
        + sum(b["words"] for b in words["blocks"])
    )
    assert entry["words_per_minute"] == 238
    assert entry["reading_time_seconds"] == -(-words["total"] * 60 // 238)


def test_migrate_a_draft_adds_front_matter(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    result = run_cli("migrate", str(path), "--to", "1.0")
    assert result.exit_code == 0
    assert result.stdout == '---\nschema_version: "1.0"\n---\n' + DRAFT


def test_a_directory_converts_into_the_same_layout(run_cli: RunCli, tmp_path: Path) -> None:
    source = tmp_path / "briefs"
    (source / "world").mkdir(parents=True)
    (source / "local").mkdir()
    (source / "world" / "talks.md").write_text(DRAFT)
    (source / "local" / "talks.md").write_text(DRAFT.replace("7-2", "6-3"))
    (source / "notes.rst").write_text("not a briefing")
    result = run_cli("convert", str(source), "--to", "json", "--out-dir", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out" / "world" / "talks.json").is_file()
    assert "6-3" in (tmp_path / "out" / "local" / "talks.json").read_text()
    assert "2 of 2 converted" in result.stderr
    assert run_cli("convert", str(source), "--to", "json").exit_code == 2
