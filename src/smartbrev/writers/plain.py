"""A briefing's body as plain text without markup (for JSON-LD and word counts)."""

from __future__ import annotations

from smartbrev.model import Briefing, Bullets, ContentItem, Paragraph, Speaker
from smartbrev.writers.inline import to_plain


def _content(items: tuple[ContentItem, ...]) -> list[str]:
    parts: list[str] = []
    for item in items:
        if isinstance(item, Paragraph):
            parts.append(to_plain(item.text))
        elif isinstance(item, Bullets):
            first = item.start
            parts.append(
                "\n".join(
                    f"{'-' if first is None else f'{first + n}.'} {to_plain(text)}"
                    for n, text in enumerate(item.items)
                )
            )
        elif isinstance(item, Speaker):
            parts.append(f"{item.name}, {item.role}:" if item.role else f"{item.name}:")
            parts.extend(_content(item.content))
    return parts


def plain_body(doc: Briefing) -> str:
    """The lede and the blocks (labels included) as plain paragraphs."""
    parts = [to_plain(p) for p in doc.lede.split("\n\n")]
    for block in doc.blocks:
        parts.append(f"{block.label}:")
        parts.extend(_content(block.content or ()))
        parts.extend(to_plain(link.title) for link in block.links or ())
    return "\n\n".join(parts)
