"""YAML front matter at the top of a draft: `---`, fields, `---`."""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec.structs import replace

from smartbrev.diagnostics import Span
from smartbrev.errors import ReadError
from smartbrev.pointer import Location
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits

_OPEN = "---"
_CLOSE = ("---", "...")


class FrontMatter(msgspec.Struct, frozen=True):
    """The fields of a draft's front matter, and the body that follows it."""

    data: dict[str, Any] = msgspec.field(default_factory=dict)
    locations: dict[str, Location] = msgspec.field(default_factory=dict)
    body_lines: list[str] = msgspec.field(default_factory=list)
    first_body_line: int = 1
    """The 1-based line of the draft on which the body starts."""


def _shift(span: Span, lines: int) -> Span:
    return Span(span.line + lines, span.column, span.end_line + lines, span.end_column)


def body_start(lines: list[str]) -> int:
    """The index of the first body line (0 when there is no complete front matter)."""
    if not lines or lines[0].rstrip() != _OPEN:
        return 0
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _CLOSE), None)
    return 0 if close is None else close + 1


def split_front_matter(lines: list[str], name: str, limits: Limits = DEFAULT_LIMITS) -> FrontMatter:
    """Separate front matter (if the draft opens with `---`) from the body lines."""
    if not lines or lines[0].rstrip() != _OPEN:
        return FrontMatter(body_lines=lines)
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in _CLOSE), None)
    if close is None:
        raise ReadError(
            "front matter opened on line 1 is never closed; end it with a line `---`",
            code="SB002",
            name="invalid-syntax",
            path=name,
            line=1,
            column=1,
        )
    text = "\n".join(lines[1:close])
    data: dict[str, Any] = {}
    locations: dict[str, Location] = {}
    if text.strip() and not all(
        not line.strip() or line.lstrip().startswith("#") for line in lines[1:close]
    ):
        # PyYAML loads only for drafts that have front matter.
        from smartbrev.readers.yaml_reader import parse_yaml, yaml_locations

        try:
            data = parse_yaml(text, name, limits)
        except ReadError as error:
            message = error.message
            if message.startswith("the top level must be"):
                message = "front matter must be a mapping of fields (`key: value` lines)" + (
                    message[message.index(",") :] if "," in message else ""
                )
            line = error.line + 1 if error.line is not None else 1
            raise ReadError(
                f"in front matter: {message}" if not message.startswith("front") else message,
                code=error.code,
                name=error.name,
                path=name,
                line=line,
                column=error.column or 1,
            ) from None
        for pointer, where in yaml_locations(text).items():
            key = _shift(where.key, 1) if where.key else None
            locations[pointer] = replace(where, value=_shift(where.value, 1), key=key)
    return FrontMatter(data, locations, lines[close + 1 :], close + 2)
