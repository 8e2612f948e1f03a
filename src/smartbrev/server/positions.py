"""Between smartbrev's places and the editor's: spans are 1-based lines and columns in
characters; LSP positions are 0-based lines and columns in the negotiated code units
(UTF-16 unless the client offered UTF-8 or UTF-32)."""

from __future__ import annotations

import difflib
import re
from bisect import bisect_right

from lsprotocol import types

from smartbrev.server.engine import Span

_BREAK = re.compile(r"\r\n|\r|\n")
"""Line breaks as LSP counts them."""


def _units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    if encoding == types.PositionEncodingKind.Utf32 or text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Lines:
    """A text's lines, for turning offsets and spans into LSP positions and back."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.encoding = encoding
        self.starts = [0, *(match.end() for match in _BREAK.finditer(text))]

    def _line_text(self, line: int) -> str:
        """Line `line` (0-based) without its break."""
        start = self.starts[line]
        end = self.starts[line + 1] if line + 1 < len(self.starts) else len(self.text)
        return self.text[start:end].rstrip("\r\n")

    def position(self, offset: int) -> types.Position:
        """The LSP position of a character offset."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        within = self._line_text(line)[: offset - start]
        return types.Position(line, _units(within, self.encoding))

    def offset(self, position: types.Position) -> int:
        """The character offset of an LSP position (clamped to the text)."""
        if position.line >= len(self.starts):
            return len(self.text)
        line = self._line_text(max(0, position.line))
        start = self.starts[max(0, position.line)]
        if self.encoding == types.PositionEncodingKind.Utf32 or line.isascii():
            return start + min(position.character, len(line))
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return start + index
            units += _units(char, self.encoding)
        return start + len(line)

    def span_offset(self, line: int, column: int) -> int:
        """The character offset of a 1-based (line, column)."""
        line = max(1, min(line, len(self.starts)))
        text = self._line_text(line - 1)
        return self.starts[line - 1] + max(0, min(column - 1, len(text)))

    def range(self, span: Span | None) -> types.Range:
        """The LSP range of a span (no span: the start of the document)."""
        if span is None:
            start = types.Position(0, 0)
            return types.Range(start, start)
        first = self.span_offset(span.line, span.column)
        last = max(first, self.span_offset(span.end_line, span.end_column))
        return types.Range(self.position(first), self.position(last))

    def line_of(self, offset: int) -> int:
        """The 0-based line holding a character offset."""
        return bisect_right(self.starts, offset) - 1

    def line(self, number: int) -> str:
        """Line `number` (0-based) without its break ("" past the end)."""
        return self._line_text(number) if 0 <= number < len(self.starts) else ""

    @property
    def count(self) -> int:
        """How many lines the text has (a final break starts an empty last line)."""
        return len(self.starts)


def edits(lines: Lines, new: str) -> list[types.TextEdit]:
    """Small edits that turn the text of `lines` into `new`: one per changed run of
    lines, trimmed to the characters that differ."""
    old = lines.text
    if old == new:
        return []
    old_lines = old.splitlines(keepends=True)
    new_lines = new.splitlines(keepends=True)
    found: list[types.TextEdit] = []
    old_at = [0]
    for piece in old_lines:
        old_at.append(old_at[-1] + len(piece))
    new_at = [0]
    for piece in new_lines:
        new_at.append(new_at[-1] + len(piece))
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start, end = old_at[i1], old_at[i2]
        text = new[new_at[j1] : new_at[j2]]
        before = old[start:end]
        head = 0
        limit = min(len(before), len(text))
        while head < limit and before[head] == text[head]:
            head += 1
        tail = 0
        while tail < limit - head and before[-1 - tail] == text[-1 - tail]:
            tail += 1
        # An LSP position cannot fall between the two characters of a "\r\n".
        if _inside_crlf(old, start + head):
            head -= 1
        if _inside_crlf(old, end - tail):
            tail -= 1
        found.append(
            types.TextEdit(
                types.Range(lines.position(start + head), lines.position(end - tail)),
                text[head : len(text) - tail],
            )
        )
    return found


def _inside_crlf(text: str, offset: int) -> bool:
    return 0 < offset < len(text) and text[offset - 1] == "\r" and text[offset] == "\n"
