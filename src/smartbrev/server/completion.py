"""Completion of labels at the start of a line in a draft, from the registry and the
newsroom's own labels, written in the house form: `**Why it matters:** ` in Markdown,
`Why it matters:` on its own line in plain text."""

from __future__ import annotations

import re

from lsprotocol import types

from smartbrev.server.engine import AXIOMS, CUSTOM, Report
from smartbrev.server.hover import label_text
from smartbrev.server.positions import Lines

_START = re.compile(
    r"^(?P<indent>[ \t]*)(?P<marker>\*\*|__|#{1,6}[ \t]+)?(?P<typed>[^\W\d_][\w'’ ,.-]*)?$"
)
"""What may stand before the cursor for a label to fit: an optional bold or heading
marker, then the first words of a label."""


def _house(fmt: str, label: str) -> str:
    return f"**{label}:** " if fmt == "markdown" else f"{label}:"


def labels(report: Report) -> list[tuple[str, str]]:
    """(label, axiom id) of every label a draft may use, registry first."""
    found = [(axiom.label, axiom.id) for axiom in AXIOMS]
    known = {label for label, _ in found}
    custom = report.settings.labels if report.settings is not None else {}
    for label in dict.fromkeys(custom.values()):
        if label not in known:
            found.append((label, CUSTOM))
    return found


def complete(report: Report, lines: Lines, at: types.Position) -> list[types.CompletionItem]:
    """Label completions at a position ([] unless it is where a label could start)."""
    if report.format not in ("markdown", "text"):
        return []
    start = lines.offset(types.Position(at.line, 0))
    cursor = lines.offset(at)
    match = _START.match(lines.text[start:cursor])
    if match is None:
        return []
    marker = match.group("marker") or ""
    typed = " ".join((match.group("typed") or "").lower().split())
    begin = start + len(match.group("indent"))
    where = types.Range(lines.position(begin), lines.position(cursor))
    items = []
    for order, (label, axiom) in enumerate(labels(report)):
        if not label.lower().startswith(typed):
            continue  # the words typed so far begin no label: a sentence, not a label
        house = _house(report.format, label)
        items.append(
            types.CompletionItem(
                label=label,
                kind=types.CompletionItemKind.Keyword,
                detail=axiom,
                documentation=types.MarkupContent(
                    types.MarkupKind.Markdown, label_text(axiom, label)
                ),
                sort_text=f"{order:03d}",
                filter_text=f"{marker}{label}",
                text_edit=types.TextEdit(where, house),
            )
        )
    return items
