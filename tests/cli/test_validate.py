"""`smartbrev validate` as CI pipelines and editors use it."""

from __future__ import annotations

import codecs
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RunCli
from tests.readers.test_data_readers import BILLION_LAUGHS

GOOD = json.dumps(
    {
        "schema_version": "1.0",
        "lede": "The council approved the budget.",
        "blocks": [],
    }
)
INVALID = '{\n  "schema_version": "1.0",\n  "ledee": "x",\n  "lede": "y",\n  "blocks": []\n}\n'

BAD_INPUTS: dict[str, bytes] = {
    "malformed.json": b'{"schema_version": "1.0",\n "lede": }',
    "malformed.yaml": b"lede: [unclosed\nblocks: x\n",
    "empty.json": b"",
    "invalid-utf8.json": b'{"lede": "caf\xe9"}',
    "binary.json": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "duplicate.json": b'{"lede": "a", "lede": "b"}',
    "list.json": b"[1, 2, 3]",
    "string.yaml": b"just a sentence\n",
    "deep.json": b"[" * 100_000 + b"]" * 100_000,
    "deep.yaml": b"[" * 100_000 + b"]" * 100_000,
    "bomb.yaml": BILLION_LAUGHS.encode(),
    "python-tag.yaml": b"lede: !!python/object/apply:os.system ['echo pwned']\n",
}


def _one_line_per_problem(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if ": error[" in line]


def test_valid_examples(run_cli: RunCli, examples_dir: Path) -> None:
    result = run_cli("validate", str(examples_dir))
    assert result.exit_code == 0, result.output
    count = len([p for p in examples_dir.iterdir() if p.is_file()])
    assert result.stdout.strip() == f"{count} files checked: {count} valid, 0 invalid"


def test_invalid_file_exits_1_with_full_diagnostic(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(INVALID)
    result = run_cli("validate", str(path))
    assert result.exit_code == 1
    assert "error[SB012] unexpected-field: unexpected field `ledee`; did you mean `lede`?" in (
        result.stdout
    )
    assert f" --> {path}:3:3" in result.stdout
    assert '3 |   "ledee": "x",' in result.stdout
    assert "  |   ^^^^^^^" in result.stdout
    assert "help: fields allowed here:" in result.stdout
    assert result.stdout.rstrip().endswith("1 file checked: 0 valid, 1 invalid")


def test_concise_format(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(INVALID)
    result = run_cli("validate", "--output-format", "concise", str(path))
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{path}:3:3: error[SB012] unexpected-field: unexpected field `ledee`; did you mean `lede`?"
    )
    assert lines[-1] == "1 file checked: 0 valid, 1 invalid"


def test_json_format_is_versioned_and_complete(run_cli: RunCli, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(INVALID)
    good = tmp_path / "good.json"
    good.write_text(GOOD)
    result = run_cli("validate", "--output-format", "json", str(good), str(bad))
    report = json.loads(result.stdout)
    assert report["format_version"] == 1
    assert report["summary"] == {"checked": 2, "valid": 1, "invalid": 1, "unusable": 0}
    assert [f["status"] for f in report["files"]] == ["valid", "invalid"]
    (diagnostic,) = report["diagnostics"]
    assert diagnostic["code"] == "SB012"
    assert (diagnostic["line"], diagnostic["column"]) == (3, 3)
    assert diagnostic["pointer"] == "/ledee"
    assert diagnostic["url"].endswith("sb012-unexpected-field")


def test_bad_inputs_each_get_one_line_and_the_run_goes_on(run_cli: RunCli, tmp_path: Path) -> None:
    paths = []
    for name, raw in BAD_INPUTS.items():
        (tmp_path / name).write_bytes(raw)
        paths.append(str(tmp_path / name))
    good = tmp_path / "good.json"
    good.write_text(GOOD)
    result = run_cli(
        "validate", "--output-format", "concise", *paths, str(good), str(tmp_path / "absent.json")
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    problems = _one_line_per_problem(result.stdout)
    reported = {line.split(":")[0] for line in problems}
    assert reported == {*paths, str(tmp_path / "absent.json")}
    assert len(problems) == len(BAD_INPUTS) + 1
    total = len(BAD_INPUTS) + 2
    assert result.stdout.splitlines()[-1] == (
        f"{total} files checked: 1 valid, 0 invalid, {total - 1} unreadable"
    )


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("malformed.json", ":2:10: error[SB002] invalid-syntax: invalid JSON: Expecting value"),
        ("empty.json", ": error[SB001] unreadable-file: file is empty"),
        (
            "invalid-utf8.json",
            ":1:14: error[SB001] unreadable-file: invalid UTF-8 at byte offset 13",
        ),
        ("binary.json", "looks like a binary file"),
        ("duplicate.json", ":1:15: error[SB003] duplicate-key: duplicate key `lede`"),
        ("list.json", "the top level must be an object of fields (a mapping), not a list"),
        ("string.yaml", "not a string"),
        ("deep.json", "error[SB004] input-too-large: nesting is deeper than the limit"),
        ("deep.yaml", "error[SB004] input-too-large: nesting is deeper than the limit"),
        ("bomb.yaml", "error[SB004] input-too-large: YAML aliases expand to more than"),
        ("python-tag.yaml", "error[SB005] unsupported-yaml-tag: unsupported YAML tag"),
        ("malformed.yaml", "error[SB002] invalid-syntax: invalid YAML:"),
    ],
)
def test_each_bad_input_message(run_cli: RunCli, tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(BAD_INPUTS[name])
    result = run_cli("validate", "--output-format", "concise", str(path))
    assert result.exit_code == 2
    (line,) = _one_line_per_problem(result.stdout)
    assert line.startswith(str(path))
    assert message in line


def test_file_over_the_size_limit(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as out:
        out.write(b'{"lede": "')
        out.write(b"x" * (11 * 1024 * 1024))
        out.write(b'"}')
    result = run_cli("validate", "--output-format", "concise", str(path))
    assert result.exit_code == 2
    assert "over the 10 MiB limit" in result.stdout


def test_directory_without_briefings(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "notes.rst").write_text("hello")
    result = run_cli("validate", str(tmp_path))
    assert result.exit_code == 2
    assert "no briefing files found" in result.stdout


def test_directories_are_searched_recursively_skipping_hidden(
    run_cli: RunCli, tmp_path: Path
) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.yml").write_text("schema_version: '1.0'\nlede: x\nblocks: []\n")
    (tmp_path / "top.json").write_text(GOOD)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "ignored.json").write_text("not json")
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "pkg.json").write_text("{}")
    result = run_cli("validate", str(tmp_path))
    assert result.exit_code == 0, result.stdout
    assert "2 files checked: 2 valid" in result.stdout


def test_unknown_and_missing_schema_version(run_cli: RunCli, tmp_path: Path) -> None:
    unknown = tmp_path / "unknown.json"
    unknown.write_text('{"schema_version": "7.3", "lede": "x", "blocks": []}')
    missing = tmp_path / "missing.json"
    missing.write_text('{"lede": "x", "blocks": []}')
    result = run_cli("validate", "--output-format", "concise", str(unknown), str(missing))
    assert result.exit_code == 1
    assert 'unknown schema_version "7.3"; known versions: 1.0, 1.1' in result.stdout
    assert (
        f"{missing}:1:1: error[SB011] missing-field: missing required field `schema_version`"
        in (result.stdout)
    )


def test_schema_version_override(run_cli: RunCli, examples_dir: Path) -> None:
    newer = examples_dir / "harbor-bridge.json"
    assert run_cli("validate", str(newer)).exit_code == 0
    result = run_cli("validate", "--schema-version", "1.0", str(newer))
    assert result.exit_code == 1
    assert "unexpected field `dateline`" in result.stdout
    assert run_cli("validate", "--schema-version", "9.9", str(newer)).exit_code == 2


def test_stdin_with_format(run_cli: RunCli) -> None:
    result = run_cli("validate", "--stdin-format", "json", "-", input=INVALID)
    assert result.exit_code == 1
    assert " --> -:3:3" in result.stdout


def test_stdin_filename_names_the_input_and_implies_its_format(run_cli: RunCli) -> None:
    yaml_text = "schema_version: '1.0'\nlede: x\nblocks: []\nextra: 1\n"
    result = run_cli(
        "validate",
        "--stdin-filename",
        "drafts/brief.yaml",
        "--output-format",
        "concise",
        "-",
        input=yaml_text,
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("drafts/brief.yaml:4:1: error[SB012]")


@pytest.mark.parametrize("command", ["validate", "lint"])
@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (GOOD, None),
        (INVALID, "-:3:3: error[SB012] unexpected-field"),
        ("schema_version: '1.0'\nlede: x\nblocks: []\nextra: 1\n", "-:4:1: error[SB012]"),
        ("<html><body><p>A lede.</p><h2>Why it matters</h2><p>X.</p></body></html>", None),
        ("# Budget\n\nThe council voted.\n\n**Why it matters:** Taxes.\n\nBy Ana Ortiz\n", None),
        ("Budget\n\nThe council voted.\n\nWhy it matters:\nTaxes.\n\nBy Ana Ortiz\n", None),
    ],
)
def test_stdin_format_is_told_from_content(
    run_cli: RunCli, command: str, text: str, problem: str | None
) -> None:
    isolated = ("--isolated",) if command == "lint" else ()
    result = run_cli(command, "-", *isolated, "--output-format", "concise", input=text)
    # Read as the right format, a text has no input or schema errors but those it has.
    errors = [line for line in result.stdout.splitlines() if "error[SB0" in line]
    if problem is None:
        assert errors == [], result.stdout
        assert result.exit_code == 0 or command == "lint"  # lint asks for more than a lede
    else:
        assert errors[0].startswith(problem) and result.exit_code == 1, result.stdout


@pytest.mark.parametrize(
    ("command", "flags"),
    [
        (("validate",), "--stdin-format or --stdin-filename"),
        (("lint", "--isolated"), "--stdin-format or --stdin-filename"),
        (("stats",), "--stdin-format or --stdin-filename"),
        (("convert", "--to", "json"), "--from or --stdin-filename"),
        (("migrate", "--to", "1.1"), "--stdin-format"),
    ],
)
def test_stdin_that_cannot_be_told_names_the_commands_own_flags(
    run_cli: RunCli, command: tuple[str, ...], flags: str
) -> None:
    result = run_cli(*command, "-", input="[1, 2]")
    assert result.exit_code == 2
    said = result.stdout + result.stderr
    assert f"cannot tell the format of standard input from its content; name it with {flags}" in (
        said
    ), said
    if flags.endswith("--stdin-filename"):
        assert "--from" not in said if command[0] != "convert" else "--stdin-format" not in said


def test_empty_stdin_is_reported_as_empty(run_cli: RunCli) -> None:
    result = run_cli("validate", "-", input="")
    assert result.exit_code == 2
    assert "file is empty" in result.stdout


def test_unknown_option_is_a_usage_error(run_cli: RunCli) -> None:
    result = run_cli("validate", "--no-such-option", "x.json")
    assert result.exit_code == 2
    assert "No such option" in result.stderr


def test_quiet_drops_the_summary(run_cli: RunCli, examples_dir: Path) -> None:
    result = run_cli("validate", "-q", str(examples_dir))
    assert result.exit_code == 0
    assert result.stdout == ""


def test_bom_file_is_valid(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(codecs.BOM_UTF8 + GOOD.encode())
    assert run_cli("validate", str(path)).exit_code == 0


def _smartbrev(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "smartbrev", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_module_entry_point_survives_hostile_files(tmp_path: Path) -> None:
    """A real process: a crash in a C parser would show here as a signal, not an exit code."""
    for name in ("deep.yaml", "deep.json", "bomb.yaml"):
        (tmp_path / name).write_bytes(BAD_INPUTS[name])
    result = _smartbrev("validate", "--output-format", "concise", str(tmp_path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(_one_line_per_problem(result.stdout)) == 3


def test_console_script_is_installed() -> None:
    script = shutil.which("smartbrev", path=str(Path(sys.executable).parent))
    assert script is not None
    result = subprocess.run(
        [script, "--version"], capture_output=True, text=True, check=False, timeout=60
    )
    assert result.returncode == 0
    assert result.stdout.startswith("smartbrev, version ")


def test_gitignore_and_exclude_are_honoured(run_cli: RunCli, tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "wip.json").write_text("not json")
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "a.json").write_text("not json either")
    (tmp_path / "b.tmp.json").write_text("{")
    (tmp_path / "good.json").write_text(GOOD)
    (tmp_path / ".gitignore").write_text("drafts/\n*.tmp.json\n")
    result = run_cli("validate", "--exclude", "old/", str(tmp_path))
    assert result.exit_code == 0, result.stdout
    assert "1 file checked: 1 valid" in result.stdout
    named = run_cli("validate", str(tmp_path / "drafts" / "wip.json"))
    assert named.exit_code == 2, "a file named on the command line is always checked"
