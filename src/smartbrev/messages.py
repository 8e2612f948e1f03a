"""Wording shared by messages: paths, kinds and values as people read them, suggestions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

_TYPE_NAMES = {
    "string": "text (a string)",
    "array": "a list",
    "object": "an object",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}

LINE_PATTERN = "^[^\\r\\n]*\\S[^\\r\\n]*$"
NOT_BLANK_PATTERN = "\\S"


def human_path(parts: Iterable[str | int]) -> str:
    """A path for people: `blocks[0].content[2].text`; the whole document is `the document`."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text or "the document"


def did_you_mean(word: str, choices: Sequence[str]) -> str | None:
    """The closest choice to a misspelt word, when one is close enough."""
    import difflib  # only when there is something to suggest

    matches = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return matches[0] if matches else None


def suggestion(word: str, choices: Sequence[str]) -> str:
    """ "; did you mean `x`?" or nothing."""
    match = did_you_mean(word, choices)
    return f"; did you mean `{match}`?" if match else ""


def type_names(expected: Any) -> str:
    """The allowed JSON types in words."""
    kinds = expected if isinstance(expected, list) else [expected]
    return " or ".join(_TYPE_NAMES.get(str(k), str(k)) for k in kinds)


def quote(value: object, limit: int = 40) -> str:
    """A short rendering of a value for a message."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f'"{text}"' if isinstance(value, str) else text


_KINDS = {list: "a list", str: "a string", int: "a number", float: "a number", bool: "a boolean"}


def kind_of(value: object) -> str:
    """How a value is called in messages ("a list", "null", ...)."""
    if value is None:
        return "null"
    if isinstance(value, dict):
        return "an object"
    return _KINDS.get(type(value), f"a {type(value).__name__}")
