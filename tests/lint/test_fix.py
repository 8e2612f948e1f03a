"""--fix, --unsafe-fixes and --diff: only what is safe, only files named, never a broken file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from smartbrev.cli import cli
from tests.conftest import RunCli
from tests.lint.helpers import briefing

DRAFT = briefing('**Why It Matters —** "We can\'t," she said. The city will utilize the funds.')


def test_fix_applies_safe_fixes_only(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    result = run_cli("lint", "--isolated", "--fix", "--output-format", "concise", str(path))
    fixed = path.read_text()
    assert "**Why it matters —** “We can’t,” she said." in fixed
    assert "utilize" in fixed, "jargon's fix is unsafe"
    assert "Fixed 2 problems." in result.stdout
    assert "jargon" in result.stdout


def test_unsafe_fixes(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    run_cli("lint", "--isolated", "--fix", "--unsafe-fixes", str(path))
    assert "The city will use the funds." in path.read_text()


def test_diff_writes_nothing_and_exits_1(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "draft.md"
    path.write_text(DRAFT)
    result = run_cli("lint", "--isolated", "--diff", str(path))
    assert result.exit_code == 1
    assert path.read_text() == DRAFT
    assert f"--- a/{path}" not in result.stdout
    assert "-**Why It Matters —**" in result.stdout
    assert "+**Why it matters —**" in result.stdout


def test_diff_exits_0_when_nothing_would_change(run_cli: RunCli, examples_dir: Path) -> None:
    result = run_cli(
        "lint",
        "--isolated",
        "--diff",
        "--select",
        "nonstandard-label",
        str(examples_dir / "school-breakfast.md"),
    )
    assert result.exit_code == 0
    assert result.stdout == ""


def test_fix_in_json_rewrites_the_value_and_the_axiom(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.json"
    data = {
        "schema_version": "1.0",
        "headline": "Council passes budget",
        "lede": "The council passed the budget.",
        "blocks": [
            {
                "axiom": "custom",
                "label": "Why it maters",
                "content": [{"type": "paragraph", "text": "Taxes."}],
            }
        ],
        "byline": {"authors": [{"name": "Ana Ortiz"}], "text": "By Ana Ortiz"},
    }
    path.write_text(json.dumps(data, indent=2))
    result = run_cli("lint", "--isolated", "--fix", str(path))
    fixed = json.loads(path.read_text())
    assert fixed["blocks"][0] == {
        "axiom": "why-it-matters",
        "label": "Why it matters",
        "content": [{"type": "paragraph", "text": "Taxes."}],
    }
    assert result.exit_code == 0


def test_fix_in_yaml_keeps_comments(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "brief.yaml"
    path.write_text(
        "# house copy\nschema_version: '1.1'\nheadline: Council passes budget\n"
        'lede: "The council\'s budget passed."\nblocks:\n  - axiom: why-it-matters\n'
        "    label: Why it matters\n    content:\n      - type: paragraph\n        text: Taxes.\n"
        "byline:\n  authors: [{name: Ana Ortiz}]\n"
    )
    run_cli("lint", "--isolated", "--fix", str(path))
    text = path.read_text()
    assert text.startswith("# house copy\n")
    assert 'lede: "The council’s budget passed."' in text


def test_only_files_named_are_touched(run_cli: RunCli, tmp_path: Path) -> None:
    named = tmp_path / "named.md"
    other = tmp_path / "other.md"
    named.write_text(DRAFT)
    other.write_text(DRAFT)
    run_cli("lint", "--isolated", "--fix", str(named))
    assert other.read_text() == DRAFT
    assert named.read_text() != DRAFT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["named.md", "other.md"]


def test_fix_that_would_change_the_briefing_is_refused(run_cli: RunCli, tmp_path: Path) -> None:
    # A straight quote inside a go-deeper title would be fixed, but the title's line
    # is a link in the draft; if reading back differs, the file must stay as it was.
    path = tmp_path / "draft.txt"
    text = "The council passed the budget.\n\nWhy It Matters\n\nTaxes.\n"
    path.write_text(text)
    result = run_cli("lint", "--isolated", "--fix", str(path))
    assert path.read_text() == "The council passed the budget.\n\nWhy it matters\n\nTaxes.\n"
    assert "Traceback" not in result.output


def test_numerals_stay_numerals_through_lint_fix(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "weekly.md"
    draft = briefing("**1 big thing:** The port deal.\n\n**Why it maters:** Trucks wait.")
    path.write_text(draft, encoding="utf-8")
    run_cli("lint", "--isolated", "--fix", "--unsafe-fixes", str(path))
    fixed = path.read_text(encoding="utf-8")
    assert "**1 big thing:** The port deal." in fixed
    assert "**Why it matters:** Trucks wait." in fixed


FOLDED_LABEL = """\
schema_version: "1.2"
headline: Taxes stay flat
lede: The council kept taxes flat.
blocks:
  - axiom: why-it-matters
    label: >-
      WHY IT
      MATTERS
    content:
      - type: paragraph
        text: "It's the third year."
byline:
  authors: [{name: Ana Ortiz}]
  text: By Ana Ortiz
"""


def test_a_fix_that_would_be_refused_is_not_offered(tmp_path: Path) -> None:
    import smartbrev

    found = {d.code: d for d in smartbrev.lint(FOLDED_LABEL, format="yaml")}
    # The label spans two lines of YAML: it cannot be rewritten in place, so --fix would
    # refuse, and the finding is not marked fixable; the apostrophe's fix stands.
    assert found["SB302"].fix is None
    quote = found["SB403"].fix
    assert quote is not None
    (edit,) = quote.edits
    assert (edit.span.line, edit.text) == (11, '"It’s the third year."')
    path = tmp_path / "flat.yaml"
    path.write_text(FOLDED_LABEL, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["lint", "--isolated", "--output-format", "concise", str(path)]
    )
    marked = {
        line.split("[", 1)[1][:5]: "[*]" in line
        for line in result.stdout.splitlines()
        if "[SB" in line
    }
    assert marked == {"SB302": False, "SB403": True}


def test_a_fix_after_a_page_break_is_placed_or_left_alone(run_cli: RunCli, tmp_path: Path) -> None:
    """A form feed pasted from a word processor ends a line for `str.splitlines`, not for
    a draft: a fix found past it is never spliced in at the wrong place."""
    path = tmp_path / "draft.md"
    text = briefing("**Why it matters:** Fares stay flat.") + "\n\x0cThe council voted â€” again."
    path.write_text(text, encoding="utf-8")
    result = run_cli("lint", "--isolated", "--fix", "--output-format", "concise", str(path))
    assert result.exit_code in (0, 1) and "Traceback" not in result.stderr
    fixed = path.read_text(encoding="utf-8")
    assert "\x0cThe council voted " in fixed and "Fares stay flat." in fixed
