"""Markdown drafts, read from their CommonMark block structure.

Real copy bends CommonMark: `•` typed as a bullet, `---` typed under a paragraph (which
CommonMark makes a heading), a label on a line of its own inside a paragraph. The walker
reads such blocks as the writer meant them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import msgspec

from smartbrev.diagnostics import Span
from smartbrev.errors import ReadError
from smartbrev.readers.cues import strip_directives
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.draft import Draft, build
from smartbrev.readers.frontmatter import split_front_matter
from smartbrev.readers.leads import lead_of, markdown_link
from smartbrev.readers.markdown_blocks import Block, parse_blocks
from smartbrev.readers.split import one_per_line
from smartbrev.readers.units import Item, Unit

_COMMENT = re.compile(r"^\s*<!--.*?-->\s*$", re.DOTALL)
_IMAGE = re.compile(r"^!\[([^\]\n]*)\]\(\s*(\S+?)(?:\s+[\"'(][^\n]*[\"')])?\s*\)$")
_SENTENCE_END = (".", "!", "?", "\u201d", '"', "\u2019")


MAX_DEPTH = 17
"""Most quotes and lists (a list and its item count one each) inside one another."""


_QUOTE_MARK = re.compile(r"^ {0,3}>[ \t]?")
_ITEM_MARK = re.compile(r"^ {0,3}(?:[-+*]|[0-9]{1,9}[.)])")
_ATX_OPEN = re.compile(r"^ {0,3}#{1,6}(?=[ \t]|$)")
_ATX_CLOSE = re.compile(r"(?:^|[ \t]+)#+[ \t]*$")


class _Container(msgspec.Struct, frozen=True):
    """A block quote, or a list item whose content starts `indent` columns in."""

    quote: bool
    first_line: int = 0
    indent: int = 0


class _Walker:
    """Turns a draft body's blocks into units, with the lines and spans they cover."""

    def __init__(self, lines: list[str], offset: int) -> None:
        self.lines = lines
        self.offset = offset
        self.text = "\n".join(lines)
        # The parser's offsets are bytes: in ASCII text, the same as characters.
        self.encoded = None if self.text.isascii() else self.text.encode("utf-8")
        self.starts: list[int] = []
        position = 0
        for line in lines:
            self.starts.append(position)
            position += (len(line) if self.encoded is None else len(line.encode("utf-8"))) + 1

    def span(self, start: int, end: int) -> Span:
        """The span of the lines `rows` gives (blank lines at the end already left out)."""
        first = self.lines[start] if start < len(self.lines) else ""
        last = self.lines[end - 1] if end - 1 < len(self.lines) else ""
        column = len(first) - len(first.lstrip()) + 1
        return Span(start + self.offset, column, end - 1 + self.offset, len(last) + 1)

    def raw_lines(self, start: int, end: int) -> str:
        return "\n".join(self.lines[start:end]).strip("\n")

    def rows(self, block: Block) -> tuple[int, int]:
        """The block's lines, as [first, end), without blank lines at its end."""
        if block.rows is None:
            block.rows = self._rows(block)
        return block.rows

    def _rows(self, block: Block) -> tuple[int, int]:
        first = bisect_right(self.starts, block.start) - 1
        if block.kind in ("list", "item"):
            # A list ends with its last item's content (its range may run on past it).
            end = max((self.rows(child)[1] for child in block.children), default=first + 1)
        else:
            end = bisect_right(self.starts, max(block.start, block.end - 1))
        while end - 1 > first and not self.lines[end - 1].strip():
            end -= 1
        return first, end

    def column(self, offset: int, row: int) -> int:
        """The character column (0-based) of a byte offset on a line."""
        if self.encoded is None:
            return offset - self.starts[row]
        return len(self.encoded[self.starts[row] : offset].decode("utf-8"))

    def inside(self, row: int, containers: tuple[_Container, ...]) -> str:
        """A line without the markers of the quotes and list items it is written in."""
        line = self.lines[row]
        for container in containers:
            if container.quote:
                match = _QUOTE_MARK.match(line)
                if match:  # otherwise a lazy continuation line
                    line = line[match.end() :]
            elif row == container.first_line:
                line = line[container.indent :]
            else:
                spaces = len(line) - len(line.lstrip(" "))
                line = line[min(spaces, container.indent) :]
        return line

    def words(self, block: Block, first: int, end: int, containers: tuple[_Container, ...]) -> str:
        """A paragraph's text as written (inline markup kept)."""
        if block.implicit:
            head = self.inside(first, containers)
        else:
            head = self.lines[first][self.column(block.start, first) :]
        rest = [self.inside(row, containers) for row in range(first + 1, end)]
        return "\n".join([head, *rest]).strip()

    def heading(
        self, block: Block, first: int, end: int, containers: tuple[_Container, ...]
    ) -> str:
        if end - first > 1:  # setext: the text, then a line of = or -
            return self.words(block, first, end - 1, containers)
        line = _ATX_OPEN.sub("", self.inside(first, containers), count=1)
        return _ATX_CLOSE.sub("", line.strip(), count=1).strip()

    def item(self, block: Block, first: int, containers: tuple[_Container, ...]) -> _Container:
        line = self.inside(first, containers)
        marker = _ITEM_MARK.match(line)
        width = marker.end() if marker else 0
        after = line[width:]
        spaces = len(after) - len(after.lstrip(" \t"))
        if not after.strip() or spaces > 4:
            return _Container(False, first, width + 1)
        return _Container(False, first, width + spaces)

    def line_spans(self, first: int, end: int, text: str) -> tuple[Span, ...]:
        """The span of each line of a paragraph's text (its lines are rows first..end); a
        paragraph of one line has its own span, so none are worked out for it."""
        if end - first < 2:
            return ()
        lines = text.split("\n")
        if len(lines) != end - first:
            return ()
        spans = []
        for row, line in zip(range(first, end), lines, strict=True):
            raw = self.lines[row]
            column = max(raw.find(line[:8]), 0) + 1 if line else 1
            spans.append(Span(row + self.offset, column, row + self.offset, column + len(line)))
        return tuple(spans)

    def paragraph(self, text: str, span: Span, first: int, end: int, top: bool) -> Unit:
        image = _IMAGE.match(text) if top else None
        if image is not None:
            return Unit("image", span, text=image.group(1), url=image.group(2))
        return Unit(
            "paragraph",
            span,
            text=text,
            lead=lead_of(text),
            line_spans=self.line_spans(first, end, text),
        )

    def list_start(self, first: int, containers: tuple[_Container, ...]) -> tuple[int, str]:
        """A list's first number (0 when bulleted) and its marker (`.` or `)` when
        numbered)."""
        line = self.inside(first, containers).lstrip()
        number = re.match(r"(\d{1,9})([.)])", line)
        return (int(number.group(1)), number.group(2)) if number else (0, line[:1] or "-")

    def units(self, blocks: list[Block], containers: tuple[_Container, ...]) -> list[Unit]:
        """The units among blocks at one nesting level."""
        result: list[Unit] = []
        top = not containers
        for block in blocks:
            first, end = self.rows(block)
            span = self.span(first, end)
            if block.kind == "paragraph":
                text = strip_directives(self.words(block, first, end, containers))
                result.append(self.paragraph(text, span, first, end, top))
            elif block.kind == "heading":
                text = self.heading(block, first, end, containers)
                if end - first > 1 and block.level == 2 and _reads_as_paragraph(text):
                    # `---` typed under a paragraph: CommonMark's setext heading, which the
                    # writer meant as a paragraph and a rule.
                    result.append(
                        self.paragraph(text, self.span(first, end - 1), first, end - 1, top)
                    )
                    result.append(Unit("rule", self.span(end - 1, end)))
                else:
                    result.append(Unit("heading", span, text=text, level=block.level))
            elif block.kind == "list":
                items = tuple(self._items(block, containers))
                start, marker = self.list_start(first, containers)
                result.append(Unit("bullets", span, items=items, start=start, marker=marker))
            elif block.kind == "rule":
                result.append(Unit("rule", span))
            elif block.kind == "quote":
                result.extend(self.units(block.children, (*containers, _Container(True))))
            elif block.kind == "html" and _COMMENT.match(block.html):
                pass  # comments carry directives such as suppressions, not prose
            else:
                text = self.raw_lines(first, end)
                if text.strip():
                    result.append(Unit("paragraph", span, text=text))
        return result

    def _items(self, block: Block, containers: tuple[_Container, ...]) -> list[Item]:
        items: list[Item] = []
        for child in block.children:
            first, end = self.rows(child)
            inner = self.units(child.children, (*containers, self.item(child, first, containers)))
            if inner and inner[0].kind == "paragraph":
                head = inner[0]
                paragraph = child.children[0].kind == "paragraph"  # its lead is read already
                lead = head.lead if paragraph else lead_of(head.text)
                items.append(Item(head.text, head.span, lead, tuple(inner[1:])))
            else:
                items.append(Item("", self.span(first, end), None, tuple(inner)))
        return items


def _reads_as_paragraph(text: str) -> bool:
    return len(text.split()) > 12 or text.rstrip().endswith(_SENTENCE_END)


def read_markdown(text: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Draft:
    """Briefing data from a Markdown draft."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    front = split_front_matter(lines, name, limits)
    walker = _Walker(front.body_lines, front.first_body_line)
    parsed = parse_blocks(walker.text)
    if parsed.depth > MAX_DEPTH:
        raise ReadError(
            "lists or block quotes are nested too deeply (8 levels at most); flatten them",
            code="SB004",
            name="input-too-large",
            path=name,
        )
    units = walker.units(parsed.blocks, ())
    every_line = one_per_line(front.body_lines)
    return build(
        units,
        front,
        name,
        markdown_link,
        lead_of=lead_of,
        every_line=every_line,
        lines=front.body_lines,
        # A Markdown headline is a heading; copy pasted into a file line by line has none.
        bare_titles=every_line,
    )
