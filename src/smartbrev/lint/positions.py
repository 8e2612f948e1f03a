"""From a place in the model (a pointer and an offset in that field's text) to the source.

Drafts keep each text as written, line by line, so an offset maps to a line and column
of the draft. JSON and YAML escape and fold strings, so there the whole value is the
place.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Any, NamedTuple

from smartbrev.diagnostics import Span
from smartbrev.formats import DRAFT_FORMATS
from smartbrev.pointer import LineIndex, Location, parent
from smartbrev.readers.source import Source


def resolve(data: Any, pointer: str) -> Any:
    """The value at a JSON pointer, or None."""
    node = data
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict):
            node = node.get(token)
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return None
    return node


def location(source: Source, pointer: str) -> Location | None:
    """Where the node at a pointer (or its nearest ancestor) is written."""
    found = source.locate(pointer)
    while found is None and pointer:
        pointer = parent(pointer)
        found = source.locate(pointer)
    return found


def has_own_place(source: Source, pointer: str) -> bool:
    """Whether the source writes a field on its own (a draft's author names have none:
    they are read out of the byline line)."""
    return source.locate(pointer) is not None


def _segment_lines(source: Source, pointer: str, text: str) -> list[tuple[int, int]] | None:
    """For each line of a draft field's text: (0-based source line, 0-based column)."""
    where = source.locate(pointer)
    if where is None:
        return None
    lines = source.lines
    cursor = where.value.line - 1
    placed: list[tuple[int, int]] = []
    for segment in text.split("\n"):
        if not segment.strip():
            placed.append((cursor, 0))
            cursor += 1
            continue
        for number in range(cursor, min(len(lines), where.value.end_line + 2 + len(placed))):
            column = lines[number].find(segment)
            if column != -1:
                placed.append((number, column))
                cursor = number + 1
                break
        else:
            return None
    return placed


class _Field(NamedTuple):
    """Where a draft field's lines stand in the source, and where its text breaks."""

    placed: list[tuple[int, int]]
    breaks: list[int]
    """The offset of each line break in the field's text."""


def _breaks(text: str) -> list[int]:
    """The offset of each line break in a text (found by `str.find`, not char by char)."""
    found = []
    at = text.find("\n")
    while at != -1:
        found.append(at)
        at = text.find("\n", at + 1)
    return found


def _field(source: Source, pointer: str, text: str) -> _Field | None:
    """A field's `_Field`, worked out once per source: a field may have thousands of
    findings, and each would otherwise read the whole field again."""
    key = ("field", pointer)
    if key not in source.memo:
        placed = _segment_lines(source, pointer, text)
        breaks = _breaks(text) if placed else []
        source.memo[key] = None if placed is None else _Field(placed, breaks)
    found: _Field | None = source.memo[key]
    return found


def _position(field: _Field, offset: int) -> tuple[int, int]:
    segment = bisect_left(field.breaks, offset)
    within = offset - (field.breaks[segment - 1] + 1 if segment else 0)
    line, column = field.placed[segment]
    return line, column + within


def source_span(source: Source, pointer: str, start: int | None, end: int | None) -> Span | None:
    """The span of a finding in the source the user wrote."""
    found = location(source, pointer)
    if found is None:
        return None
    if start is None or end is None or source.format not in DRAFT_FORMATS:
        return found.value
    text = resolve(source.data, pointer)
    if not isinstance(text, str):
        return found.value
    field = _field(source, pointer, text)
    if field is None:
        return found.value
    line, column = _position(field, start)
    end_line, end_column = _position(field, max(end, start))
    return Span(line + 1, column + 1, end_line + 1, end_column + 1)


def source_offsets(source: Source, pointer: str, start: int, end: int) -> tuple[int, int] | None:
    """Character offsets in a draft's text of a range of one field's text."""
    text = resolve(source.data, pointer)
    if source.format not in DRAFT_FORMATS or not isinstance(text, str):
        return None
    field = _field(source, pointer, text)
    if field is None:
        return None
    index = source.memo.get("draft lines")
    if index is None:
        index = source.memo["draft lines"] = LineIndex.of_draft(source.text)
    first = _position(field, start)
    last = _position(field, end)
    if last[0] >= len(index):  # a line `str.splitlines` ends (a form feed) and a draft does not
        return None
    begin = index.offset(first[0] + 1, first[1] + 1)
    finish = index.offset(last[0] + 1, last[1] + 1)
    if source.text[begin:finish] != text[start:end]:
        return None
    return begin, finish
