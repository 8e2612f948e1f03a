"""Output formats of `smartbrev lint`: SARIF (checked against the official schema),
JUnit, GitHub annotations, JSON; exit codes and thresholds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


SARIF_SCHEMA = json.loads((DATA / "sarif" / "sarif-schema-2.1.0.json").read_text())


def _check_sarif(log: dict[str, Any]) -> None:
    """Valid SARIF 2.1.0, within what GitHub code scanning accepts."""
    jsonschema.Draft4Validator(
        SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    ).validate(log)
    # GitHub's documented upload limits: runs per file, results and rules per run,
    # locations per result, tags per rule.
    assert len(log["runs"]) <= 20
    for run in log["runs"]:
        assert len(run["results"]) <= 25_000 and len(run["tool"]["driver"]["rules"]) <= 25_000
        for rule in run["tool"]["driver"]["rules"]:
            assert len(rule.get("properties", {}).get("tags", [])) <= 20
        for result in run["results"]:
            assert 1 <= len(result["locations"]) <= 1000
            assert result["message"]["text"] and result["partialFingerprints"]
            uri = result["locations"][0]["physicalLocation"]["artifactLocation"]
            assert uri["uriBaseId"] == "%SRCROOT%" and not uri["uri"].startswith("/")


@pytest.fixture
def mixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A clean file, one with findings, one with an error, one that cannot be read."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "warn.md").write_text(WARN)
    (tmp_path / "briefs" / "error.md").write_text(ERROR)
    (tmp_path / "briefs" / "clean.md").write_text(briefing("**Why it matters:** Taxes stay flat."))
    (tmp_path / "briefs" / "broken.json").write_text('{"lede": ')
    return [f"briefs/{name}" for name in ("warn.md", "error.md", "clean.md", "broken.json")]


@pytest.mark.parametrize("command", ["lint", "validate"])
def test_sarif_of_a_mixed_run_is_valid_and_github_ready(
    run_cli: RunCli, mixed: list[str], command: str
) -> None:
    isolated = ("--isolated",) if command == "lint" else ()
    result = run_cli(command, *isolated, "--output-format", "sarif", *mixed)
    log = json.loads(result.stdout)
    _check_sarif(log)
    run = log["runs"][0]
    (invocation,) = run["invocations"]
    assert invocation["exitCode"] == result.exit_code == 2
    assert invocation["executionSuccessful"] is False
    assert invocation["startTimeUtc"] <= invocation["endTimeUtc"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == Path.cwd().as_uri() + "/"
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]
    }
    assert "briefs/broken.json" in uris and "briefs/clean.md" not in uris
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["SB011"]["help"]["markdown"].startswith("## SB011 missing-field")
    assert "### Why is this bad?" in rules["SB502"]["help"]["markdown"]
    assert rules["SB502"]["fullDescription"]["text"] != rules["SB502"]["shortDescription"]["text"]
    for result_ in run["results"]:
        assert rules[result_["ruleId"]] == run["tool"]["driver"]["rules"][result_["ruleIndex"]]


def test_sarif_carries_fixes_and_fingerprints_that_survive_moved_lines(
    run_cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    text = briefing('**Why it matters:** "Yes," she said.')
    Path("q.md").write_text(text)
    first = json.loads(run_cli("lint", "--isolated", "--output-format", "sarif", "q.md").stdout)
    _check_sarif(first)
    (quoted,) = [r for r in first["runs"][0]["results"] if r["ruleId"] == "SB403"]
    (change,) = quoted["fixes"][0]["artifactChanges"]
    (replacement,) = change["replacements"]
    line = text.splitlines()[replacement["deletedRegion"]["startLine"] - 1]
    start = replacement["deletedRegion"]["startColumn"] - 1
    end = replacement["deletedRegion"]["endColumn"] - 1
    assert line[start:end] == '"Yes,"' and replacement["insertedContent"]["text"] == "“Yes,”"
    Path("q.md").write_text(text.replace("\n\n", "\n\n<!-- a note -->\n\n", 1))
    moved = json.loads(run_cli("lint", "--isolated", "--output-format", "sarif", "q.md").stdout)
    (again,) = [r for r in moved["runs"][0]["results"] if r["ruleId"] == "SB403"]
    assert again["partialFingerprints"] == quoted["partialFingerprints"]
    assert again["locations"] != quoted["locations"]


@pytest.mark.parametrize("command", ["lint", "validate"])
def test_junit_of_a_mixed_run_reads_as_ci_servers_read_it(
    run_cli: RunCli, mixed: list[str], command: str, tmp_path: Path
) -> None:
    from junitparser import Error, Failure, JUnitXml
    from lxml import etree

    isolated = ("--isolated",) if command == "lint" else ()
    report = tmp_path / "report.xml"
    run_cli(command, *isolated, "--output-format", "junit", "-o", str(report), *mixed)
    schema = etree.XMLSchema(etree.parse(str(DATA / "junit" / "junit-10.xsd")))
    schema.assertValid(etree.parse(str(report)))
    (suite,) = JUnitXml.fromfile(str(report))
    assert suite.name == f"smartbrev {command}"
    assert (suite.tests, suite.errors) == (4, 1)
    outcome = {case.name: [type(r).__name__ for r in case.result] for case in suite}
    expected: dict[str, list[str]] = {name: [] for name in mixed}
    expected["briefs/broken.json"] = ["Error"]
    if command == "lint":  # the unbalanced quote; warn.md's warning leaves it passing
        expected["briefs/error.md"] = ["Failure"]
    assert outcome == expected
    assert suite.failures == (1 if command == "lint" else 0)  # files, not findings
    for case in suite:
        for found in case.result:
            assert isinstance(found, (Failure, Error)) and found.text.startswith(case.name)


def test_junit_lists_every_finding_of_a_failing_file_in_its_one_failure(
    run_cli: RunCli, tmp_path: Path
) -> None:
    from junitparser import JUnitXml

    path = tmp_path / "two.md"
    path.write_text(briefing("**Why it matters:** “Unbalanced.\n\n**Details:** It is very big."))
    report = tmp_path / "r.xml"
    run_cli("lint", "--isolated", "--output-format", "junit", "-o", str(report), str(path))
    ((case,),) = [list(suite) for suite in JUnitXml.fromfile(str(report))]
    (failure,) = case.result
    assert failure.message == "2 problems (1 error, 1 warning)"
    assert "[SB402]" in failure.text and "[SB502]" in failure.text


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


JARGON_AND_QUOTES = briefing('**Why it matters:** "Yes," she said, to leverage synergies.')


@pytest.mark.parametrize("report", ["full", "concise", "json", "sarif", "github", "junit"])
def test_statistics_work_with_every_format(run_cli: RunCli, tmp_path: Path, report: str) -> None:
    path = tmp_path / "q.md"
    path.write_text(JARGON_AND_QUOTES)
    result = run_cli("lint", "--isolated", "--statistics", "--output-format", report, str(path))
    if report == "json":
        rows = {row["code"]: row for row in json.loads(result.stdout)["statistics"]}
        assert rows["SB403"]["count"] == 1 and rows["SB403"]["fixable"] == 1
        return
    table = result.stdout if report in ("full", "concise") else result.stderr
    assert "    1  SB403  straight-quotes  [*]" in table
    if report in ("sarif", "junit"):
        assert "SB403  straight-quotes" not in result.stdout  # the report stays parseable


def test_unsafe_fixes_are_counted_apart_and_marked_only_when_asked(
    run_cli: RunCli, tmp_path: Path
) -> None:
    path = tmp_path / "q.md"
    path.write_text(JARGON_AND_QUOTES)
    plain = run_cli("lint", "--isolated", "--output-format", "concise", str(path)).stdout
    assert "; 1 fixable with --fix (marked [*]), 1 more with --unsafe-fixes." in plain
    jargon = next(line for line in plain.splitlines() if "[SB5" in line and "jargon" in line)
    assert "[*]" not in jargon
    asked = run_cli(
        "lint", "--isolated", "--unsafe-fixes", "--output-format", "concise", str(path)
    ).stdout
    assert "; 2 fixable with --fix (marked [*])." in asked


def test_show_fixes_lists_what_fix_changed(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "q.md"
    path.write_text(JARGON_AND_QUOTES)
    result = run_cli(
        "lint", "--isolated", "--fix", "--show-fixes", "--output-format", "concise", str(path)
    )
    assert f"Fixed 1 problem:\n- {path}:\n    1 × SB403 (straight-quotes)\n" in result.stdout


def test_lint_stdin_fix_prints_the_fixed_text(run_cli: RunCli) -> None:
    result = run_cli(
        "lint", "--isolated", "--fix", "--stdin-filename", "q.md", "-", input=JARGON_AND_QUOTES
    )
    assert result.stdout == JARGON_AND_QUOTES.replace('"Yes,"', "“Yes,”")
    assert "q.md" in result.stderr and "Fixed 1 problem" in result.stderr
