"""Text that went through the wrong encoding (mojibake): spotting it cheaply, fixing it
with ftfy.

UTF-8 read as Windows-1252 or Latin-1 turns each accented letter, curly quote or dash
into a letter from U+00C2-U+00F4 followed by one or more characters those code pages give
the bytes 0x80-0xBF (`Ã©`, `â€™`); read as Windows-874 (Thai), punctuation turns into
`โ€` and one more character (`โ€”`). A pattern finds such pairs without importing
anything (`smartbrev.garbled`); ftfy, imported only when the pattern finds one, decides
whether they are mojibake and what they were.
"""

from __future__ import annotations

import re
from functools import lru_cache

from smartbrev.garbled import SUSPICIOUS, suspicious
from smartbrev.patterns import Lazy

__all__ = ["SUSPICIOUS", "mojibake_spans", "repaired", "suspicious"]

_THAI_PUNCTUATION = Lazy(r"\u0e42\u20ac[\u0080-\u009f\u2013-\u201d\u2022\u2026]")
"""UTF-8 punctuation (U+2000-U+203F) read as Windows-874, which ftfy does not undo."""


def _thai(match: re.Match[str]) -> str:
    found = match.group()
    try:
        raw = bytes(ord(c) if ord(c) < 0x100 else c.encode("cp874")[0] for c in found)
        return raw.decode("utf-8")
    except UnicodeError:  # not Windows-874 after all: leave it
        return found


@lru_cache(maxsize=256)
def repaired(text: str) -> str:
    """The text with its mojibake undone (only the encoding: quotes stay curly, nothing
    else is normalised); the text itself when it has none."""
    if not suspicious(text):
        return text
    import ftfy  # lazily: a start-up cost only files with suspicious characters pay

    text = _THAI_PUNCTUATION.sub(_thai, text)
    return ftfy.fix_encoding(text)


@lru_cache(maxsize=256)
def mojibake_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each garbled sequence the repair changes (none in clean text)."""
    fixed = repaired(text)
    if fixed == text:
        return ()
    import difflib

    changed = [
        (i1, i2)
        for tag, i1, i2, _j1, _j2 in difflib.SequenceMatcher(
            None, text, fixed, autojunk=False
        ).get_opcodes()
        if tag != "equal"
    ]
    return tuple(
        (m.start(), m.end())
        for m in SUSPICIOUS.finditer(text)
        if any(start < m.end() and m.start() < max(end, start + 1) for start, end in changed)
    )
