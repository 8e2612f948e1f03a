"""Every command's output, byte for byte, on the examples, rough drafts and the seed.

Each scenario runs one or more commands in a scratch folder holding copies of the
inputs and compares the transcript (command, exit status, standard output, standard
error, files written) with a golden file under `tests/data/golden/cli/`. A change of output
made on purpose is recorded with `pytest --update-golden`; review the diff before
committing it.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner

from smartbrev.cli import cli
from tests.conftest import DATA, EXAMPLES, SHARED

DRAFTS = DATA / "cli"
COMPAT_INVALID = DATA / "compat" / "1.0" / "invalid"
SEED = SHARED / "corpus" / "seed-briefing.txt"

WRITES = ("json", "yaml", "markdown", "text", "html", "ninjs", "ninjs-2.2")
VALIDATE_REPORTS = ("full", "concise", "json", "sarif", "github", "junit")
LINT_REPORTS = ("full", "concise", "json", "sarif", "github", "junit")

Step = tuple[str, ...]
"""Arguments of one command; ("show", FILE) prints a file the commands wrote instead."""


class Inputs:
    """The files a scenario runs on: single files, and folders to search."""

    def __init__(self, files: Sequence[str], folders: Sequence[str]) -> None:
        self.files = list(files)
        self.folders = list(folders)


def _repo_inputs(scratch: Path) -> Inputs:
    shutil.copytree(EXAMPLES, scratch / "examples")
    shutil.copytree(DRAFTS, scratch / "bad")
    shutil.copytree(COMPAT_INVALID, scratch / "compat-invalid")
    files = [f"examples/{p.name}" for p in sorted(EXAMPLES.iterdir())]
    files += [f"bad/{p.name}" for p in sorted(DRAFTS.iterdir())]
    return Inputs(files, ["examples", "bad", "compat-invalid"])


def _seed_inputs(scratch: Path) -> Inputs:
    if not SEED.is_file():
        pytest.skip("../shared/corpus/seed-briefing.txt is not present beside this checkout")
    shutil.copy(SEED, scratch / SEED.name)
    return Inputs([SEED.name], [SEED.name])


def _checks(inputs: Inputs) -> dict[str, list[Step]]:
    folders = tuple(inputs.folders)
    scenarios: dict[str, list[Step]] = {}
    for report in VALIDATE_REPORTS:
        scenarios[f"validate-{report}"] = [
            ("validate", *folders, "--output-format", report, "-j", "1")
        ]
    for report in LINT_REPORTS:
        scenarios[f"lint-{report}"] = [("lint", *folders, "--output-format", report, "-j", "1")]
    scenarios["lint-pool"] = [("lint", *folders, "--output-format", "concise", "-j", "2")]
    scenarios["validate-pool"] = [("validate", *folders, "-j", "2")]
    scenarios["lint-statistics"] = [("lint", *folders, "--statistics", "-j", "1")]
    scenarios["lint-diff"] = [("lint", *folders, "--diff", "-j", "1")]
    scenarios["lint-diff-unsafe"] = [("lint", *folders, "--diff", "--unsafe-fixes", "-j", "1")]
    scenarios["stats"] = [("stats", *folders)]
    scenarios["stats-json"] = [("stats", *folders, "--output-format", "json", "--wpm", "200")]
    for fmt in WRITES:
        scenarios[f"convert-{fmt}"] = [("convert", file, "--to", fmt) for file in inputs.files]
    scenarios["convert-html-fragment"] = [
        ("convert", file, "--to", "html", "--fragment") for file in inputs.files
    ]
    for version in ("1.0", "1.1"):
        scenarios[f"migrate-{version}"] = [
            ("migrate", file, "--to", version) for file in inputs.files
        ]
    return scenarios


def _repo_only(inputs: Inputs) -> dict[str, list[Step]]:
    draft, text = "bad/rough-draft.md", "bad/rough-draft.txt"
    return {
        "help": [
            ("--help",),
            *(
                (command, "--help")
                for command in (
                    "validate",
                    "lint",
                    "convert",
                    "stats",
                    "migrate",
                    "schema",
                    "rule",
                    "init",
                    "config",
                )
            ),
            ("--version",),
        ],
        "schema": [
            ("schema", "list"),
            ("schema", "show", "1.0"),
            ("schema", "show"),
            ("schema", "docs", "-o", "-"),
            ("schema", "docs", "--check", "-o", "missing.md"),
        ],
        "rule": [
            ("rule", "lede-too-long"),
            ("rule", "SB301"),
            ("rule", "lede-to-long"),
            ("rule",),
            ("rule", "--all"),
            ("rule", "--all", "--output-format", "json"),
            ("rule", "--output-format", "markdown"),
        ],
        "config": [
            ("init",),
            ("show", "smartbrev.toml"),
            ("init",),
            ("config", "."),
            ("config", ".", "--output-format", "json"),
            ("config", "--schema"),
            ("lint", "bad", "-j", "1", "--output-format", "concise"),
        ],
        "lint-options": [
            (
                "lint",
                "bad",
                "examples",
                "--select",
                "SB2,SB3",
                "--config",
                "rules.lede-too-long.max-words = 45",
                "--output-format",
                "concise",
            ),
            ("lint", "examples", "--ignore", "ALL", "--extend-select", "SB1"),
            ("lint", "bad", "--max-warnings", "0", "--exit-zero", "-q"),
            ("lint", "examples", "--max-warnings", "0", "--output-format", "concise"),
            ("lint", "bad", "--select", "no-such-rule"),
            ("lint", "examples", "--config", "rules.lede-too-long.max-wrds = 45"),
            ("lint", "examples", "--isolated", "-o", "report.json", "--output-format", "json"),
            ("show", "report.json"),
        ],
        "lint-fix": [
            ("lint", "bad", "--fix", "--output-format", "concise", "-j", "1"),
            ("show", draft),
            ("show", text),
            ("lint", "bad", "--fix", "--unsafe-fixes", "--output-format", "concise"),
            ("show", draft),
        ],
        "stdin": [
            ("validate", "-", "--stdin-format", "markdown", "<", draft),
            ("lint", "-", "--stdin-filename", "from-editor.txt", "<", text),
            ("convert", "-", "--stdin-filename", "piped.md", "--to", "json", "<", draft),
            ("stats", "-", "--stdin-format", "yaml", "<", "examples/library-hours.yaml"),
            ("validate", "-", "<", draft),
        ],
        "convert-out-dir": [
            ("convert", "examples", "--to", "markdown", "--out-dir", "out"),
            ("show", "out/transit-fares.md"),
            ("convert", "examples", "bad", "--to", "markdown", "--out-dir", "all"),
            ("convert", "examples/ferry-deal.txt", "--to", "yaml", "-o", "ferry.yaml"),
            ("show", "ferry.yaml"),
            ("convert", "examples/ferry-deal.txt", "--to", "nope"),
            ("convert", "bad/broken.json", "--to", "yaml"),
        ],
        "migrate-in-place": [
            ("migrate", "examples/harbor-bridge.json", "--to", "1.0", "--in-place"),
            ("show", "examples/harbor-bridge.json"),
            ("migrate", "examples/ferry-deal.txt", "--to", "1.0", "-o", "older.txt"),
            ("show", "older.txt"),
        ],
        "validate-options": [
            ("validate", "examples", "--schema-version", "1.0", "--output-format", "concise"),
            ("validate", "examples", "bad", "-q"),
            ("validate", "nowhere", "examples/nothing.json"),
            ("validate", "examples", "--exclude", "*.json", "--output-format", "concise"),
        ],
    }


def _transcript(runner: CliRunner, scratch: Path, steps: list[Step]) -> str:
    out: list[str] = []
    for step in steps:
        if step[0] == "show":
            out.append(f"=== {step[1]}\n{(scratch / step[1]).read_text(encoding='utf-8')}")
            continue
        args, stdin = list(step), None
        if "<" in args:
            at = args.index("<")
            stdin = (scratch / args[at + 1]).read_bytes()
            args = args[:at]
        result = runner.invoke(cli, args, input=stdin, catch_exceptions=False)
        out.append(
            f"$ smartbrev {' '.join(step)}\n[exit {result.exit_code}]\n"
            f"--- stdout\n{result.stdout}--- stderr\n{result.stderr}"
        )
    return "\n".join(out).replace(str(scratch), "<scratch>")


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder to run in, with the environment that decides output fixed."""
    monkeypatch.chdir(tmp_path)
    for name in ("GITHUB_ACTIONS", "FORCE_COLOR", "NO_COLOR", "SMARTBREV_CACHE_DIR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # the times SARIF and JUnit record
    return tmp_path


SETS: dict[str, tuple[Callable[[Path], Inputs], Callable[[Inputs], dict[str, list[Step]]]]] = {
    "repo": (_repo_inputs, lambda i: {**_checks(i), **_repo_only(i)}),
    "seed": (_seed_inputs, _checks),
}
CASES = [
    (corpus, name)
    for corpus, (_, scenarios) in SETS.items()
    for name in scenarios(Inputs(["file"], ["folder"]))
]


@pytest.mark.parametrize(("corpus", "name"), CASES, ids=[f"{c}/{n}" for c, n in CASES])
def test_output_matches_golden(
    corpus: str, name: str, scratch: Path, golden: Callable[[str, str], None]
) -> None:
    make_inputs, scenarios = SETS[corpus]
    inputs = make_inputs(scratch)
    steps = scenarios(inputs)[name]
    golden(f"cli/{corpus}/{name}.txt", _transcript(CliRunner(), scratch, steps))


def test_cached_runs_print_what_fresh_runs_print(
    scratch: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _repo_inputs(scratch)
    monkeypatch.delenv("SMARTBREV_NO_CACHE", raising=False)
    runner = CliRunner()
    for command in ("validate", "lint"):
        step = (command, *inputs.folders, "--cache-dir", "cache", "-j", "1")
        fresh, cold, warm = (
            _transcript(runner, scratch, [(*step, "--no-cache")]),
            _transcript(runner, scratch, [step]),
            _transcript(runner, scratch, [step]),
        )
        assert (scratch / "cache").is_dir()
        assert cold.replace(" --no-cache", "") == fresh.replace(" --no-cache", "")
        assert warm == cold
