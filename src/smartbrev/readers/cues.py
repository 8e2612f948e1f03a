"""Recognising the cues of a draft in a line of text: labels, speakers, links, bylines.

Shared by the Markdown and plain-text readers so both read a draft the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

import msgspec

from smartbrev.axioms import CUSTOM, match_label
from smartbrev.patterns import Lazy

_SEPARATOR = re.compile(r"\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s+")
_DASHES = ("-", "\u2013", "\u2014")
_SENTENCE_END = re.compile(r"[.!?\u2026;,\"\u201d\u2019')\]\u00bb]$")


_DIRECTIVE = Lazy(r"<!--\s*smartbrev-[a-z-]+\b.*?-->", re.DOTALL)
"""A suppression comment: not part of the briefing's text."""


def strip_directives(text: str) -> str:
    """Text without the suppression comments written into it (nor the spaces before them).

    No comment is looked for after the last `-->`, and the spaces before each are
    trimmed by hand: as patterns, each `<!--` without a close, or each space of a long
    run, would look to the end again (time in the square of the run).
    """
    if "smartbrev-" not in text:
        return text
    pieces = []
    at = 0
    for match in _DIRECTIVE.finditer(text, 0, text.rfind("-->") + 3):
        pieces.append(text[at : match.start()].rstrip(" \t"))
        at = match.end()
    pieces.append(text[at:])
    return "".join(pieces)


def is_directive_line(line: str) -> bool:
    """Whether a line holds nothing but a suppression comment."""
    return "smartbrev-" in line and not strip_directives(line).strip()


class Label(msgspec.Struct, frozen=True):
    """A label read from a line, and what followed it on that line."""

    axiom: str
    label: str
    """As written, without the colon or dash that closes it."""
    rest: str
    """Text after the label on the same line ("" when the label stands alone)."""


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def tidy(text: str) -> str:
    """One-line text with runs of spaces (no-break spaces included) as one space."""
    return " ".join(text.split())  # str.split's spaces are exactly the \s of a pattern


def strip_closing(label: str) -> str:
    """A label without its closing colon or dash, its spaces tidied."""
    # By hand rather than with a pattern anchored at the end, which Python's `re` tries
    # from every space of a line: lines here are often whole paragraphs.
    label = label.rstrip()
    if label.endswith((":", "-", "\u2013", "\u2014")):
        label = label[:-1]
    return tidy(label)


def _word_count(text: str) -> int:
    return len(text.split())  # the runs of \S: str.split's spaces are exactly \s


_NOTE = Lazy(r"\s*\((?:[^()]{0,16}\bread|\d+(?:\.\d+)?\s*min[^()]{0,12})\)$", re.IGNORECASE)
"""A reading-time note after a label: "Go deeper (2 min. read)"."""

_HEAD = 80
"""The most characters before a label's separator: labels are short, lines may not be."""


def reading_note(label: str) -> int | None:
    """Where a reading-time note starts at the end of a label ("Go deeper (2 min. read)")."""
    if not label.endswith(")"):
        return None
    note = _NOTE.search(label)
    return note.start() if note is not None and note.start() > 0 else None


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def label_axiom(head: str) -> str | None:
    """The axiom a label names, a reading-time note after it allowed."""
    axiom = match_label(head)
    if axiom is None:
        note = reading_note(head)
        if note is not None:
            axiom = match_label(head[:note])
    return axiom


def _separator(text: str) -> tuple[int, int] | None:
    """Where the first label separator (a colon, or a dash with space) is, and ends."""
    best: tuple[int, int] | None = None
    colon = text.find(":")
    if colon > 0:
        best = (len(text[:colon].rstrip()), colon + 1)
    for dash in _DASHES:
        at = text.find(f" {dash}" if dash == "-" else dash)
        if at <= 0 or (best is not None and at >= best[0]):
            continue
        after = at + (2 if dash == "-" else 1)
        if after < len(text) and not text[after].isspace() and dash == "-":
            continue
        best = (len(text[:at].rstrip()), after)
    return best


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def known_label_line(line: str) -> Label | None:
    """A registry label alone on a line ("Why it matters:") or opening one ("...: text").

    What follows the label, however long, does not decide: a label is its form and the
    registry. An emoji before the label and a reading-time note after it are kept.
    """
    stripped = line.strip()
    if not stripped:
        return None
    if len(stripped) <= _HEAD + 20:
        whole = strip_closing(stripped)
        axiom = label_axiom(whole) if whole else None
        if axiom is not None:
            return Label(axiom, whole, "")
    cut = _separator(stripped[:_HEAD])
    if cut is None or cut[0] == 0:
        return None
    head, rest = stripped[: cut[0]], stripped[cut[1] :].strip()
    axiom = label_axiom(tidy(head))
    if axiom is None or not rest:
        return None
    return Label(axiom, tidy(head), rest)


_LONGEST_LABEL = 48
"""More characters than any label and an emoji before it hold."""

_GLUED = re.compile(r"[.!?\u201d\"\u2019)](?=\s?[A-Z\U0001F300-\U0001FAFF])")
"""A sentence end, where a label run into the text may start."""


def glued_label(line: str) -> int | None:
    """Where a registry label starts that is run on after a sentence end, or None.

    Copies that lose their line breaks glue the next label to the sentence before it:
    "...voted on Tuesday.Why it matters: The plan ...".
    """
    colon = line.find(":")
    while colon > 0:
        # A label is short: look for the sentence end in the few characters before it.
        window = max(0, colon - _LONGEST_LABEL)
        for match in _GLUED.finditer(line, window, colon):
            start = match.end() + (line[match.end()] == " ")
            head = line[start:colon].rstrip()
            if head and label_axiom(tidy(head)) is not None and line[colon + 1 :].strip():
                return start
        colon = line.find(":", colon + 1)
    return None


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def custom_label_line(line: str, *, max_words: int = 5) -> Label | None:
    """A short capitalised line ending in a colon, standing alone: a label the registry lacks."""
    stripped = line.strip()
    if not stripped.endswith(":") or stripped.startswith(("-", "*", "\u2022", "#", ">")):
        return None
    label = strip_closing(stripped)
    if not label or not label[0].isupper() or _word_count(label) > max_words:
        return None
    if _SENTENCE_END.search(label) or "  " in label:
        return None
    return Label(match_label(label) or CUSTOM, label, "")


class SpeakerCue(msgspec.Struct, frozen=True):
    """A speaker named on a line of their own: "Name:" or "Name, role:"."""

    name: str
    role: str | None


@lru_cache(maxsize=4096)  # a line is asked about again (see `furniture_kind`)
def speaker_line(line: str, *, max_words: int = 8) -> SpeakerCue | None:
    """ "Russian foreign minister:" or "Dev Patel, council member:" alone on a line."""
    stripped = line.strip()
    if not stripped.endswith(":") or stripped.startswith(("-", "*", "\u2022", "#", ">")):
        return None
    body = stripped[:-1].strip()
    if not body or _word_count(body) > max_words or _SENTENCE_END.search(body):
        return None
    if not (body[0].isupper() or body[0].isdigit()):
        return None
    name, _, role = tidy(body).partition(", ")
    return SpeakerCue(name.strip(), role.strip() or None)


def looks_like_title(text: str) -> bool:
    """One line that does not end a sentence: how a bare go-deeper title reads."""
    stripped = text.strip()
    return bool(stripped) and "\n" not in stripped and not re.search(r"[.!?:;\u2026]$", stripped)


_URL_IN_BRACKETS = re.compile(r"[<(]((?:https?|mailto):[^>)\s]+)[>)]")


def _bracketed_url(text: str) -> tuple[int, str] | None:
    """Where a `<url>` or `(url)` ending `text` (stripped) opens, and the URL."""
    if not text.endswith((">", ")")):
        return None
    # The URL is the run before the closing bracket without spaces or closing brackets;
    # found by walking back, since a pattern anchored at the end is tried from every
    # character of the line (time in the square of a long line).
    start = len(text) - 1
    while start > 0 and text[start - 1] not in ">)" and not text[start - 1].isspace():
        start -= 1
    for opening in range(start, len(text) - 1):
        if text[opening] in "<(":
            match = _URL_IN_BRACKETS.fullmatch(text, opening)
            if match is not None:
                return opening, match.group(1)
    return None


def text_link(line: str) -> tuple[str, str | None]:
    """A plain-text go-deeper line: "Title <https://...>" or a bare title."""
    stripped = line.strip()
    for marker in ("- ", "* ", "\u2022 "):
        if stripped.startswith(marker):
            stripped = stripped[len(marker) :].strip()
            break
    found = _bracketed_url(stripped)
    if found is None:
        return stripped, None
    title = stripped[: found[0]].strip()
    return (title or found[1]), found[1]
