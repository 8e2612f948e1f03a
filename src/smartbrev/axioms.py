"""The registry of Smart Brevity labels ("axioms") and the normalisation that matches them.

The table is data: adding a label means adding one row. The JSON Schema's `axiom` enum
is the registry's ids plus `custom`, and a test keeps the two in step.
"""

from __future__ import annotations

from functools import lru_cache

import msgspec

CUSTOM = "custom"
"""The axiom id of any label the registry does not know; its label is kept verbatim."""


class Axiom(msgspec.Struct, frozen=True):
    """One known label."""

    id: str
    """Stable identifier used in the schema and in every output format."""
    label: str
    """The house form, as an editor writes it (without the trailing colon)."""
    variants: tuple[str, ...] = ()
    """Other spellings that mean the same axiom (matched after normalisation)."""


AXIOMS: tuple[Axiom, ...] = (
    Axiom("why-it-matters", "Why it matters"),
    Axiom("driving-the-news", "Driving the news"),
    Axiom("big-picture", "The big picture"),
    Axiom(
        "what-theyre-saying",
        "What they're saying",
        (
            "What they are saying",
            "What he's saying",
            "What she's saying",
            "What he is saying",
            "What she is saying",
            "What it's saying",
            "What people are saying",
        ),
    ),
    Axiom("go-deeper", "Go deeper"),
    Axiom("by-the-numbers", "By the numbers"),
    Axiom("between-the-lines", "Between the lines"),
    Axiom("yes-but", "Yes, but"),
    Axiom("whats-next", "What's next", ("What is next", "What comes next")),
    Axiom("what-to-watch", "What to watch", ("What to watch for",)),
    Axiom("zoom-in", "Zoom in"),
    Axiom("zoom-out", "Zoom out"),
    Axiom("bottom-line", "The bottom line"),
    Axiom("other-side", "The other side"),
    Axiom("reality-check", "Reality check"),
    Axiom("flashback", "Flashback"),
    Axiom("state-of-play", "State of play"),
    Axiom("catch-up-quick", "Catch up quick"),
    Axiom("intrigue", "The intrigue"),
    Axiom("behind-the-scenes", "Behind the scenes"),
    Axiom("context", "Context"),
    Axiom("friction-point", "Friction point"),
    Axiom("threat-level", "Threat level"),
    Axiom("what-were-hearing", "What we're hearing", ("What we are hearing",)),
    Axiom("be-smart", "Be smart"),
    Axiom("details", "Details", ("The details",)),
    Axiom("how-it-works", "How it works"),
    Axiom("whats-new", "What's new", ("What is new",)),
    Axiom("key-points", "Key points"),
    Axiom("latest", "The latest", ("Latest",)),
    Axiom("thought-bubble", "Thought bubble"),
    Axiom("one-big-thing", "One big thing", ("1 big thing",)),
)

AXIOM_IDS: tuple[str, ...] = tuple(a.id for a in AXIOMS)
"""Every known axiom id, in registry order (the schema's enum adds `custom`)."""

BY_ID: dict[str, Axiom] = {a.id: a for a in AXIOMS}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_CLOSING = ":-\u2013\u2014"


@lru_cache(maxsize=4096)
def label_key(label: str) -> str:
    """Reduce a label as written to the form axiom ids take.

    Case, curly apostrophes, a trailing colon or dash, a leading "The", apostrophes
    and commas do not change which axiom a label names.
    """
    text = label.translate(_APOSTROPHES).lower()
    end = len(text)  # trailing spaces, colons and dashes (by hand: see `strip_closing`)
    while end and (text[end - 1].isspace() or text[end - 1] in _CLOSING):
        end -= 1
    text = " ".join(text[:end].split())
    if text.startswith("the "):
        text = text[4:]
    text = text.replace("'", "").replace(",", "")
    return text.replace(" ", "-")


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    index: dict[str, str] = {}
    for axiom in AXIOMS:
        for written in (axiom.id, axiom.label, *axiom.variants):
            index[label_key(written)] = axiom.id
    return index


@lru_cache(maxsize=1)
def _longest_key() -> int:
    return max(map(len, _index()))


_DROPPED = "'\u2019\u2018\u02bc`,:-\u2013\u2014"
"""Characters a label key may leave out (besides spaces, and a leading "the")."""


@lru_cache(maxsize=1024)  # a newsroom writes the same few labels over and over
def match_label(label: str) -> str | None:
    """The axiom id a label names, or None when the registry does not know it."""
    longest = _longest_key()
    if len(label) > longest + 3:
        # Readers ask about whole lines, often paragraphs: a text that keeps more
        # characters than any key has, after all a key may drop, names no axiom.
        kept = len("".join(label.split())) - sum(map(label.count, _DROPPED)) - len("the")
        if kept > longest:
            return None
    return _index().get(label_key(label))
