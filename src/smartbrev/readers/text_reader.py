"""Plain-text drafts in the shapes newsrooms paste them: from a CMS, a web page, an email.

Paragraphs are separated by blank lines (a line of only spaces or no-break spaces is
blank), or each stands on a line of its own when the copy has no blank lines or lines
longer than any wrapping width; lines wrapped to a width are joined again. Labels stand
alone on a line or open one, bullets start with `-`, `*`, `•` and the like, and a line
of dashes or stars separates newsletter items. A first line underlined with `=` is the
headline; the page reader finds any other headline, the byline and the furniture.
"""

from __future__ import annotations

import re
from itertools import pairwise

from smartbrev.diagnostics import Span
from smartbrev.readers.cues import (
    is_directive_line,
    looks_like_title,
    strip_directives,
    text_link,
)
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.draft import Draft, build
from smartbrev.readers.frontmatter import split_front_matter
from smartbrev.readers.split import one_per_line
from smartbrev.readers.units import NUMBERED, Item, Unit

_BULLET = re.compile(r"^\s*([-*\u2022\u00b7\u25aa\u25e6\u2023\u25cf]|\d{1,9}[.)])\s+")
"""A bullet (its marker), or an item of a numbered list (its number and `.` or `)`)."""
_UNDERLINE = re.compile(r"^=+\s*$")
_RULE = re.compile(r"^\s*(?:[-*_=~\u2022\u00b7\u2013\u2014]\s*){3,}$")
_INVISIBLE = "\u200b\ufeff"


def _blank(line: str) -> bool:
    return not line.strip().strip(_INVISIBLE)


def _span(number: int, line: str, last_number: int | None = None, last: str | None = None) -> Span:
    column = len(line) - len(line.lstrip()) + 1
    end_line, end_text = (last_number, last) if last_number is not None and last else (number, line)
    return Span(number, column, end_line, len(end_text.rstrip()) + 1)


def _paragraphs(lines: list[str], first: int) -> list[list[tuple[int, str]]]:
    groups: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for offset, raw in enumerate(lines):
        if is_directive_line(raw):
            continue  # a suppression comment is not part of the text, and splits nothing
        line = strip_directives(raw)
        if _blank(line):
            if current:
                groups.append(current)
                current = []
        else:
            current.append((first + offset, line.rstrip()))
    if current:
        groups.append(current)
    return groups


def _wrapped(run: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Lines of prose grouped into paragraphs: a line ends one when the next line's first
    word would have fitted on it (so the break was made on purpose, not by wrapping)."""
    width = max(len(line.strip()) for _, line in run)
    groups = [[run[0]]]
    for (_, before), (number, line) in pairwise(run):
        word = line.split(maxsplit=1)[0] if line.strip() else ""
        if len(before.strip()) + 1 + len(word) <= width:
            groups.append([(number, line)])
        else:
            groups[-1].append((number, line))
    return groups


def _units_of(group: list[tuple[int, str]], every_line: bool) -> list[tuple[Unit, str | None]]:
    """A paragraph split into runs of prose and runs of bullets (with the bullet marker)."""
    units: list[tuple[Unit, str | None]] = []
    prose: list[tuple[int, str]] = []
    items: list[list[tuple[int, str]]] = []
    marker: str | None = None
    first = 0
    """A numbered list's first number."""

    def flush_prose() -> None:
        if not prose:
            return
        for run in [[line] for line in prose] if every_line else _wrapped(prose):
            text = "\n".join(line.strip() for _, line in run)
            span = _span(run[0][0], run[0][1], run[-1][0], run[-1][1])
            spans = tuple(_span(n, line) for n, line in run)
            unit = Unit("paragraph", span, text=text, line_spans=spans, wrapped=len(run) > 1)
            units.append((unit, None))
        prose.clear()

    def flush_items() -> None:
        if items:
            built = []
            for item in items:
                text = "\n".join(
                    [_BULLET.sub("", item[0][1]).strip()] + [line.strip() for _, line in item[1:]]
                )
                built.append(Item(text, _span(item[0][0], item[0][1], item[-1][0], item[-1][1])))
            span = Span(
                built[0].span.line,
                built[0].span.column,
                built[-1].span.end_line,
                built[-1].span.end_column,
            )
            numbered = marker in NUMBERED
            unit = Unit(
                "bullets",
                span,
                items=tuple(built),
                marker=marker or "-",
                start=first if numbered else 0,
            )
            units.append((unit, marker))
            items.clear()

    for number, line in group:
        if _RULE.match(line):
            flush_prose()
            flush_items()
            units.append((Unit("rule", _span(number, line)), None))
            continue
        bullet = _BULLET.match(line)
        if bullet:
            flush_prose()
            mark = bullet.group(1)
            if mark[0].isdigit():  # numbered: `.` or `)` is the marker, the number counts
                mark, count = mark[-1], int(mark[:-1])
                if items and (mark != marker or count != first + len(items)):
                    flush_items()
                if not items:
                    first = count
            elif items and mark != marker:
                flush_items()
            marker = mark
            items.append([(number, line)])
        elif items and line[:1].isspace():
            items[-1].append((number, line))  # an indented line continues its bullet
        else:
            flush_items()
            prose.append((number, line))
    flush_prose()
    flush_items()
    return units


def _headline(groups: list[list[tuple[int, str]]]) -> Unit | None:
    """A first line underlined with `=`: the headline, as smartbrev's own text writes it."""
    first = groups[0] if groups else []
    if len(first) == 2 and _UNDERLINE.match(first[1][1].strip()):
        number, line = first[0]
        return Unit("heading", _span(number, line), text=line.strip(), level=1)
    return None


def read_text(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Draft:
    """Briefing data from a plain-text draft."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front = split_front_matter(lines, name, limits)
    every_line = one_per_line(front.body_lines)
    groups = _paragraphs(front.body_lines, front.first_body_line)
    units: list[Unit] = []
    headline = _headline(groups)
    if headline is not None:
        units.append(headline)
        groups = groups[1:]
    previous_marker: str | None = None
    for group in groups:
        for unit, marker in _units_of(group, every_line):
            last = units[-1] if units else None
            if (
                unit.kind == "bullets"
                and last is not None
                and last.kind == "bullets"
                and marker == previous_marker
                and (marker not in NUMBERED or unit.start == last.start + len(last.items))
            ):
                # A blank line between bullets of the same marker does not end the list.
                merged = Unit(
                    "bullets",
                    Span(
                        last.span.line, last.span.column, unit.span.end_line, unit.span.end_column
                    ),
                    items=last.items + unit.items,
                    marker=last.marker,
                    start=last.start,
                )
                units[-1] = merged
            else:
                units.append(unit)
            previous_marker = marker
    return build(units, front, name, _text_link, every_line=every_line, lines=front.body_lines)


def _text_link(line: str) -> tuple[str, str | None] | None:
    title, url = text_link(line)
    if url is None and not looks_like_title(title):
        return None
    return title, url
