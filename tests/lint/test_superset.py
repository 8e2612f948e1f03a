"""`lint` reports everything `validate` reports, whatever rules are selected or ignored."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from smartbrev.diagnostics import Diagnostic
from smartbrev.lint.config import Loaded, resolve
from smartbrev.lint.engine import lint_source
from smartbrev.readers.source import Source, parse_text
from smartbrev.schema.check import validate_data
from tests.conftest import DATA, EXAMPLES, ROOT
from tests.strategies import near_misses

SELECTIONS: list[dict[str, Any]] = [
    {},
    {"ignore": ["ALL"]},
    {"select": ["SB5"]},
    {"select": ["ALL"], "ignore": ["SB1", "SB2", "SB3", "SB4"]},
]
"""Rule selections a user might write: none of them may hide a schema error."""

FILES = sorted(
    p
    for p in [*EXAMPLES.iterdir(), *(DATA / "compat").rglob("*")]
    if p.suffix in {".json", ".yaml", ".yml", ".md", ".txt"} and p.name != "README.md"
)


def _key(d: Diagnostic) -> tuple[Any, ...]:
    return (d.code, d.severity, d.message, d.pointer, d.span)


def _validate(source: Source) -> list[Diagnostic]:
    # What `smartbrev validate` reports for one file (see validate_run.validate_job).
    return source.diagnostics + validate_data(source.data, path=source.name, locate=source.locate)


def _assert_superset(source: Source) -> None:
    expected = {_key(d) for d in _validate(source)}
    for table in SELECTIONS:
        path = Path(source.name)
        chosen = resolve(path, Loaded(None, ()), (("test", table),))
        found = {_key(d) for d in lint_source(source, chosen).diagnostics}
        assert expected <= found, (table, expected - found)


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_lint_reports_what_validate_reports_on_examples_and_the_compat_corpus(
    path: Path,
) -> None:
    fmt = {".json": "json", ".yaml": "yaml", ".yml": "yaml", ".md": "markdown"}.get(
        path.suffix, "text"
    )
    _assert_superset(parse_text(path.read_text(encoding="utf-8"), fmt, str(path)))


def test_a_suppression_comment_never_hides_a_schema_error() -> None:
    draft = "<!-- smartbrev-disable-file -->\n\n# Headline\n\n**Why it matters:** No lede.\n"
    source = parse_text(draft, "markdown", "draft.md")
    _assert_superset(source)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(near_misses())
def test_lint_reports_what_validate_reports_on_near_misses(doc: dict[str, Any]) -> None:
    _assert_superset(parse_text(json.dumps(doc), "json", "near-miss.json"))
