"""Checks shared by the data readers: nesting depth, JSON-compatible types, a mapping on top."""

from __future__ import annotations

from typing import Any

from smartbrev.errors import ReadError
from smartbrev.messages import kind_of
from smartbrev.readers.decode import Limits

_SCALARS = (str, int, float, bool, type(None))
MAX_DIGITS = 4300
"""Longest integer accepted, in digits (Python's own bound on turning text into a number)."""


def check_tree(data: object, limits: Limits, name: str) -> dict[str, Any]:
    """The document's top-level mapping, once the whole tree is known to be plain data.

    Walks iteratively, so a hostile depth cannot exhaust the stack here.
    """
    if not isinstance(data, dict):
        raise ReadError(
            f"the top level must be an object of fields (a mapping), not {kind_of(data)}",
            code="SB002",
            name="invalid-syntax",
            path=name,
        )
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > limits.max_depth:
            raise too_deep(limits, name)
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(key, str):
                    raise ReadError(
                        f"field names must be text, found {kind_of(key)} ({key!r})",
                        code="SB002",
                        name="invalid-syntax",
                        path=name,
                    )
                if not isinstance(value, _SCALARS):
                    stack.append((value, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, depth + 1) for item in node if not isinstance(item, _SCALARS))
        else:
            raise ReadError(
                f"unsupported value of type {type(node).__name__}; "
                "use only text, numbers, booleans, null, lists and mappings",
                code="SB005",
                name="unsupported-yaml-tag",
                path=name,
            )
    return data


def too_deep(limits: Limits, name: str) -> ReadError:
    """The error for a document nested deeper than the limit."""
    return ReadError(
        f"nesting is deeper than the limit of {limits.max_depth} levels",
        code="SB004",
        name="input-too-large",
        path=name,
    )
