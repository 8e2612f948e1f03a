"""Output formats of `smartbrev lint`: SARIF (checked against the official schema),
JUnit, GitHub annotations, JSON; exit codes and thresholds."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import jsonschema
import pytest

from tests.conftest import RunCli
from tests.lint.helpers import briefing

DATA = Path(__file__).resolve().parents[1] / "data"
WARN = briefing("**Why it matters:** The budget is very big.")
ERROR = briefing("**Why it matters:** “Unbalanced.")


@pytest.fixture
def drafts(tmp_path: Path) -> list[str]:
    (tmp_path / "warn.md").write_text(WARN)
    (tmp_path / "error.md").write_text(ERROR)
    (tmp_path / "clean.md").write_text(briefing("**Why it matters:** Taxes stay flat."))
    return [str(tmp_path / name) for name in ("warn.md", "error.md", "clean.md")]


def test_sarif_is_valid_against_the_official_schema(run_cli: RunCli, drafts: list[str]) -> None:
    result = run_cli("lint", "--isolated", "--output-format", "sarif", *drafts)
    log = json.loads(result.stdout)
    schema = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text())
    jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    ).validate(log)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert {"SB502", "SB402", "SB011"} <= {r["id"] for r in rules}
    assert all(r["helpUri"].startswith("https://") for r in rules)
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["SB502"] == "warning" and levels["SB402"] == "error"
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"]


def test_junit_is_well_formed(run_cli: RunCli, drafts: list[str]) -> None:
    result = run_cli("lint", "--isolated", "--output-format", "junit", *drafts)
    root = ElementTree.fromstring(result.stdout)
    suite = root.find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "3"
    failures = {case.get("name"): len(case.findall("failure")) for case in suite}
    assert failures == {drafts[0]: 1, drafts[1]: 1, drafts[2]: 0}


def test_github_annotations(run_cli: RunCli, drafts: list[str]) -> None:
    result = run_cli("lint", "--isolated", "--output-format", "github", drafts[0])
    line = result.stdout.splitlines()[0]
    assert line.startswith(f"::warning file={drafts[0]},line=5,col=35,endLine=5,endColumn=39,")
    assert "title=SB502 weak-intensifiers::weak intensifier “very”%0A" in line


def test_github_is_the_default_under_github_actions(
    run_cli: RunCli, drafts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert run_cli("lint", "--isolated", drafts[0]).stdout.startswith("::warning ")


def test_json_has_a_format_version_and_fixes(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "q.md"
    path.write_text(briefing('**Why it matters:** "Yes," she said.'))
    report = json.loads(run_cli("lint", "--isolated", "--output-format", "json", str(path)).stdout)
    assert report["format_version"] == 1
    (fixable,) = [d for d in report["diagnostics"] if d["fix"]]
    assert fixable["fix"] == {
        "safety": "safe",
        "title": "Use curly quotes",
        "replacement": "“Yes,”",
    }


def test_exit_codes(run_cli: RunCli, drafts: list[str]) -> None:
    assert run_cli("lint", "--isolated", drafts[2]).exit_code == 0
    assert run_cli("lint", "--isolated", drafts[0]).exit_code == 0, "warnings are allowed"
    assert run_cli("lint", "--isolated", drafts[1]).exit_code == 1
    assert run_cli("lint", "--isolated", "--exit-zero", drafts[1]).exit_code == 0
    assert run_cli("lint", "--isolated", "--max-warnings", "0", drafts[0]).exit_code == 1
    assert run_cli("lint", "--isolated", "--max-warnings", "1", drafts[0]).exit_code == 0


def test_output_file_and_statistics(run_cli: RunCli, drafts: list[str], tmp_path: Path) -> None:
    report = tmp_path / "report.txt"
    result = run_cli(
        "lint",
        "--isolated",
        "--output-format",
        "concise",
        "--statistics",
        "-o",
        str(report),
        *drafts,
    )
    assert result.stdout == ""
    text = report.read_text()
    assert "    1  SB502  weak-intensifiers" in text
    assert text.rstrip().endswith("(1 error, 1 warning).")
