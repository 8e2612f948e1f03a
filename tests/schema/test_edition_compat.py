"""The edition schema: shipped, self-consistent, and its compatibility corpus holds.

Every edition in `compat/edition/V/valid` passes edition schema V (and every later minor
of its major) both as smartbrev checks it and as any JSON Schema tool would, with the
shipped schema and its reference to the briefing schema; every one in `invalid` fails,
with each problem placed in the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from smartbrev.readers.source import read_path
from smartbrev.schema import store
from smartbrev.schema.check import validate_data
from tests.conftest import DATA

CORPUS = DATA / "compat" / "edition"


def _cases(kind: str) -> list[tuple[str, Path]]:
    return [
        (version, path)
        for version in store.EDITION_VERSIONS
        for path in sorted((CORPUS / version / kind).glob("*.json"))
    ]


def _later(version: str) -> list[str]:
    major = version.split(".")[0]
    index = store.EDITION_VERSIONS.index(version)
    return [v for v in store.EDITION_VERSIONS[index:] if v.split(".")[0] == major]


@pytest.mark.parametrize("version", store.EDITION_VERSIONS)
def test_the_schema_is_a_draft_2020_12_schema_with_a_versioned_id(version: str) -> None:
    schema = store.edition_schema(version)
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == f"https://smartbrev.dev/schemas/edition/{version}/edition.schema.json"
    for example in schema["examples"]:
        assert validate_data(example) == []


def test_every_version_has_a_corpus() -> None:
    for version in store.EDITION_VERSIONS:
        assert list((CORPUS / version / "valid").glob("*.json"))
        assert list((CORPUS / version / "invalid").glob("*.json"))


@pytest.mark.parametrize(("version", "path"), _cases("valid"), ids=str)
def test_valid_editions_stay_valid(version: str, path: Path) -> None:
    data = read_path(path).data
    assert validate_data(data) == []
    for newer in _later(version):
        shipped = store.make_validator(store.edition_schema(newer))  # its $ref resolved offline
        assert list(shipped.iter_errors(data)) == [], f"{path.name} rejected by {newer}"


@pytest.mark.parametrize(("version", "path"), _cases("invalid"), ids=str)
def test_invalid_editions_are_rejected_with_a_position(version: str, path: Path) -> None:
    source = read_path(path)
    problems = validate_data(source.data, path=str(path), locate=source.locate)
    assert problems, path.name
    assert all(p.span is not None for p in problems)
    shipped = store.make_validator(store.edition_schema(version))
    assert not shipped.is_valid(source.data), "the shipped schema must agree"


def test_an_items_problem_points_into_that_item() -> None:
    path = CORPUS / "1.0" / "invalid" / "item-with-unknown-axiom.json"
    source = read_path(path)
    [problem] = validate_data(source.data, path=str(path), locate=source.locate)
    assert problem.pointer == "/items/0/blocks/0/axiom"
    assert problem.code == "SB015"
    assert problem.span is not None
    line = path.read_text(encoding="utf-8").splitlines()[problem.span.line - 1]
    assert '"why-it-maters"' in line
