"""Markdown in one canonical style: `#` headline, inline bold labels, `-` bullets, `1.`
numbered lists,
speakers as bullets, go-deeper links as a list, the byline last."""

from __future__ import annotations

from smartbrev.model import Block, Briefing, Bullets, ContentItem, Paragraph, Speaker
from smartbrev.writers.draft_parts import compose

_MARKERS = ("-", "*")
_DELIMITERS = (".", ")")
"""What follows a numbered list's numbers; adjacent lists take turns, as bullets do."""


def _indent(text: str) -> str:
    return text.replace("\n", "\n  ")


def _list(items: list[str], marker: str) -> str:
    return "\n".join(f"{marker} {_indent(item)}" for item in items)


def _numbered(items: list[str], start: int, delimiter: str) -> str:
    """A numbered list; its items are indented to the width of their number."""
    lines = []
    for number, item in enumerate(items, start):
        mark = f"{number}{delimiter} "
        lines.append(mark + item.replace("\n", "\n" + " " * len(mark)))
    return "\n".join(lines)


def _speaker(speaker: Speaker, marker: str) -> str:
    head = f"**{speaker.name}**, {speaker.role}:" if speaker.role else f"**{speaker.name}:**"
    content: list[ContentItem] = list(speaker.content)
    first = content[0] if content else None
    if isinstance(first, Paragraph):
        head = f"{head} {first.text}"
        content = content[1:]
    body = "\n\n".join([head, *_content(content)])
    return f"{marker} {_indent(body)}"


def _content(items: list[ContentItem]) -> list[str]:
    """Content items as Markdown chunks; adjacent lists get different markers."""
    chunks: list[str] = []
    marker_index = 0
    previous_was_list = False
    speakers: list[str] = []

    def flush_speakers() -> None:
        if speakers:
            chunks.append("\n".join(speakers))
            speakers.clear()

    for item in items:
        if isinstance(item, Speaker):
            if not speakers:
                marker_index = (marker_index + 1) % 2 if previous_was_list else 0
            speakers.append(_speaker(item, _MARKERS[marker_index]))
            previous_was_list = True
            continue
        flush_speakers()
        if isinstance(item, Bullets):
            marker_index = (marker_index + 1) % 2 if previous_was_list else 0
            if item.start is None:
                chunks.append(_list(list(item.items), _MARKERS[marker_index]))
            else:
                chunks.append(_numbered(list(item.items), item.start, _DELIMITERS[marker_index]))
            previous_was_list = True
        else:
            chunks.append(item.text)
            previous_was_list = False
    flush_speakers()
    return chunks


def _block(block: Block) -> list[str]:
    label = f"**{block.label}:**"
    content = list(block.content or ())
    if content and isinstance(content[0], Paragraph):
        chunks = [f"{label} {content[0].text}", *_content(content[1:])]
    else:
        chunks = [label, *_content(content)]
    if block.links:
        lines = [f"[{link.title}]({link.url})" if link.url else link.title for link in block.links]
        chunks.append(_list(lines, "*" if chunks[-1][:2] == "- " else "-"))
    return chunks


def write_markdown(doc: Briefing) -> str:
    """The briefing as canonical Markdown."""
    return compose(doc, lambda text: f"# {text}", _block)
