"""Schema diagnostics: plain words, the right code, and the exact place in the source."""

from __future__ import annotations

import json
from typing import Any

import pytest

from smartbrev.diagnostics import CODES, Diagnostic
from smartbrev.readers.source import parse_text
from smartbrev.schema import store
from smartbrev.schema.check import validate_data

GOOD: dict[str, Any] = {
    "schema_version": "1.0",
    "lede": "The council approved the budget.",
    "blocks": [
        {
            "axiom": "why-it-matters",
            "label": "Why it matters",
            "content": [{"type": "paragraph", "text": "Taxes stay flat."}],
        }
    ],
}


def _check(doc: dict[str, Any], fmt: str = "json") -> list[Diagnostic]:
    text = json.dumps(doc, indent=2)
    if fmt == "yaml":
        import yaml

        text = yaml.safe_dump(doc, sort_keys=False, allow_unicode=True)
    source = parse_text(text, fmt, f"doc.{fmt}")
    return validate_data(source.data, path=source.name, locate=source.locate)


def _with(**changes: Any) -> dict[str, Any]:
    doc = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if value is None:
            doc.pop(key)
        else:
            doc[key] = value
    return doc


def test_valid_document_has_no_diagnostics() -> None:
    assert _check(GOOD) == []


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_missing_required_field(fmt: str) -> None:
    (problem,) = _check(_with(lede=None), fmt)
    assert problem.code == "SB011"
    assert problem.name == "missing-field"
    assert problem.message == "missing required field `lede`"
    assert problem.help is not None and "opening paragraph" in problem.help
    assert problem.span is not None and problem.span.line == 1


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_misspelt_axiom_gets_a_suggestion(fmt: str) -> None:
    doc = _with()
    doc["blocks"][0]["axiom"] = "why-it-maters"
    (problem,) = _check(doc, fmt)
    assert problem.code == "SB015"
    assert problem.message == "unknown axiom `why-it-maters`; did you mean `why-it-matters`?"
    assert problem.pointer == "/blocks/0/axiom"
    expected_line = 6 if fmt == "json" else 4
    assert problem.span is not None and problem.span.line == expected_line


@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_unexpected_field_points_at_the_key(fmt: str) -> None:
    doc = _with(ledee="typo")
    (problem,) = _check(doc, fmt)
    assert problem.message == "unexpected field `ledee`; did you mean `lede`?"
    assert problem.pointer == "/ledee"
    assert problem.span is not None
    line = (json.dumps(doc, indent=2) if fmt == "json" else "").splitlines()
    if fmt == "json":
        assert line[problem.span.line - 1].strip().startswith('"ledee"')
        assert problem.span.column == 3


def test_nested_unexpected_field_is_named_with_its_path() -> None:
    doc = _with()
    doc["blocks"][0]["content"][0] = {"type": "paragraph", "txt": "x"}
    messages = {p.message for p in _check(doc)}
    assert "unexpected field `txt` in `blocks[0].content[0]`; did you mean `text`?" in messages
    assert "missing required field `text` in `blocks[0].content[0]`" in messages


def test_one_of_failure_shows_the_best_match_and_counts_the_others() -> None:
    doc = _with()
    doc["blocks"][0]["content"][0] = {"type": "bullets", "items": "not a list"}
    (problem,) = _check(doc)
    assert problem.message == "`blocks[0].content[0].items` must be a list, not a string"
    assert problem.extra["note"] == (
        "closest of 3 allowed shapes shown (the `bullets` shape); 2 others did not fit either"
    )


def test_one_of_with_an_unknown_tag_suggests_the_nearest() -> None:
    doc = _with()
    doc["blocks"][0]["content"][0] = {"type": "bulets", "items": ["a"]}
    (problem,) = _check(doc)
    assert problem.message == (
        "`blocks[0].content[0]` has unknown type `bulets`; did you mean `bullets`?"
    )


def test_any_of_failure_names_the_alternatives() -> None:
    doc = _with(schema_version="1.1", corrections=[{"date": "yesterday", "text": "Fixed."}])
    (problem,) = _check(doc)
    assert problem.pointer == "/corrections/0/date"
    assert "closest of 2 allowed shapes" in problem.extra["note"]
    assert "1 other did not fit" in problem.extra["note"]


def test_links_outside_go_deeper_are_explained() -> None:
    doc = _with()
    doc["blocks"][0]["links"] = [{"title": "x"}]
    (problem,) = _check(doc)
    assert problem.message == "field `links` is not allowed here"
    assert problem.help is not None and "go-deeper" in problem.help


def test_wrong_type_in_words() -> None:
    (problem,) = _check(_with(lede=42))
    assert problem.code == "SB013"
    assert problem.message == "`lede` must be text (a string), not a number"


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"lede": ""}, "`lede` must not be empty"),
        ({"lede": "  "}, "`lede` must not be blank"),
        ({"headline": "one\ntwo"}, "`headline` must be a single line of text"),
        ({"id": "Not a slug"}, '`id` "Not a slug" is not in the expected form'),
    ],
)
def test_value_rules_in_words(changes: dict[str, Any], message: str) -> None:
    messages = [p.message for p in _check(_with(**changes))]
    assert message in messages


def test_unknown_schema_version_lists_the_known_ones() -> None:
    (problem,) = _check(_with(schema_version="2.0"))
    assert problem.code == "SB010"
    known = ", ".join(store.SCHEMA_VERSIONS)
    assert problem.message == f'unknown schema_version "2.0"; known versions: {known}'
    assert problem.span is not None and problem.span.line == 2


def test_numeric_schema_version_is_explained() -> None:
    source = parse_text("schema_version: 1.0\nlede: x\nblocks: []\n", "yaml", "doc.yaml")
    (problem,) = validate_data(source.data, locate=source.locate)
    assert problem.code == "SB010"
    assert "must be text" in problem.message
    assert problem.help is not None and "quote" in problem.help


def test_missing_schema_version_is_reported_against_the_latest_schema() -> None:
    problems = _check(_with(schema_version=None))
    assert [p.message for p in problems] == ["missing required field `schema_version`"]
    assert (
        problems[0].help is not None and f'"schema_version": "{store.LATEST}"' in problems[0].help
    )


def test_version_override() -> None:
    doc = _with(schema_version="1.1", dateline="MOSCOW")
    assert validate_data(doc) == []
    problems = validate_data(doc, version="1.0")
    assert {p.code for p in problems} == {"SB014", "SB012"}


def test_every_code_is_documented_once() -> None:
    names = [entry.name for entry in CODES.values()]
    assert len(set(names)) == len(names)
    assert all(code.startswith(("SB0", "SB9")) and len(code) == 5 for code in CODES)
