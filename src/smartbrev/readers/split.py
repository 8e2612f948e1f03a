"""Splitting a draft's paragraphs where real copy starts something new on a line.

Copy pasted from a page or a CMS often has no blank lines: one paragraph per line, a
label at the start of a line, a label glued to the sentence before it. Both draft
readers hand their paragraphs here, so each line that starts something becomes a unit
of its own before labels, bylines and furniture are looked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from msgspec.structs import replace

from smartbrev.diagnostics import Span
from smartbrev.readers.cues import glued_label, known_label_line
from smartbrev.readers.units import Item, Lead, Unit

LeadReader = Callable[[str], "Lead | None"]
"""Reads a bold lead-in (Markdown and HTML drafts), or gives None (plain text)."""

_TYPED_BULLET = ("\u2022 ", "\u2022\u00a0")

WRAP = 100
"""Lines longer than this are not hard-wrapped: each is a paragraph of its own."""


def one_per_line(lines: list[str]) -> bool:
    """Whether a draft writes one paragraph per line (rather than wrapping paragraphs).

    A line longer than any wrapping width, or no blank line in a draft of several lines,
    means line breaks end paragraphs.
    """
    filled = [line for line in lines if line.strip()]
    if len(filled) < 3:
        return False
    return len(filled) == len(lines) or max(map(len, filled)) > WRAP


def _starts_new(line: str, lead_of: LeadReader | None) -> bool:
    if known_label_line(line) is not None:
        return True
    if lead_of is None:
        return False
    lead = lead_of(line.strip())
    return lead is not None and lead.closed and lead.role is None and len(lead.label.split()) <= 6


def _pieces(lines: list[str]) -> Iterator[tuple[int, int, str]]:
    """Each line as (line index, column offset, text), cut again where a label is glued on."""
    for index, line in enumerate(lines):
        offset = 0
        while True:
            at = glued_label(line[offset:])
            if at is None:
                yield index, offset, line[offset:]
                break
            yield index, offset, line[offset : offset + at].rstrip()
            offset += at


def _span(spans: list[Span], first: tuple[int, int, str], last: tuple[int, int, str]) -> Span:
    start, end = spans[first[0]], spans[last[0]]
    column = start.column + first[1]
    return Span(start.line, column, end.line, end.column if last[2] else column)


def _split_paragraph(unit: Unit, every_line: bool, lead_of: LeadReader | None) -> list[Unit]:
    if "\n" not in unit.text and ":" not in unit.text:
        return [unit]  # one line, and no label can be glued into it
    lines = unit.text.split("\n")
    spans = (
        list(unit.line_spans) if len(unit.line_spans) == len(lines) else [unit.span] * len(lines)
    )
    groups: list[list[tuple[int, int, str]]] = []
    for piece in _pieces(lines):
        glued = piece[1] > 0
        if not groups or glued or every_line or _starts_new(piece[2], lead_of):
            groups.append([piece])
        else:
            groups[-1].append(piece)
    if len(groups) == 1:
        return [unit]
    units = []
    for group in groups:
        text = "\n".join(piece[2].strip() for piece in group)
        if not text.strip():
            continue
        line_spans = tuple(spans[piece[0]] for piece in group)
        lead = lead_of(text) if lead_of is not None else None
        span = _span(spans, group[0], group[-1])
        wrapped = unit.wrapped and len(group) > 1
        units.append(
            Unit("paragraph", span, text=text, lead=lead, line_spans=line_spans, wrapped=wrapped)
        )
    return units


def _split_list(unit: Unit, lead_of: LeadReader | None) -> list[Unit]:
    """A list whose last item runs on into a label line (a lazy continuation in Markdown)."""
    last = unit.items[-1]
    lines = last.text.split("\n")
    cut = next((i for i in range(1, len(lines)) if _starts_new(lines[i], lead_of)), None)
    if cut is None or last.more:
        return [unit]
    kept = "\n".join(lines[:cut])
    item = Item(
        kept,
        Span(last.span.line, last.span.column, last.span.line + cut - 1, len(lines[cut - 1]) + 1),
        last.lead,
    )
    first_line = last.span.line + cut
    rest = "\n".join(line.strip() for line in lines[cut:])
    spans = tuple(
        Span(first_line + i, 1, first_line + i, len(line) + 1) for i, line in enumerate(lines[cut:])
    )
    paragraph = Unit(
        "paragraph",
        Span(first_line, 1, spans[-1].end_line, spans[-1].end_column),
        text=rest,
        lead=lead_of(rest) if lead_of is not None else None,
        line_spans=spans,
    )
    head = Unit(
        "bullets",
        Span(unit.span.line, unit.span.column, item.span.end_line, item.span.end_column),
        items=(*unit.items[:-1], item),
        start=unit.start,
    )
    return [head, paragraph]


def _typed_bullets(units: list[Unit], lead_of: LeadReader | None) -> list[Unit]:
    """Paragraphs that open with a typed `•` are the bullets the writer meant."""
    result: list[Unit] = []
    gathered: dict[int, list[Item]] = {}
    """The items of each list of typed bullets, by its place in `result`: gathered, then
    made into the list's tuple once (a new tuple per item would take time in the square
    of a list)."""
    for unit in units:
        if unit.kind != "paragraph" or not unit.text.startswith(_TYPED_BULLET):
            result.append(unit)
            continue
        text = unit.text[2:].lstrip()
        item = Item(text, unit.span, lead_of(text) if lead_of is not None else None)
        last = result[-1] if result else None
        if last is not None and last.kind == "bullets" and last.marker == "\u2022":
            gathered.setdefault(len(result) - 1, list(last.items)).append(item)
            span = Span(last.span.line, last.span.column, unit.span.end_line, unit.span.end_column)
            result[-1] = Unit("bullets", span, marker="\u2022")
        else:
            gathered[len(result)] = [item]
            result.append(Unit("bullets", unit.span, marker="\u2022"))
    for at, items in gathered.items():
        result[at] = replace(result[at], items=tuple(items))
    return result


def split_units(units: list[Unit], *, every_line: bool, lead_of: LeadReader | None) -> list[Unit]:
    """The units with paragraphs cut where a line starts a label (or at every line)."""
    result: list[Unit] = []
    for unit in units:
        if unit.kind == "paragraph" and unit.text:
            for piece in _split_paragraph(unit, every_line, lead_of):
                result.append(piece)
        elif unit.kind == "bullets" and unit.items:
            head, *rest = _split_list(unit, lead_of)
            result.append(head)
            for paragraph in rest:
                result.extend(_split_paragraph(paragraph, every_line, lead_of))
        else:
            result.append(unit)
    return _typed_bullets(result, lead_of) if lead_of is not None else result
