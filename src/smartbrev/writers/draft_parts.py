"""What the Markdown and plain-text writers share: front matter and the byline line."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from smartbrev.bylines import byline_line, format_byline, is_outlet
from smartbrev.model import Block, Briefing, Byline
from smartbrev.schema import store

FRONT_MATTER_FIELDS = (
    "schema_version",
    "id",
    "dateline",
    "image",
    "meta",
    "corrections",
    "extensions",
)
"""Top-level fields a draft's body cannot carry, written in front matter instead."""


def byline_text(byline: Byline) -> tuple[str, bool]:
    """The lines that end the draft, and whether front matter must carry the exact byline.

    The written form is kept, with the outlet on the line under it when the byline line
    does not name it. When reading that back would not give the same authors, text and
    outlet, the byline goes into front matter, and the body gets the house form.
    """
    authors = [(a.name, a.role) for a in byline.authors]
    house = format_byline(authors)
    line = byline.text if byline.text is not None else house
    cue = byline_line(line)
    outlet = byline.outlet
    below = outlet is not None and (cue is None or cue.outlet != outlet)
    exact = (
        cue is not None
        and list(cue.authors) == authors
        and byline.text is not None
        and (outlet is None or cue.outlet == outlet or is_outlet(outlet))
        and (outlet is not None or cue.outlet is None)
    )
    if not exact:
        # Front matter carries the byline; the body keeps the line as written when it
        # still reads as a byline there, and the house form when it would not.
        return (line if cue is not None else house), True
    return (f"{line}\n{outlet}" if below else line), False


def front_matter(doc: Briefing, *, with_byline: bool) -> str | None:
    """The `---` block for fields the body cannot carry, or None when there are none."""
    from smartbrev.writers.yaml_writer import dump

    data = doc.to_data()
    fields: dict[str, Any] = {}
    for key in FRONT_MATTER_FIELDS:
        if key in data and not (key == "schema_version" and data[key] == store.LATEST):
            fields[key] = data[key]
    if with_byline and "byline" in data:
        fields["byline"] = data["byline"]
    if not fields:
        return None
    return f"---\n{dump(fields)}---"


def compose(
    doc: Briefing, headline: Callable[[str], str], block: Callable[[Block], list[str]]
) -> str:
    """A draft in reading order: front matter, headline, lede, blocks, byline.

    The two draft writers differ only in how a headline and a block look.
    """
    chunks: list[str] = []
    byline, needs_front = byline_text(doc.byline) if doc.byline else ("", False)
    front = front_matter(doc, with_byline=needs_front)
    if front:
        chunks.append(front)
    if doc.headline:
        chunks.append(headline(doc.headline))
    chunks.extend(doc.lede.split("\n\n"))
    for each in doc.blocks:
        chunks.extend(block(each))
    if doc.byline:
        chunks.append(byline)
    return "\n\n".join(chunks) + "\n"
