"""The block structure of a Markdown text: paragraphs, headings, lists, quotes.

pulldown-cmark (through pyromark) parses the text as CommonMark and reports each
element with its byte range; only blocks are kept here, because the draft reader takes
a paragraph's words exactly as written, inline markup and all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

_KINDS = {
    "Paragraph": "paragraph",
    "Heading": "heading",
    "BlockQuote": "quote",
    "List": "list",
    "Item": "item",
    "HtmlBlock": "html",
}
"""Blocks the reader tells apart; any other block (a code block, say) is `other`."""

_INLINE = frozenset(
    {"Emphasis", "Strong", "Strikethrough", "Link", "Image", "Superscript", "Subscript"}
)
_CONTAINERS = frozenset({"quote", "list", "item"})
_LEAVES = frozenset({"paragraph", "heading", "html", "other"})


@dataclass(slots=True)
class Block:
    """One block, its byte range in the text, and the blocks inside it."""

    kind: str
    """paragraph, heading, quote, list, item, html, rule or other."""
    start: int
    end: int
    level: int = 0
    """A heading's level."""
    html: str = ""
    """An HTML block's text."""
    implicit: bool = False
    """A paragraph of a tight list item (CommonMark reports no paragraph there)."""
    children: list[Block] = field(default_factory=list)
    rows: tuple[int, int] | None = None
    """Its lines, once the reader has worked them out."""


@dataclass(slots=True)
class Parsed:
    """The top-level blocks, and how deeply containers nest."""

    blocks: list[Block]
    depth: int


def _tag(value: Any) -> str:
    return value if isinstance(value, str) else next(iter(value))


def _inline(parent: Block, start: int, end: int) -> None:
    if parent.kind in _LEAVES:
        return  # the words of a leaf block: its range already covers them
    last = parent.children[-1] if parent.children else None
    if last is not None and last.implicit:
        last.end = max(last.end, end)
    else:
        parent.children.append(Block("paragraph", start, end, implicit=True))


def parse_blocks(text: str) -> Parsed:
    """The blocks of a CommonMark text (byte offsets into its UTF-8 encoding)."""
    import pyromark

    root = Block("root", 0, 0)
    stack = [root]
    depth = deepest = 0
    event: Any
    for event, where in pyromark.events_with_range(text):
        start, end = where["start"], where["end"]
        if isinstance(event, str):  # SoftBreak, HardBreak or Rule
            if event == "Rule":
                stack[-1].children.append(Block("rule", start, end))
            else:
                _inline(stack[-1], start, end)
            continue
        ((key, value),) = event.items()
        if key == "Start":
            tag = _tag(value)
            if tag in _INLINE:
                _inline(stack[-1], start, end)
                continue
            block = Block(_KINDS.get(tag, "other"), start, end)
            if tag == "Heading":
                block.level = int(value["Heading"]["level"][1:])
            stack[-1].children.append(block)
            stack.append(block)
            if block.kind in _CONTAINERS:
                depth += 1
                deepest = max(deepest, depth)
        elif key == "End":
            if _tag(value) in _INLINE:
                continue
            if stack.pop().kind in _CONTAINERS:
                depth -= 1
        elif key == "Html" and stack[-1].kind == "html":
            stack[-1].html += value
        else:
            _inline(stack[-1], start, end)
    return Parsed(root.children, deepest)
