"""The four writers: golden output for every example, canonical details, idempotence."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from smartbrev.convert import render, to_model
from smartbrev.errors import WriteError
from smartbrev.formats import OUTPUT_FORMATS, OUTPUTS
from smartbrev.model import Briefing
from smartbrev.readers.source import parse_text, read_path
from tests.conftest import EXAMPLES

EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.is_file())


def _doc(path: Path) -> Briefing:
    return to_model(read_path(path))


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", OUTPUT_FORMATS)
def test_golden_output(path: Path, fmt: str, golden: Callable[[str, str], None]) -> None:
    try:
        output = render(_doc(path), fmt)
    except WriteError as error:  # a refusal is pinned like any output
        output = f"refused: {error}\n"
    golden(f"{fmt}/{path.stem}{OUTPUTS[fmt].extension}", output)


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
# An email is for readers, never read back: tests/writers/test_email.py checks its words.
@pytest.mark.parametrize("fmt", [f for f in OUTPUT_FORMATS if f != "email"])
def test_every_example_round_trips_through_every_format(path: Path, fmt: str) -> None:
    doc = _doc(path)
    output = render(doc, fmt)
    read_as = "ninjs" if fmt.startswith("ninjs") else fmt
    again = to_model(parse_text(output, read_as, f"again{OUTPUTS[fmt].extension}"))
    assert again == doc
    assert render(again, fmt) == output, "writing is idempotent"


def test_json_is_canonical(examples_dir: Path) -> None:
    output = render(_doc(examples_dir / "library-hours.yaml"), "json")
    assert output.endswith("}\n")
    assert '\n  "schema_version": "1.0",\n' in output
    assert "Tomás" in output, "UTF-8 as is, not \\u escapes"
    keys = list(json.loads(output))
    assert keys == ["schema_version", "id", "headline", "lede", "blocks", "byline", "meta"]


def test_yaml_is_block_style_and_reads_back(examples_dir: Path) -> None:
    output = render(_doc(examples_dir / "transit-fares.json"), "yaml")
    assert "{" not in output.split("extensions")[0]
    assert "“Riders" in output
    assert yaml.safe_load(output)["schema_version"] == "1.0"


def test_markdown_is_idempotent_from_a_loose_draft(tmp_path: Path) -> None:
    loose = tmp_path / "loose.md"
    loose.write_text(
        "Lede here.\n\n## Why it matters\n\nTaxes.\n\n__Details__ — *one*\n\n"
        "* a\n* b\n\nWhat they are saying:\n\nThe mayor:\n\n“Fine.”\n\n"
        "Go deeper:\n\n[More](https://example.org)\n\nAna Ortiz and Dev Patel\n",
        encoding="utf-8",
    )
    first = render(_doc(loose), "markdown")
    second = render(to_model(parse_text(first, "markdown", "x.md")), "markdown")
    assert first == second
    assert "**Why it matters:** Taxes." in first
    assert "- **The mayor:** “Fine.”" in first
