"""The fast validator and the reference validator agree, and either works alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings

from smartbrev.schema import store
from smartbrev.schema.check import validate_data
from tests.conftest import DATA
from tests.strategies import DOCUMENTS, near_misses

CORPUS = DATA / "compat"
CORPUS_FILES = sorted(CORPUS.glob("*/*/*.json"))


def _agree(data: Any) -> None:
    for version in store.SCHEMA_VERSIONS:
        fast = store.fast_validator(version)
        assert fast is not None, "jsonschema-rs is a dependency on this platform"
        reference = store.validator(version).is_valid(data)
        assert fast.is_valid(data) == reference, (version, data)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_agree_on_the_compat_corpus(path: Path) -> None:
    _agree(json.loads(path.read_text(encoding="utf-8")))


@settings(max_examples=150, deadline=None)
@given(DOCUMENTS)
def test_agree_on_valid_documents(doc: dict[str, Any]) -> None:
    assert validate_data(doc) == []
    _agree(doc)


@settings(max_examples=300, deadline=None)
@given(near_misses())
def test_agree_on_near_misses(doc: dict[str, Any]) -> None:
    _agree(doc)


@pytest.mark.parametrize("path", CORPUS_FILES, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_reference_validator_alone_gives_the_same_answers(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    with_fast = validate_data(data)
    monkeypatch.setattr(store, "fast_validator", lambda version: None)
    assert validate_data(data) == with_fast
