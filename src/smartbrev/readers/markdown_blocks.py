"""The block structure of a Markdown text: paragraphs, headings, lists, quotes.

pulldown-cmark (through pyromark) parses the text as CommonMark and reports each
element with its byte range; only blocks are kept here, because the draft reader takes
a paragraph's words exactly as written, inline markup and all.
"""

from __future__ import annotations

from typing import Any

import msgspec

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


class Block(msgspec.Struct):
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
    children: list[Block] = msgspec.field(default_factory=list)
    rows: tuple[int, int] | None = None
    """Its lines, once the reader has worked them out."""


class Parsed(msgspec.Struct):
    """The top-level blocks, and how deeply containers nest."""

    blocks: list[Block]
    depth: int


def _tag(value: Any) -> str:
    return value if isinstance(value, str) else next(iter(value))


def _inline(parent: Block, start: int, end: int) -> None:
    """Inline content straight inside a container: a tight list item's paragraph."""
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
    top = root
    depth = deepest = 0
    leaf: Block | None = None
    """The paragraph, heading, HTML or code block being read, if any."""
    nested = 0
    """How many inline elements are open inside that leaf."""
    event: Any
    for event, where in pyromark.events_with_range(text):
        if leaf is not None:
            # Inside a leaf only its end matters (and an HTML block's text): its words
            # are taken from the source by its range, inline markup and all.
            if type(event) is str:
                continue
            if "Start" in event:
                nested += 1
            elif "End" in event:
                if nested:
                    nested -= 1
                else:
                    stack.pop()
                    top = stack[-1]
                    leaf = None
            elif leaf.kind == "html" and "Html" in event:
                leaf.html += event["Html"]
            continue
        if type(event) is str:  # SoftBreak, HardBreak or Rule
            if event == "Rule":
                top.children.append(Block("rule", where["start"], where["end"]))
            else:
                _inline(top, where["start"], where["end"])
            continue
        opened = event.get("Start")
        if opened is not None:
            tag = _tag(opened)
            if tag in _INLINE:
                _inline(top, where["start"], where["end"])
                continue
            block = Block(_KINDS.get(tag, "other"), where["start"], where["end"])
            if tag == "Heading":
                block.level = int(opened["Heading"]["level"][1:])
            top.children.append(block)
            stack.append(block)
            top = block
            if block.kind in _CONTAINERS:
                depth += 1
                deepest = max(deepest, depth)
            else:
                leaf, nested = block, 0
            continue
        closed = event.get("End")
        if closed is not None:
            if _tag(closed) not in _INLINE:
                if stack.pop().kind in _CONTAINERS:
                    depth -= 1
                top = stack[-1]
        else:
            _inline(top, where["start"], where["end"])
    return Parsed(root.children, deepest)
