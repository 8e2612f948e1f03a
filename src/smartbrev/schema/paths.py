"""Walking a schema along an error's schema path, following local `$ref`s."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def resolve_local(root: dict[str, Any], ref: str) -> Any:
    """The subschema a `#/...` reference names (None when it is not local)."""
    if not ref.startswith("#"):
        return None
    node: Any = root
    for token in filter(None, ref[1:].split("/")):
        node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def schemas_along(root: dict[str, Any], path: Iterable[str | int]) -> list[Any]:
    """Every subschema passed through when following an absolute schema path."""
    node: Any = root
    visited = [node]
    for step in path:
        # Error paths run through a `$ref` as if the referenced schema were written inline.
        while isinstance(node, dict) and step not in node and "$ref" in node:
            node = resolve_local(root, node["$ref"])
            visited.append(node)
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        visited.append(node)
    while isinstance(node, dict) and "$ref" in node:
        node = resolve_local(root, node["$ref"])
        visited.append(node)
    return visited


def property_schema(
    root: dict[str, Any], path: Iterable[str | int], name: str
) -> dict[str, Any] | None:
    """The schema of property `name` in the innermost object schema along a path."""
    for node in reversed(schemas_along(root, path)):
        if isinstance(node, dict) and isinstance(node.get("properties"), dict):
            found = node["properties"].get(name)
            if isinstance(found, dict):
                return found
    return None


def property_names(root: dict[str, Any], path: Iterable[str | int]) -> list[str]:
    """The properties the innermost object schema along a path declares."""
    for node in reversed(schemas_along(root, path)):
        if isinstance(node, dict) and isinstance(node.get("properties"), dict):
            return list(node["properties"])
    return []


def describe(root: dict[str, Any], schema: Any) -> str | None:
    """A subschema's description, looking through a `$ref`."""
    if not isinstance(schema, dict):
        return None
    if "description" in schema:
        return str(schema["description"])
    if "$ref" in schema:
        return describe(root, resolve_local(root, schema["$ref"]))
    return None
