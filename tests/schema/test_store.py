from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing.exceptions import Unresolvable

from smartbrev.errors import SchemaError
from smartbrev.schema import store
from smartbrev.schema.check import validate_data

VERSIONS = store.SCHEMA_VERSIONS


def _object_schemas(node: Any, where: str = "#") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "properties" in node:
            yield where, node
        for key, value in node.items():
            if key not in ("if", "then", "else"):  # conditions inside a closed object
                yield from _object_schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _object_schemas(value, f"{where}/{index}")


def test_versions_are_discovered_in_order() -> None:
    assert VERSIONS[:2] == ("1.0", "1.1")
    assert VERSIONS[-1] == store.LATEST


@pytest.mark.parametrize("version", VERSIONS)
def test_schema_is_a_valid_draft_2020_12_schema(version: str) -> None:
    schema = store.load_schema(version)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("version", VERSIONS)
def test_id_is_absolute_versioned_and_has_no_fragment(version: str) -> None:
    schema_id = store.schema_id(version)
    assert schema_id.startswith("https://")
    assert "#" not in schema_id
    assert f"/{version}/" in schema_id


def test_ids_are_distinct() -> None:
    assert len({store.schema_id(v) for v in VERSIONS}) == len(VERSIONS)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_property_has_a_description(version: str) -> None:
    for where, node in _object_schemas(store.load_schema(version)):
        for name, prop in node["properties"].items():
            if prop is False:
                continue
            assert prop.get("description"), f"{where}/properties/{name} has no description"


@pytest.mark.parametrize("version", VERSIONS)
def test_objects_are_closed_except_extensions(version: str) -> None:
    schema = store.load_schema(version)
    for where, node in _object_schemas(schema):
        assert node.get("unevaluatedProperties") is False, where
    extensions = schema["$defs"]["extensions"]
    assert "unevaluatedProperties" not in extensions
    assert "additionalProperties" not in extensions


@pytest.mark.parametrize("version", VERSIONS)
def test_examples_are_valid(version: str) -> None:
    schema = store.load_schema(version)
    assert schema["examples"]
    for example in schema["examples"]:
        assert validate_data(example, version=version) == []


def test_format_checking_is_on() -> None:
    doc = {
        "schema_version": "1.0",
        "lede": "x",
        "blocks": [
            {"axiom": "go-deeper", "label": "Go deeper", "links": [{"title": "t", "url": "no"}]}
        ],
        "meta": {"published": "last Tuesday"},
    }
    problems = validate_data(doc)
    assert {p.pointer for p in problems} == {"/blocks/0/links/0/url", "/meta/published"}


def test_remote_references_are_refused() -> None:
    hostile = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": "https://example.org/elsewhere.json",
    }
    validator = store.make_validator(hostile)
    with pytest.raises(Unresolvable) as caught:
        validator.is_valid({})
    chain: list[BaseException] = []
    error: BaseException | None = caught.value
    while error is not None:
        chain.append(error)
        error = error.__cause__ or error.__context__
    assert any(isinstance(e, SchemaError) and "refusing to fetch" in str(e) for e in chain)


def test_references_between_shipped_schemas_resolve_offline() -> None:
    wrapper = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": store.schema_id("1.0"),
    }
    validator = store.make_validator(wrapper)
    assert validator.is_valid(store.load_schema("1.0")["examples"][0])
    assert not validator.is_valid({"schema_version": "1.0"})


def test_unknown_version_is_an_error() -> None:
    with pytest.raises(SchemaError, match=r"known versions: 1\.0, 1\.1"):
        store.schema_path("9.9")


def test_schema_files_are_shipped_in_the_package_tree() -> None:
    for version in VERSIONS:
        assert store.schema_path(version).is_file()
