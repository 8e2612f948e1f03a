"""Wording shared by messages: paths, kinds and values as people read them, suggestions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def closest(word: str, choices: Iterable[str], cutoff: float) -> str | None:
    """The choice most like `word` (difflib's ratio, at least `cutoff`), or None.

    A ratio is at most twice the shorter length over the sum of both: choices that
    bound keeps under the cutoff are left out before comparing, which finds the same
    and spares comparing a long word with every short choice.
    """
    import difflib  # only when there is something to suggest

    size = len(word)
    close = [c for c in choices if 2 * min(size, len(c)) >= cutoff * (size + len(c))]
    matches = difflib.get_close_matches(word, close, n=1, cutoff=cutoff)
    return matches[0] if matches else None


def did_you_mean(word: str, choices: Sequence[str]) -> str | None:
    """The closest choice to a misspelt word, when one is close enough."""
    return closest(word, choices, 0.6)


def suggestion(word: str, choices: Sequence[str]) -> str:
    """ "; did you mean `x`?" or nothing."""
    match = did_you_mean(word, choices)
    return f"; did you mean `{match}`?" if match else ""


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
