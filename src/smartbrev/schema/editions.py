"""Validating a newsletter edition: its own fields against the edition schema, then each
item as the briefing it is, against the version that item names.

The shipped edition schema refers to the briefing schema for its items, so any JSON
Schema tool validates a whole edition. Here the edition's own fields are checked with a
self-contained copy (the briefing definitions it uses brought in, items left open), so
problems are worded as a briefing's are; each item is then checked like any briefing and
its problems carry pointers under `/items/N`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace

from smartbrev.diagnostics import CODES, Diagnostic, Severity
from smartbrev.messages import quote
from smartbrev.pointer import Location, Locator
from smartbrev.schema import store

if TYPE_CHECKING:
    from jsonschema.protocols import Validator

KEY = "edition_version"
"""The field that makes a document an edition (a briefing has `schema_version`)."""


def is_edition(data: Mapping[str, Any]) -> bool:
    """Whether a document is a newsletter edition rather than a briefing."""
    return KEY in data


def _local(node: Any, prefix: str) -> Any:
    if isinstance(node, dict):
        return {
            key: (
                "#" + value.removeprefix(prefix + "#")
                if key == "$ref" and isinstance(value, str) and value.startswith(prefix + "#")
                else _local(value, prefix)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_local(value, prefix) for value in node]
    return node


@cache
def envelope(version: str) -> tuple[Validator, dict[str, Any]]:
    """The edition schema made self-contained, its items left open: a validator and its root."""
    schema = copy.deepcopy(store.edition_schema(version))
    items = schema["properties"]["items"]
    briefing_id = items["items"]["$ref"]
    briefing = store.load_schema(briefing_id.split("/")[-2])
    items["items"] = {"type": "object"}
    schema = _local(schema, briefing_id)
    schema["$defs"] = {**briefing["$defs"], **schema.get("$defs", {})}
    del schema["$id"]
    return store.make_validator(schema), schema


def _unknown(declared: object) -> Diagnostic:
    known = ", ".join(store.EDITION_VERSIONS)
    return Diagnostic(
        "SB010",
        CODES["SB010"].name,
        Severity.ERROR,
        f"unknown edition_version {quote(declared)}; known versions: {known}",
        "",
        pointer=f"/{KEY}",
        help=f'use one of {known}, written as text ("{store.EDITION_LATEST}")',
    )


def _under(locate: Locator | None, prefix: str) -> Locator | None:
    if locate is None:
        return None

    def inner(pointer: str) -> Location | None:
        return locate(prefix + pointer)

    return inner


def validate_edition(
    data: Mapping[str, Any],
    *,
    path: str,
    version: str | None = None,
    locate: Locator | None = None,
) -> list[Diagnostic]:
    """Every schema problem of an edition and of each of its items (`version` overrides
    the schema version each item names)."""
    from smartbrev.schema.check import validate_briefing

    declared = data.get(KEY)
    problems: list[Diagnostic] = []
    if not isinstance(declared, str) or declared not in store.EDITION_VERSIONS:
        from smartbrev.schema.wording import place

        return [place(_unknown(declared), path, locate, on_key=False, whole=True)]
    validator, root = envelope(declared)
    if not validator.is_valid(data):
        from smartbrev.schema.wording import explain

        problems.extend(explain(data, declared, path, locate, schema=(validator, root)))
    items = data.get("items")
    for index, item in enumerate(items if isinstance(items, list) else []):
        if not isinstance(item, Mapping):
            continue  # the edition's own check said it must be an object
        prefix = f"/items/{index}"
        for problem in validate_briefing(
            item, path=path, version=version, locate=_under(locate, prefix)
        ):
            problems.append(replace(problem, pointer=prefix + problem.pointer))
    return problems
