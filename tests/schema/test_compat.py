"""A newer minor accepts every document an older minor of the same major accepted."""

from __future__ import annotations

from pathlib import Path

import pytest

from smartbrev.readers.source import read_path
from smartbrev.schema import store
from smartbrev.schema.check import validate_data
from tests.conftest import DATA

CORPUS = DATA / "compat"


def _major(version: str) -> str:
    return version.split(".")[0]


def _cases(kind: str) -> list[tuple[str, Path]]:
    return [
        (version, path)
        for version in store.SCHEMA_VERSIONS
        for path in sorted((CORPUS / version / kind).glob("*.json"))
    ]


def test_every_version_has_a_corpus() -> None:
    for version in store.SCHEMA_VERSIONS:
        assert list((CORPUS / version / "valid").glob("*.json")), version
        assert list((CORPUS / version / "invalid").glob("*.json")), version


@pytest.mark.parametrize(("version", "path"), _cases("valid"), ids=lambda x: str(x))
def test_valid_documents_stay_valid_in_later_minors(version: str, path: Path) -> None:
    data = read_path(path).data
    assert validate_data(data) == [], "must pass the version it declares"
    later = [
        v
        for v in store.SCHEMA_VERSIONS
        if _major(v) == _major(version)
        and store.SCHEMA_VERSIONS.index(v) >= store.SCHEMA_VERSIONS.index(version)
    ]
    for newer in later:
        assert validate_data(data, version=newer) == [], f"{path.name} rejected by {newer}"


@pytest.mark.parametrize(("version", "path"), _cases("invalid"), ids=lambda x: str(x))
def test_invalid_documents_are_rejected_with_a_position(version: str, path: Path) -> None:
    source = read_path(path)
    problems = validate_data(source.data, path=str(path), version=version, locate=source.locate)
    assert problems, f"{path.name} passed schema {version}"
    assert all(p.span is not None for p in problems)
