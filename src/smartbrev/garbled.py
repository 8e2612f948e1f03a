"""Text garbled by a wrong decoding (mojibake): the pattern that spots it, and the
characters each garbled sequence stood for, without ftfy.

UTF-8 read as Windows-1252 or Latin-1 turns each accented letter, curly quote or dash
into a letter from U+00C2-U+00F4 followed by one or more characters those code pages give
the bytes 0x80-0xBF (`Ã©`, `â€™`); read as Windows-874 (Thai), punctuation turns into
`โ€` and one more character (`โ€”`). Counting words needs only what each sequence was
(a letter, an apostrophe, a dash); whether a sequence is really mojibake in its context,
and repairing it, is ftfy's work (`smartbrev.lint.encoding`).
"""

from __future__ import annotations

import re

_CONTINUATION = (
    "\u0080-\u00bf"  # Latin-1, and the bytes Windows-1252 leaves undefined (as C1 controls)
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
"""What Windows-1252 or Latin-1 shows for the bytes 0x80-0xBF."""

SUSPICIOUS = re.compile(
    rf"[\u00c2-\u00df][{_CONTINUATION}]|[\u00e0-\u00ef][{_CONTINUATION}]{{2}}"
    rf"|[\u00f0-\u00f4][{_CONTINUATION}]{{3}}"
    r"|\u0e42\u20ac[\u0080-\u009f\u2013-\u201d\u2022\u2026]"
)
"""A UTF-8 lead byte and as many continuation bytes as it takes, as a wrong code page
shows them ("Zoë’s" is no such sequence: "ë" would take two)."""

_BYTES = {
    **{chr(b): b for b in range(0x100)},
    **{
        bytes([b]).decode("cp1252"): b
        for b in range(0x80, 0xA0)
        if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
    },
    "\u0e42": 0xE2,  # Windows-874's "โ", the lead byte of U+2000-U+203F
}
"""The byte each character of a garbled sequence was read from."""


def suspicious(text: str) -> bool:
    """Whether a text may hold mojibake (ASCII text never does)."""
    return not text.isascii() and SUSPICIOUS.search(text) is not None


def _written(match: re.Match[str]) -> str:
    found = match.group()
    try:
        return bytes(_BYTES[char] for char in found).decode("utf-8")
    except (KeyError, UnicodeError):  # not one character's bytes after all: leave it
        return found


def as_written(text: str) -> str:
    """The text with each garbled sequence read back as the character it was (every one,
    whatever its context: good enough to count words, not to repair a text)."""
    return SUSPICIOUS.sub(_written, text) if suspicious(text) else text
