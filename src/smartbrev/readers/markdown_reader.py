"""Markdown drafts, read from markdown-it-py's token stream (CommonMark)."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from smartbrev.diagnostics import Span
from smartbrev.errors import ReadError
from smartbrev.readers.cues import looks_like_title, strip_directives
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.draft import Draft, build
from smartbrev.readers.frontmatter import split_front_matter
from smartbrev.readers.units import Item, Lead, Unit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

_BOLD = re.compile(r"^(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_CLOSE_INSIDE = re.compile(r"\s*(?::|\s[-\u2013\u2014]|[\u2013\u2014])$")
_CLOSE_AFTER = re.compile(r"^\s*(?::|[-\u2013\u2014](?=\s|$))\s*")
_ROLE_AFTER = re.compile(r"^,\s*([^:\n]+?):\s*")
_LINK = re.compile(r"^\[([^\]\n]+)\]\((\S+?)\)$")
_AUTOLINK = re.compile(r"^<((?:https?|mailto):[^>\s]+)>$")
_COMMENT = re.compile(r"^\s*<!--.*?-->\s*$", re.DOTALL)


MAX_NESTING = 20
"""markdown-it-py's nesting limit: past it the parser skips the rest of a container."""


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    # Block structure only: inline markup stays as written, which is what the model keeps.
    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).disable("inline")


def lead_of(text: str) -> Lead | None:
    """The bold lead-in of a paragraph: `**Label:** rest`, `**Label**: rest` or
    `**Name**, role: rest`."""
    match = _BOLD.match(text)
    if match is None:
        return None
    bold, after = match.group(2), text[match.end() :]
    inside = _CLOSE_INSIDE.search(bold)
    if inside is not None:
        return Lead(bold[: inside.start()].strip(), after.lstrip(" \t").lstrip("\n"))
    closing = _CLOSE_AFTER.match(after)
    if closing is not None:
        return Lead(bold.strip(), after[closing.end() :].lstrip("\n"))
    role = _ROLE_AFTER.match(after)
    if role is not None:
        return Lead(bold.strip(), after[role.end() :].lstrip("\n"), role=role.group(1).strip())
    if not after.strip():
        return Lead(bold.strip(), "", closed=False)
    return None


def markdown_link(line: str) -> tuple[str, str | None] | None:
    """A go-deeper line in Markdown: `[Title](url)`, `<url>` or a bare title."""
    stripped = line.strip()
    match = _LINK.match(stripped)
    if match:
        return match.group(1), match.group(2)
    match = _AUTOLINK.match(stripped)
    if match:
        return match.group(1), match.group(1)
    return (stripped, None) if looks_like_title(stripped) else None


class _Walker:
    def __init__(self, lines: list[str], offset: int) -> None:
        self.lines = lines
        self.offset = offset

    def span(self, start: int, end: int) -> Span:
        end = max(end, start + 1)
        while end - 1 > start and not self.lines[end - 1].strip():
            end -= 1
        first = self.lines[start] if start < len(self.lines) else ""
        last = self.lines[end - 1] if end - 1 < len(self.lines) else ""
        column = len(first) - len(first.lstrip()) + 1
        return Span(start + self.offset, column, end - 1 + self.offset, len(last) + 1)

    def raw(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start:end]).strip("\n")

    def units(self, tokens: list[Token], start: int, stop: int) -> list[Unit]:
        """The units among tokens[start:stop] at one nesting level."""
        result: list[Unit] = []
        index = start
        while index < stop:
            token = tokens[index]
            close = self._close(tokens, index)
            mapped = token.map or [0, 0]
            span = self.span(mapped[0], mapped[1])
            if token.type == "paragraph_open":
                text = strip_directives(tokens[index + 1].content)
                result.append(Unit("paragraph", span, text=text, lead=lead_of(text)))
            elif token.type == "heading_open":
                text = tokens[index + 1].content
                result.append(Unit("heading", span, text=text, level=int(token.tag[1:])))
            elif token.type in ("bullet_list_open", "ordered_list_open"):
                result.append(Unit("bullets", span, items=tuple(self._items(tokens, index, close))))
            elif token.type == "blockquote_open":
                result.extend(self.units(tokens, index + 1, close))
            elif token.type == "html_block" and _COMMENT.match(token.content):
                pass  # comments carry directives such as suppressions, not prose
            elif token.type in ("hr",):
                pass
            elif token.map is not None:
                text = self.raw(mapped[0], mapped[1])
                if text.strip():
                    result.append(Unit("paragraph", span, text=text))
            index = close + 1
        return result

    @staticmethod
    def _close(tokens: list[Token], index: int) -> int:
        token = tokens[index]
        if token.nesting != 1:
            return index
        depth = 0
        for position in range(index, len(tokens)):
            depth += tokens[position].nesting
            if depth == 0:
                return position
        return len(tokens) - 1

    def _items(self, tokens: list[Token], index: int, close: int) -> list[Item]:
        items: list[Item] = []
        position = index + 1
        while position < close:
            token = tokens[position]
            end = self._close(tokens, position)
            if token.type == "list_item_open":
                inner = self.units(tokens, position + 1, end)
                mapped = token.map or [0, 0]
                span = self.span(mapped[0], mapped[1])
                if inner and inner[0].kind == "paragraph":
                    first = inner[0]
                    items.append(
                        Item(first.text, first.span, lead_of(first.text), tuple(inner[1:]))
                    )
                else:
                    items.append(Item("", span, None, tuple(inner)))
            position = end + 1
        return items


def read_markdown(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Draft:
    """Briefing data from a Markdown draft."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front = split_front_matter(lines, name, limits)
    body = "\n".join(front.body_lines)
    tokens = _parser().parse(body)
    if any(token.level >= MAX_NESTING - 1 for token in tokens):
        # The parser stops descending here and skips what is inside; refuse rather than
        # lose those words silently.
        raise ReadError(
            "lists or block quotes are nested too deeply (8 levels at most); flatten them",
            code="SB004",
            name="input-too-large",
            path=name,
        )
    walker = _Walker(front.body_lines, front.first_body_line)
    units = walker.units(tokens, 0, len(tokens))
    return build(units, front, name, markdown_link)
