"""JSON pointers (RFC 6901) and the source positions they map to."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

import msgspec

from smartbrev.diagnostics import Span


def escape(token: str | int) -> str:
    """One reference token, escaped."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join(parts: Iterable[str | int]) -> str:
    """A pointer from its unescaped tokens; no tokens is the whole document ("")."""
    return "".join("/" + escape(part) for part in parts)


def parent(pointer: str) -> str:
    """The pointer one level up ("" stays "")."""
    return pointer.rsplit("/", 1)[0] if pointer else ""


class Location(msgspec.Struct, frozen=True):
    """Where one node of a document is written."""

    value: Span
    """The node's value."""
    key: Span | None = None
    """The key naming it, when the node is a member of a mapping."""


Locator = Callable[[str], Location | None]
"""Where the node at a JSON pointer is written, when that is known."""


_DRAFT_BREAK = re.compile(r"\r\n|\r|\n")


class LineIndex:
    """Turns character offsets into 1-based line and column numbers."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        starts = [0]
        find = text.find
        at = find("\n")
        while at != -1:
            starts.append(at + 1)
            at = find("\n", at + 1)
        self._starts = starts

    @classmethod
    def of_draft(cls, text: str) -> LineIndex:
        """The lines of a draft as its readers count them: CRLF, CR and LF each end one."""
        index = cls("")
        index._starts = [0, *(match.end() for match in _DRAFT_BREAK.finditer(text))]
        return index

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a character offset."""
        line = bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1

    def __len__(self) -> int:
        """How many lines the text has."""
        return len(self._starts)

    def offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based (line, column)."""
        return self._starts[line - 1] + column - 1

    def span(self, start: int, end: int) -> Span:
        """The span between two character offsets (end exclusive)."""
        line, column = self.position(start)
        end_line, end_column = self.position(end)
        return Span(line, column, end_line, end_column)
