"""IPTC ninjs 3.1 and 2.2: valid against the official schemas, and read back exactly."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from smartbrev.convert import render, to_model
from smartbrev.model import Briefing
from smartbrev.readers.source import parse_text, read_path
from smartbrev.writers.ninjs_writer import item_uri, ninjs
from tests.conftest import DATA, EXAMPLES, RunCli
from tests.strategies import DOCUMENTS

NINJS = DATA / "ninjs"
EXAMPLE_FILES = sorted(p for p in EXAMPLES.iterdir() if p.is_file())


def _validator(version: str) -> Draft202012Validator:
    geo = json.loads((NINJS / "GeoJSON-schema.json").read_text())
    registry: Registry[Any] = Registry().with_resource(
        "https://geojson.org/schema/GeoJSON.json", Resource.from_contents(geo)
    )
    schema = json.loads((NINJS / f"ninjs-schema_{version}.json").read_text())
    return Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    )


VALIDATORS = {version: _validator(version) for version in ("3.1", "2.2")}


def _errors(item: dict[str, Any], version: str) -> list[str]:
    return [e.message for e in VALIDATORS[version].iter_errors(item)]


def test_the_vendored_schemas_accept_their_own_examples() -> None:
    for path in sorted((NINJS / "examples").glob("*/*.json")):
        version = "2.2" if path.parent.name == "2.2" else "3.1"
        assert _errors(json.loads(path.read_text()), version) == [], path


@pytest.mark.parametrize("version", ["3.1", "2.2"])
@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_examples_are_valid_ninjs(version: str, path: Path) -> None:
    assert _errors(ninjs(to_model(read_path(path)), version), version) == []


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_seed_is_valid_ninjs(shared_dir: Path, version: str) -> None:
    doc = to_model(read_path(shared_dir / "corpus" / "seed-briefing.txt"))
    assert _errors(ninjs(doc, version), version) == []


@settings(max_examples=80, deadline=None)
@given(DOCUMENTS)
def test_generated_documents_are_valid_ninjs_and_round_trip(data: dict[str, Any]) -> None:
    doc = Briefing.from_data(data)
    for version, fmt in (("3.1", "ninjs"), ("2.2", "ninjs-2.2")):
        assert _errors(ninjs(doc, version), version) == []
        assert to_model(parse_text(render(doc, fmt), "ninjs", "x.ninjs.json")) == doc


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=lambda p: p.name)
def test_round_trip_is_exact(path: Path) -> None:
    doc = to_model(read_path(path))
    for fmt in ("ninjs", "ninjs-2.2"):
        assert to_model(parse_text(render(doc, fmt), "ninjs", "x.ninjs.json")) == doc


def test_mapping(examples_dir: Path) -> None:
    doc = to_model(read_path(examples_dir / "transit-fares.json"))
    item = ninjs(doc, "3.1")
    assert item["uri"] == "https://example.org/riverton/transit-fares-freeze"
    assert item["headlines"] == [
        {"role": "main", "contentType": "text/plain", "value": doc.headline}
    ]
    assert item["descriptions"][0]["value"] == doc.lede
    roles = [(b["role"], b["contentType"]) for b in item["bodies"]]
    assert roles == [
        ("main", "text/plain"),
        ("main", "text/html"),
        ("smartbrev", "application/vnd.smartbrev+json"),
    ]
    assert item["by"] == "By Maya Lindqvist"
    assert item["people"] == [
        {"name": "Ana Ortiz", "rel": "mentions"},
        {"name": "Dev Patel", "rel": "mentions"},
    ]
    assert [a["rel"] for a in item["associations"]] == ["seeAlso", "seeAlso"]
    assert item["versionCreated"] == item["firstCreated"] == "2026-11-25T07:30:00-05:00"
    assert item["bodies"][0]["wordCount"] > 100
    older = ninjs(doc, "2.2")
    assert "versioncreated" in older and "versionCreated" not in older
    assert all("rel" not in a for a in older["associations"])


def test_uri_is_always_absolute() -> None:
    plain = Briefing.from_data({"schema_version": "1.0", "lede": "x", "blocks": []})
    assert item_uri(plain).startswith("urn:smartbrev:sha256-")
    with_id = Briefing.from_data({"schema_version": "1.0", "id": "a-b", "lede": "x", "blocks": []})
    assert item_uri(with_id) == "urn:smartbrev:a-b"


@pytest.mark.parametrize(
    "path", sorted((NINJS / "examples").glob("*/*.json")), ids=lambda p: p.name
)
def test_other_ninjs_items_give_a_best_effort_briefing(
    run_cli: RunCli, path: Path, tmp_path: Path
) -> None:
    item = json.loads(path.read_text())
    copy = tmp_path / "item.ninjs.json"
    copy.write_text(json.dumps(item))
    result = run_cli("convert", str(copy), "--to", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["headline"] == " ".join(item["headlines"][0]["value"].split())
    assert data["lede"]


def test_not_ninjs(run_cli: RunCli, tmp_path: Path) -> None:
    path = tmp_path / "x.ninjs.json"
    path.write_text('{"title": "no uri"}')
    result = run_cli("convert", str(path), "--to", "markdown")
    assert result.exit_code == 2
    assert "not a ninjs item" in result.stderr
