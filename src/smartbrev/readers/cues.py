"""Recognising the cues of a draft in a line of text: labels, speakers, links, bylines.

Shared by the Markdown and plain-text readers so both read a draft the same way.
"""

from __future__ import annotations

import re

import msgspec

from smartbrev.axioms import CUSTOM, match_label

_SEPARATOR = re.compile(r"\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])\s+")
_DASHES = ("-", "\u2013", "\u2014")
_SENTENCE_END = re.compile(r"[.!?\u2026;,\"\u201d\u2019')\]\u00bb]$")


DIRECTIVE = re.compile(r"[ \t]*<!--\s*smartbrev-[a-z-]+\b.*?-->", re.DOTALL)
"""A suppression comment, with the spaces before it: not part of the briefing's text."""


def strip_directives(text: str) -> str:
    """Text without the suppression comments written into it."""
    return DIRECTIVE.sub("", text) if "smartbrev-" in text else text


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


def known_label_line(line: str) -> Label | None:
    """A registry label alone on a line ("Why it matters:") or opening one ("...: text")."""
    stripped = line.strip()
    if not stripped or _word_count(stripped) > 40:
        return None
    whole = strip_closing(stripped)
    axiom = match_label(whole)
    if axiom is not None and whole:
        return Label(axiom, whole, "")
    if ":" not in stripped and not any(dash in stripped for dash in _DASHES):
        return None  # no separator: checked without the pattern, which tries every space
    match = _SEPARATOR.search(stripped)
    if match is None or match.start() == 0:
        return None
    head, rest = stripped[: match.start()], stripped[match.end() :]
    axiom = match_label(head)
    if axiom is None or not rest:
        return None
    return Label(axiom, tidy(head), rest)


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


_ANGLE_URL = re.compile(r"\s*<((?:https?|mailto):[^>\s]+)>\s*$")


def text_link(line: str) -> tuple[str, str | None]:
    """A plain-text go-deeper line: "Title <https://...>" or a bare title."""
    stripped = line.strip()
    for marker in ("- ", "* ", "\u2022 "):
        if stripped.startswith(marker):
            stripped = stripped[len(marker) :].strip()
            break
    match = _ANGLE_URL.search(stripped)
    if match is None:
        return stripped, None
    title = stripped[: match.start()].strip()
    return (title or match.group(1)), match.group(1)
