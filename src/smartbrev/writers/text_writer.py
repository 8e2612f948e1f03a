"""Plain text in the style of the drafts newsrooms paste: a label alone on its line,
blank lines between paragraphs, speakers as `Name:` lines, the byline last."""

from __future__ import annotations

from smartbrev.model import Block, Briefing, Bullets, ContentItem, Paragraph, Speaker
from smartbrev.writers.draft_parts import compose

_MARKERS = ("-", "*")
_DELIMITERS = (".", ")")


def _bullets(items: tuple[str, ...], marker: str) -> str:
    return "\n".join(f"{marker} {item.replace(chr(10), chr(10) + '  ')}" for item in items)


def _numbered(items: tuple[str, ...], start: int, delimiter: str) -> str:
    return "\n".join(
        f"{number}{delimiter} {item.replace(chr(10), chr(10) + '  ')}"
        for number, item in enumerate(items, start)
    )


def _content(items: list[ContentItem]) -> list[str]:
    chunks: list[str] = []
    marker = 0
    previous_list = False
    for item in items:
        if isinstance(item, Speaker):
            head = f"{item.name}, {item.role}:" if item.role else f"{item.name}:"
            chunks.append(head)
            chunks.extend(_content(list(item.content)))
            previous_list = False
        elif isinstance(item, Bullets):
            marker = (marker + 1) % 2 if previous_list else 0
            if item.start is None:
                chunks.append(_bullets(item.items, _MARKERS[marker]))
            else:
                chunks.append(_numbered(item.items, item.start, _DELIMITERS[marker]))
            previous_list = True
        else:
            assert isinstance(item, Paragraph)
            chunks.append(item.text)
            previous_list = False
    return chunks


def _block(block: Block) -> list[str]:
    chunks = [f"{block.label}:", *_content(list(block.content or ()))]
    if block.links:
        chunks.append(
            "\n".join(
                f"{link.title} <{link.url}>" if link.url else link.title for link in block.links
            )
        )
    return chunks


def write_text(doc: Briefing) -> str:
    """The briefing as a plain-text draft."""
    return compose(doc, lambda text: f"{text}\n{'=' * max(3, len(text))}", _block)
