"""The size limits a document is held to once it is text, and once it is data.

The byte, nesting and alias limits are checked while reading; these bound what the
readers and every command after them do with a document: a draft's lines, the length
of one line, and a briefing's blocks and parts.
"""

from __future__ import annotations

from typing import Any

from smartbrev.errors import ReadError
from smartbrev.formats import DRAFT_FORMATS
from smartbrev.readers.decode import Limits

DRAFTS = frozenset(DRAFT_FORMATS)
"""Formats whose lines are the writer's: data formats and HTML may be written on one line."""


def _refuse(message: str, name: str, line: int | None = None) -> ReadError:
    return ReadError(message, code="SB004", name="input-too-large", path=name, line=line)


PAGES = DRAFTS | {"html"}
"""Formats read as a writer's copy, word by word."""


def check_text(text: str, fmt: str, name: str, limits: Limits) -> None:
    """Refuse a draft longer, with more lines, or with a longer line than the limits allow."""
    if fmt in PAGES and len(text) > limits.max_draft_chars:
        raise _refuse(
            f"{'page' if fmt == 'html' else 'draft'} has {len(text):,} characters, over the "
            f"limit of {limits.max_draft_chars:,}; split it into briefings of their own",
            name,
        )
    if fmt not in DRAFTS:
        return
    lines = text.count("\n") + text.count("\r") - text.count("\r\n") + 1
    if lines > limits.max_lines:
        raise _refuse(
            f"draft has {lines:,} lines, over the limit of {limits.max_lines:,}; "
            "split it into briefings of their own",
            name,
        )
    if len(text) <= limits.max_line_chars:
        return
    for number, line in enumerate(text.splitlines(), 1):
        if len(line) > limits.max_line_chars:
            raise _refuse(
                f"line {number} has {len(line):,} characters, over the limit of "
                f"{limits.max_line_chars:,}; break it into paragraphs",
                name,
                line=number,
            )


def too_many_items(count: int, name: str, limits: Limits) -> ReadError:
    """The error for a newsletter edition over the item limit."""
    return _refuse(
        f"edition has {count:,} items, over the limit of {limits.max_items:,}; "
        "split it into smaller editions",
        name,
    )


def _parts(content: Any) -> int:
    """How many parts a block's content holds (speakers' own content included)."""
    if not isinstance(content, list):
        return 0
    total = 0
    for item in content:
        total += 1
        if isinstance(item, dict):
            items = item.get("items")
            total += len(items) if isinstance(items, list) else 0
            total += _parts(item.get("content"))
    return total


def check_data(data: dict[str, Any], name: str, limits: Limits) -> None:
    """Refuse a briefing with more blocks, or more parts, than the limits allow, and an
    edition with more items (or an item with more blocks or parts)."""
    items = data.get("items") if "edition_version" in data else None
    if isinstance(items, list):
        if len(items) > limits.max_items:
            raise too_many_items(len(items), name, limits)
        for item in items:
            if isinstance(item, dict):
                check_data(item, name, limits)
        return
    blocks = data.get("blocks")
    if not isinstance(blocks, list):
        return
    if len(blocks) > limits.max_blocks:
        raise _refuse(
            f"briefing has {len(blocks):,} blocks, over the limit of {limits.max_blocks:,}; "
            "split it into briefings of their own",
            name,
        )
    parts = 0
    for block in blocks:
        if isinstance(block, dict):
            links = block.get("links")
            parts += _parts(block.get("content")) + (len(links) if isinstance(links, list) else 0)
    if parts > limits.max_parts:
        raise _refuse(
            f"briefing has {parts:,} paragraphs, bullets, speakers and links, over the "
            f"limit of {limits.max_parts:,}; split it into briefings of their own",
            name,
        )
