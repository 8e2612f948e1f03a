"""The building blocks both draft readers hand to the draft builder."""

from __future__ import annotations

from typing import ClassVar, Literal

import msgspec

from smartbrev.diagnostics import Span
from smartbrev.record import Record


class Lead(msgspec.Struct, frozen=True):
    """A bold lead-in at the start of a Markdown paragraph: `**Label:** rest`."""

    label: str
    """The bold text without its closing colon or dash."""
    rest: str
    """What follows on the paragraph after the label and its separator."""
    role: str | None = None
    """For `**Name**, role: rest`, the role written after the bold name."""
    closed: bool = True
    """Whether a colon or dash closes the label (a bare bold paragraph is not closed)."""


class Item(msgspec.Struct, frozen=True):
    """One bullet item: its first paragraph's text, and anything else inside it."""

    text: str
    span: Span
    lead: Lead | None = None
    more: tuple[Unit, ...] = ()


class Unit(Record, frozen=True):
    """A top-level piece of a draft: a paragraph, a heading, a bullet list, a horizontal
    rule or an image."""

    uncompared: ClassVar[frozenset[str]] = frozenset({"line_spans"})

    kind: Literal["paragraph", "heading", "bullets", "rule", "image"]
    span: Span
    text: str = ""
    """A paragraph's or heading's text; an image's alternative text."""
    level: int = 0
    items: tuple[Item, ...] = ()
    lead: Lead | None = None
    line_spans: tuple[Span, ...] = ()
    """For a paragraph, the span of each of its lines."""
    url: str = ""
    """An image's address."""
    start: int = 0
    """A numbered list's first number (0 for a bulleted list)."""
    marker: str = "-"
    """A list's marker as written: `-`, `*`, `•` for bullets, `.` or `)` (what follows
    the number) for a numbered list."""
    wrapped: bool = False
    """A paragraph whose line breaks were made by wrapping to a width, not by its writer."""


NUMBERED = (".", ")")
"""The markers of a numbered list (see `Unit.marker`)."""
