"""JSON input: strict parsing, duplicate keys refused, and source positions on demand."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from smartbrev.errors import ReadError
from smartbrev.pointer import LineIndex, Location, escape
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.source import Source
from smartbrev.readers.tree import MAX_DIGITS, check_tree, too_deep


class _DuplicateKey(Exception):
    pass


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKey
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"{text} is beyond the largest number a briefing can hold")
    return value


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise ValueError(f"a number of {len(text.lstrip('-')):,} digits is too long")
    return int(text)


_DECODER = json.JSONDecoder(
    object_pairs_hook=_pairs,
    parse_constant=_no_constants,
    parse_float=_finite,
    parse_int=_integer,
)
_BRACKETS = re.compile(r"[\[\]{}]")


def _shallow(text: str, limit: int) -> bool:
    """Whether brackets never nest deeper than `limit` (brackets inside strings count too,
    so a False answer only means the exact check must run)."""
    if text.count("{") + text.count("[") <= limit:
        return True  # cannot nest deeper than there are brackets; counted at C speed
    depth = deepest = 0
    for match in _BRACKETS.finditer(text):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest <= limit


def parse_json(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> dict[str, Any]:
    """The top-level object of a JSON document."""
    try:
        data = _DECODER.decode(text)
    except _DuplicateKey:
        raise _duplicate_error(text, name) from None
    except json.JSONDecodeError as exc:
        raise ReadError(
            f"invalid JSON: {exc.msg}",
            code="SB002",
            name="invalid-syntax",
            path=name,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except ValueError as exc:
        raise ReadError(
            f"invalid JSON: {exc}",
            code="SB002",
            name="invalid-syntax",
            path=name,
        ) from None
    except RecursionError:
        raise too_deep(limits, name) from None
    if isinstance(data, dict) and _shallow(text, limits.max_depth):
        return data  # JSON holds only plain data with text keys; depth is all to check
    return check_tree(data, limits, name)


def _duplicate_error(text: str, name: str) -> ReadError:
    scanner = _Scanner(text)
    scanner.scan()
    pointer, location = scanner.duplicates[0]
    key_span = location.key or location.value
    key = pointer.rsplit("/", 1)[-1].replace("~1", "/").replace("~0", "~")
    return ReadError(
        f"duplicate key `{key}`: each field may appear only once in an object",
        code="SB003",
        name="duplicate-key",
        path=name,
        line=key_span.line,
        column=key_span.column,
    )


def json_locations(text: str) -> dict[str, Location]:
    """Where every node of a well-formed JSON document is written, by JSON pointer."""
    scanner = _Scanner(text)
    scanner.scan()
    return scanner.locations


_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_SCALAR = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")


class _Scanner:
    """A position-recording walk over JSON text already known to parse."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.lines = LineIndex(text)
        self.locations: dict[str, Location] = {}
        self.duplicates: list[tuple[str, Location]] = []

    def scan(self) -> None:
        self._value(self._skip(0), "", None)

    def _skip(self, pos: int) -> int:
        match = _WS.match(self.text, pos)
        return match.end() if match else pos

    def _value(self, pos: int, pointer: str, key: tuple[int, int] | None) -> int:
        char = self.text[pos]
        if char == "{":
            end = self._object(pos, pointer)
        elif char == "[":
            end = self._array(pos, pointer)
        else:
            match = (_STRING if char == '"' else _SCALAR).match(self.text, pos)
            if match is None:
                raise ValueError(f"unexpected character at offset {pos}")
            end = match.end()
        key_span = self.lines.span(*key) if key else None
        self.locations[pointer] = Location(self.lines.span(pos, end), key_span)
        return end

    def _object(self, pos: int, pointer: str) -> int:
        pos = self._skip(pos + 1)
        seen: set[str] = set()
        if self.text[pos] == "}":
            return pos + 1
        while True:
            match = _STRING.match(self.text, pos)
            if match is None:
                raise ValueError(f"expected a key at offset {pos}")
            name = json.loads(match.group())
            child = f"{pointer}/{escape(name)}"
            key = (pos, match.end())
            pos = self._skip(match.end()) + 1  # past the colon
            pos = self._skip(self._value(self._skip(pos), child, key))
            if name in seen:
                self.duplicates.append((child, self.locations[child]))
            seen.add(name)
            if self.text[pos] == "}":
                return pos + 1
            pos = self._skip(pos + 1)

    def _array(self, pos: int, pointer: str) -> int:
        pos = self._skip(pos + 1)
        if self.text[pos] == "]":
            return pos + 1
        index = 0
        while True:
            pos = self._skip(self._value(pos, f"{pointer}/{index}", None))
            index += 1
            if self.text[pos] == "]":
                return pos + 1
            pos = self._skip(pos + 1)


def read_json(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Source:
    """A JSON document as a source; positions are worked out only when asked for."""
    return Source(name, text, "json", parse_json(text, name, limits), json_locations)
