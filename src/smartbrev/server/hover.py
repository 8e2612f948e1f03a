"""Hover: on a finding, its rule's documentation; on a label, its axiom id and what
the label is for."""

from __future__ import annotations

from lsprotocol import types

from smartbrev.server.engine import BY_ID, CUSTOM, Report, code_doc
from smartbrev.server.positions import Lines
from smartbrev.server.symbols import Places

CUSTOM_PURPOSE = (
    "A label the registry does not know: the block is kept with `axiom: custom` and the "
    "label as written."
)
"""What a label the registry does not know is, shown on hover and beside completions."""


def _contains(where: types.Range, at: types.Position) -> bool:
    point = (at.line, at.character)
    return (
        (where.start.line, where.start.character)
        <= point
        <= (
            where.end.line,
            where.end.character,
        )
    )


def label_text(axiom: str, label: str) -> str:
    """What a label is, as Markdown: its axiom id, its house form and the registry's
    description of what a block under it is for."""
    if axiom == CUSTOM or axiom not in BY_ID:
        return f"**{label}** · `custom`\n\n{CUSTOM_PURPOSE}"
    house = BY_ID[axiom].label
    written = "" if label == house else f" (house form: **{house}**)"
    return f"**{label}** · axiom `{axiom}`{written}\n\n{BY_ID[axiom].description}"


def hover(report: Report, lines: Lines, at: types.Position) -> types.Hover | None:
    """The hover for a position, or None when there is nothing to say there."""
    parts: list[str] = []
    seen: set[str] = set()
    for diagnostic in report.diagnostics:
        if diagnostic.code in seen or not _contains(lines.range(diagnostic.span), at):
            continue
        seen.add(diagnostic.code)
        doc = code_doc(diagnostic.code)
        if doc:
            parts.append(doc.strip())
    if report.source is not None:
        places = Places(report, lines)
        for index, block in enumerate(report.source.data.get("blocks") or []):
            if not isinstance(block, dict):
                continue
            label = str(block.get("label", ""))
            where = places.label_range(f"/blocks/{index}", label)
            if where is not None and _contains(where, at):
                parts.insert(0, label_text(str(block.get("axiom", CUSTOM)), label))
                break
    if not parts:
        return None
    return types.Hover(
        contents=types.MarkupContent(types.MarkupKind.Markdown, "\n\n---\n\n".join(parts))
    )
