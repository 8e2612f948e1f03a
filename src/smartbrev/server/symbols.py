"""The outline of a briefing (headline, lede, each block with its speakers and links,
byline) as document symbols, and where each label is written."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from lsprotocol import types

from smartbrev.server.engine import Report, Span, nodes
from smartbrev.server.positions import Lines

_NAME_LIMIT = 60


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _NAME_LIMIT else text[: _NAME_LIMIT - 1] + "…"


class Places:
    """Where each node of a report's model is written."""

    def __init__(self, report: Report, lines: Lines) -> None:
        self.lines = lines
        self.spans: dict[str, Span] = dict(nodes(report.source)) if report.source else {}
        self._order = sorted(self.spans)

    def range(self, pointer: str) -> types.Range | None:
        """The range of a node and everything under it."""
        # Sorted, the pointers under `pointer` run from `pointer/` up to `pointer0`.
        low = bisect_left(self._order, f"{pointer}/")
        high = bisect_left(self._order, f"{pointer}0", low)
        inside = [self.spans[at] for at in self._order[low:high]]
        if pointer in self.spans:
            inside.append(self.spans[pointer])
        if not inside:
            return None
        first = min(inside, key=lambda s: (s.line, s.column))
        last = max(inside, key=lambda s: (s.end_line, s.end_column))
        return self.lines.range(Span(first.line, first.column, last.end_line, last.end_column))

    def label_range(self, pointer: str, label: str) -> types.Range | None:
        """Where a block's label is written: the label's words when they can be found on
        the line that holds them, else the whole place the reader gave it."""
        span = self.spans.get(f"{pointer}/label")
        if span is None:
            return None
        start = self.lines.span_offset(span.line, span.column)
        end = self.lines.span_offset(span.end_line, span.end_column)
        found = self.lines.text.find(label, start, max(end, start + len(label)))
        if found != -1:
            return types.Range(self.lines.position(found), self.lines.position(found + len(label)))
        return self.lines.range(span)


def _symbol(
    name: str,
    kind: types.SymbolKind,
    whole: types.Range,
    picked: types.Range | None = None,
    detail: str | None = None,
    children: list[types.DocumentSymbol] | None = None,
) -> types.DocumentSymbol:
    return types.DocumentSymbol(
        name=name or "(empty)",
        kind=kind,
        range=whole,
        selection_range=picked or whole,
        detail=detail,
        children=children or None,
    )


def _block(places: Places, index: int, block: dict[str, Any]) -> types.DocumentSymbol | None:
    pointer = f"/blocks/{index}"
    whole = places.range(pointer)
    if whole is None:
        return None
    label = str(block.get("label", ""))
    children: list[types.DocumentSymbol] = []
    for number, item in enumerate(block.get("content") or []):
        at = f"{pointer}/content/{number}"
        if isinstance(item, dict) and item.get("type") == "speaker":
            where = places.range(at)
            if where is not None:
                name = _short(str(item.get("name", "")))
                children.append(_symbol(name, types.SymbolKind.Object, where, detail="speaker"))
    for number, link in enumerate(block.get("links") or []):
        where = places.range(f"{pointer}/links/{number}")
        if where is not None and isinstance(link, dict):
            title = _short(str(link.get("title", "")))
            children.append(_symbol(title, types.SymbolKind.Key, where, detail=link.get("url")))
    picked = places.label_range(pointer, label)
    if picked is not None and not _within(picked, whole):
        picked = None
    detail = str(block.get("axiom", ""))
    return _symbol(label, types.SymbolKind.Namespace, whole, picked, detail, children)


def _within(inner: types.Range, outer: types.Range) -> bool:
    def key(p: types.Position) -> tuple[int, int]:
        return (p.line, p.character)

    return key(outer.start) <= key(inner.start) and key(inner.end) <= key(outer.end)


def outline(report: Report, lines: Lines) -> list[types.DocumentSymbol]:
    """The document's symbols, in reading order."""
    if report.source is None:
        return []
    data = report.source.data
    places = Places(report, lines)
    found: list[types.DocumentSymbol] = []
    for key, kind, title in (
        ("headline", types.SymbolKind.String, "headline"),
        ("lede", types.SymbolKind.String, "lede"),
    ):
        where = places.range(f"/{key}")
        if where is not None and isinstance(data.get(key), str):
            found.append(_symbol(_short(data[key]), kind, where, detail=title))
    for index, block in enumerate(data.get("blocks") or []):
        if isinstance(block, dict):
            symbol = _block(places, index, block)
            if symbol is not None:
                found.append(symbol)
    byline = data.get("byline")
    where = places.range("/byline")
    if where is not None and isinstance(byline, dict):
        names = ", ".join(str(a.get("name", "")) for a in byline.get("authors", []))
        text = str(byline.get("text") or names)
        found.append(_symbol(_short(text), types.SymbolKind.Constant, where, detail="byline"))
    found.sort(key=lambda s: (s.range.start.line, s.range.start.character))
    return found
