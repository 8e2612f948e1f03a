"""The registry of Smart Brevity labels ("axioms") and the normalisation that matches them.

The table is data: adding a label means adding one row. The JSON Schema's `axiom` enum
is the registry's ids plus `custom`, and a test keeps the two in step.
"""

from __future__ import annotations

import re
from functools import lru_cache

import msgspec

from smartbrev.patterns import Lazy

CUSTOM = "custom"
"""The axiom id of any label the registry does not know; its label is kept verbatim."""


class Axiom(msgspec.Struct, frozen=True):
    """One known label."""

    id: str
    """Stable identifier used in the schema and in every output format."""
    label: str
    """The house form, as an editor writes it (without the trailing colon)."""
    description: str
    """What a block under this label is for, in one line (shown in docs and editors)."""
    variants: tuple[str, ...] = ()
    """Other spellings that mean the same axiom (matched after normalisation)."""
    since: str = "1.0"
    """The first schema version whose `axiom` enum holds this id."""
    house_too: tuple[str, ...] = ()
    """Other forms the house writes on purpose (not reported as nonstandard): "What she's
    saying" quotes one woman."""


AXIOMS: tuple[Axiom, ...] = (
    Axiom("why-it-matters", "Why it matters", "Why the news is important to the reader."),
    Axiom("driving-the-news", "Driving the news", "The event or finding that prompted the story."),
    Axiom(
        "big-picture",
        "The big picture",
        "The wider trend or context the news fits into.",
        ("Big picture",),
    ),
    Axiom(
        "what-theyre-saying",
        "What they're saying",
        "Quotes from the people involved, each attributed.",
        (
            "What they are saying",
            "What he's saying",
            "What she's saying",
            "What he is saying",
            "What she is saying",
            "What it's saying",
            "What people are saying",
        ),
        house_too=("What he's saying", "What she's saying", "What it's saying"),
    ),
    Axiom("go-deeper", "Go deeper", "Links to further reading."),
    Axiom("by-the-numbers", "By the numbers", "The key figures, usually as bullets."),
    Axiom("between-the-lines", "Between the lines", "What the news implies but does not say."),
    Axiom("yes-but", "Yes, but", "The caveat or the counterpoint to the main point."),
    Axiom(
        "whats-next",
        "What's next",
        "What happens after this, and when.",
        ("What is next", "What comes next"),
    ),
    Axiom("what-to-watch", "What to watch", "What to keep an eye on.", ("What to watch for",)),
    Axiom("zoom-in", "Zoom in", "A close look at one detail or one place."),
    Axiom("zoom-out", "Zoom out", "The wider view: how this fits a larger pattern."),
    Axiom("bottom-line", "The bottom line", "The one-sentence takeaway.", ("Bottom line",)),
    Axiom("other-side", "The other side", "The opposing view."),
    Axiom("reality-check", "Reality check", "Facts that temper a claim or an expectation."),
    Axiom("flashback", "Flashback", "What happened before that explains the news."),
    Axiom("state-of-play", "State of play", "Where things stand now."),
    Axiom("catch-up-quick", "Catch up quick", "A short recap for readers new to the story."),
    Axiom("intrigue", "The intrigue", "The surprising or unresolved angle."),
    Axiom("behind-the-scenes", "Behind the scenes", "What happened out of public view."),
    Axiom("context", "Context", "Background the reader needs."),
    Axiom(
        "friction-point", "Friction point", "Where the sides disagree or the plan meets resistance."
    ),
    Axiom("threat-level", "Threat level", "How serious the risk is."),
    Axiom(
        "what-were-hearing",
        "What we're hearing",
        "Reporting from sources, not yet public.",
        ("What we are hearing",),
    ),
    Axiom("be-smart", "Be smart", "The insight a well-informed reader should take away."),
    Axiom("details", "Details", "The specifics.", ("The details",)),
    Axiom("how-it-works", "How it works", "How the thing in the news works."),
    Axiom("whats-new", "What's new", "What changed.", ("What is new",)),
    Axiom("key-points", "Key points", "The main points, usually as bullets."),
    Axiom("latest", "The latest", "The most recent development.", ("Latest",)),
    Axiom(
        "thought-bubble",
        "Our thought bubble",
        "The author's own analysis, labelled as such.",
        ("Thought bubble",),
    ),
    Axiom(
        "one-big-thing",
        "1 big thing",
        "The lead item of a newsletter (numerals stay numerals).",
        ("One big thing",),
    ),
    Axiom("of-note", "Of note", "A detail worth pointing out.", since="1.2"),
    Axiom("better-news", "The better news", "The hopeful part of a bad story.", since="1.2"),
    Axiom(
        "situational-awareness",
        "Situational awareness",
        "Other news the reader should know about.",
        since="1.2",
    ),
    Axiom(
        "whats-happening",
        "What's happening",
        "What is going on now.",
        ("What is happening",),
        since="1.2",
    ),
    Axiom(
        "meanwhile", "Meanwhile", "A related development happening at the same time.", since="1.2"
    ),
    Axiom(
        "what-they-found",
        "What they found",
        "The findings of a study or an investigation.",
        since="1.2",
    ),
    Axiom(
        "what-were-watching",
        "What we're watching",
        "What the newsroom will follow next.",
        ("What we are watching",),
        since="1.2",
    ),
    Axiom("follow-the-money", "Follow the money", "Who pays, who profits.", since="1.2"),
    Axiom("where-it-stands", "Where it stands", "The current status.", since="1.2"),
    Axiom("backdrop", "The backdrop", "The setting the news happens against.", since="1.2"),
    Axiom("yes-and", "Yes, and", "A point that adds to the one before it.", since="1.2"),
    Axiom(
        "worthy-of-your-time",
        "Worthy of your time",
        "A recommended read, listen or watch.",
        since="1.2",
    ),
    Axiom("good-news", "The good news", "The encouraging part.", since="1.2"),
    Axiom("bad-news", "The bad news", "The discouraging part.", since="1.2"),
    Axiom("big-question", "The big question", "The open question the news raises.", since="1.2"),
    Axiom("why-now", "Why now", "Why this is happening at this moment.", since="1.2"),
    Axiom("what-happened", "What happened", "The sequence of events.", since="1.2"),
    Axiom("fine-print", "The fine print", "Conditions and caveats in the details.", since="1.2"),
    Axiom(
        "stunning-stat",
        "Stunning stat",
        "One striking figure that makes the story's point.",
        since="1.2",
    ),
    Axiom(
        "programming-note",
        "Programming note",
        "A note to readers about the newsletter or the coverage itself.",
        since="1.2",
    ),
)

AXIOM_IDS: tuple[str, ...] = tuple(a.id for a in AXIOMS)
"""Every known axiom id, in registry order (the schema's enum adds `custom`)."""


def ids_in(version: str) -> tuple[str, ...]:
    """The axiom ids schema `version` knows, in registry order."""
    wanted = tuple(int(part) for part in version.split("."))
    return tuple(a.id for a in AXIOMS if tuple(int(p) for p in a.since.split(".")) <= wanted)


BY_ID: dict[str, Axiom] = {a.id: a for a in AXIOMS}

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_MOJIBAKE_APOSTROPHES = ("\u00e2\u20ac\u2122", "\u00e2\u20ac\u02dc", "\u00e2\u0080\u0099")
"""A curly apostrophe after a trip through the wrong encoding (`â€™`): labels are still
recognised in such copy, which the mojibake rule then offers to repair."""
_CLOSING = ":-\u2013\u2014"


_GARBLED_SYMBOL = Lazy(
    "^(?:\u00f0[\u0080-\u00bf\u0152-\u2122][^\\s]{0,2}|\u00e2[\u0080-\u00bf\u0152-\u2122][^\\s]?)",
    re.IGNORECASE,
)
"""An emoji or symbol after a trip through the wrong encoding (`ðŸ“Š`, `âš¡`); its case
does not matter, as labels are matched without case."""


def strip_decoration(label: str) -> str:
    """A label without what may stand before its first word: emoji, bullets, symbols."""
    start = 0
    while start < len(label) and not label[start].isalnum():
        start += 1
    if label[start : start + 1].lower() in ("\u00f0", "\u00e2"):
        garbled = _GARBLED_SYMBOL.match(label, start)
        if garbled is not None:
            return strip_decoration(label[garbled.end() :])
    return label[start:] if start else label


@lru_cache(maxsize=4096)
def label_key(label: str) -> str:
    """Reduce a label as written to the form axiom ids take.

    Case, curly apostrophes, an emoji or symbol before it, a trailing colon or dash, a
    leading "The", apostrophes and commas do not change which axiom a label names.
    """
    text = strip_decoration(label)
    if "\u00e2" in text:
        for garbled in _MOJIBAKE_APOSTROPHES:
            text = text.replace(garbled, "'")
    text = text.translate(_APOSTROPHES).lower()
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
        label = strip_decoration(label)
    if len(label) > longest + 3:
        # Readers ask about whole lines, often paragraphs: a text that keeps more
        # characters than any key has, after all a key may drop, names no axiom.
        kept = len("".join(label.split())) - sum(map(label.count, _DROPPED)) - len("the")
        if kept > longest:
            return None
    return _index().get(label_key(label))
