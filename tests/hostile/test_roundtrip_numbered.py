"""Numbered lists are modelled (a list's `start`, schema 1.2): what validate accepts,
convert writes, and every format keeps the numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from smartbrev.convert import render, to_model
from smartbrev.readers.source import parse_text
from tests.conftest import RunCli

MARKDOWN = (
    "# Council passes budget\n\nThe council passed the budget.\n\n**Why it matters:**\n\n"
    "3. Rates rise in April.\n4. Fees fall in May.\n\n**The details:**\n\n"
    "1. Parks reopen.\n2. Pools reopen.\n\n- A bulleted list stays bulleted.\n\nBy Ana Ortiz\n"
)
TEXT = (
    "Council passes budget\n\nThe council passed the budget.\n\nWhy it matters:\n"
    "3. Rates rise in April.\n4. Fees fall in May.\n\nThe details:\n1. Parks reopen.\n"
    "2. Pools reopen.\n\n- A bulleted list stays bulleted.\n\nBy Ana Ortiz\n"
)
HTML = (
    "<article><h1>Council passes budget</h1><p>The council passed the budget.</p>"
    "<p><strong>Why it matters:</strong></p><ol start='3'><li>Rates rise in April.</li>"
    "<li>Fees fall in May.</li></ol><p><strong>The details:</strong></p><ol>"
    "<li>Parks reopen.</li><li>Pools reopen.</li></ol><ul><li>A bulleted list stays "
    "bulleted.</li></ul><p>By Ana Ortiz</p></article>"
)
EXPECTED = [
    [{"type": "bullets", "start": 3, "items": ["Rates rise in April.", "Fees fall in May."]}],
    [
        {"type": "bullets", "start": 1, "items": ["Parks reopen.", "Pools reopen."]},
        {"type": "bullets", "items": ["A bulleted list stays bulleted."]},
    ],
]


@pytest.mark.parametrize(("fmt", "draft"), [("markdown", MARKDOWN), ("text", TEXT), ("html", HTML)])
def test_a_numbered_list_is_read_with_its_numbers(fmt: str, draft: str) -> None:
    doc = to_model(parse_text(draft, fmt, f"draft.{fmt}"))
    assert [block["content"] for block in doc.to_data()["blocks"]] == EXPECTED


@pytest.mark.parametrize("fmt", ["markdown", "text", "json", "yaml", "ninjs", "ninjs-2.2"])
def test_every_format_keeps_the_numbers(fmt: str) -> None:
    doc = to_model(parse_text(MARKDOWN, "markdown", "draft.md"))
    again = to_model(parse_text(render(doc, fmt), {"ninjs-2.2": "ninjs"}.get(fmt, fmt), "out"))
    assert again == doc


def test_html_writes_an_ordered_list_and_reads_it_back() -> None:
    doc = to_model(parse_text(MARKDOWN, "markdown", "draft.md"))
    page = render(doc, "html")
    assert '<ol start="3">' in page and "<ol>" in page
    assert to_model(parse_text(page, "html", "page.html")).blocks == doc.blocks


def test_what_validate_accepts_convert_writes(run_cli: RunCli, tmp_path: Path) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text(MARKDOWN)
    assert run_cli("validate", str(draft)).exit_code == 0
    for fmt in ("markdown", "text", "json", "html"):
        result = run_cli("convert", str(draft), "--to", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)
        assert "3" in result.stdout and "Rates rise in April." in result.stdout


def test_a_draft_naming_an_older_schema_keeps_bullets_and_says_so(
    run_cli: RunCli, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.md"
    draft.write_text('---\nschema_version: "1.1"\n---\n' + MARKDOWN)
    result = run_cli("lint", "--output-format", "concise", str(draft))
    assert result.stdout.count("warning[SB027] numbers-not-kept") == 2
    converted = run_cli("convert", str(draft), "--to", "json")
    assert converted.exit_code == 0, converted.stderr
    assert '"start"' not in converted.stdout


def test_older_schemas_refuse_numbers_and_migrate_will_not_drop_them(
    run_cli: RunCli, tmp_path: Path
) -> None:
    doc = json.loads(render(to_model(parse_text(MARKDOWN, "markdown", "d.md")), "json"))
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(doc))
    assert run_cli("validate", str(path)).exit_code == 0
    refused = run_cli("migrate", str(path), "--to", "1.1")
    assert refused.exit_code == 2
    assert "start" in refused.stderr
    path.write_text(json.dumps({**doc, "schema_version": "1.1"}))
    invalid = run_cli("validate", "--output-format", "concise", str(path))
    assert invalid.exit_code == 1
    assert "unexpected field `start`" in invalid.stdout
