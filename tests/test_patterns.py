"""Lazy patterns: compiled on first use, answering as the compiled pattern does."""

from __future__ import annotations

import re

from smartbrev.patterns import Lazy


def test_a_lazy_pattern_compiles_when_first_used_and_answers_as_re_does() -> None:
    text = "Why it matters: fares rise. What's next: a vote."
    lazy = Lazy(r"(\w+)\s*:", re.IGNORECASE)
    assert lazy._compiled is None  # nothing compiled by making it
    plain = re.compile(r"(\w+)\s*:", re.IGNORECASE)
    assert lazy.search(text).group(1) == plain.search(text).group(1)  # type: ignore[union-attr]
    assert lazy._compiled is not None
    assert [m.span() for m in lazy.finditer(text, 5)] == [m.span() for m in plain.finditer(text, 5)]
    assert lazy.findall(text) == plain.findall(text) == ["matters", "next"]
    assert lazy.sub("-", text, 1) == plain.sub("-", text, 1)
    assert lazy.match(text, 7, 16) is not None and lazy.match(text, 4, 9) is None
    assert lazy.fullmatch("NEXT:") is not None
    assert lazy.pattern == plain.pattern
