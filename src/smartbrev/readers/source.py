"""A document as read: where it came from, its text, its data, and a way to find positions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import msgspec

from smartbrev.diagnostics import Diagnostic
from smartbrev.errors import ReadError
from smartbrev.formats import format_for, resolve
from smartbrev.pointer import Location
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, decode, read_file, read_stream

if TYPE_CHECKING:
    from smartbrev.readers.draft import Draft


class Source(msgspec.Struct):
    """One input document."""

    name: str
    """The path as the user named it, or the stdin filename."""
    text: str
    format: str
    data: dict[str, Any]
    _locate: Callable[[str], dict[str, Location]]
    _locations: dict[str, Location] | None = None
    diagnostics: list[Diagnostic] = msgspec.field(default_factory=list)
    """What the reader noticed while placing the text (drafts only)."""
    from_front_matter: frozenset[str] = frozenset()
    """Top-level fields a draft took from its front matter."""
    set_aside: frozenset[int] = frozenset()
    """Lines of a draft whose text is not the story's own (furniture, metadata lines, the
    byline, a newsletter's further items): word checks compare them apart."""

    def locate(self, pointer: str) -> Location | None:
        """Where the node at a JSON pointer is written (positions are worked out on first use)."""
        if self._locations is None:
            self._locations = self._locate(self.text)
        return self._locations.get(pointer)

    @property
    def lines(self) -> list[str]:
        """The source lines, for showing context."""
        return self.text.splitlines()


READERS: dict[str, str] = {
    "json": "smartbrev.readers.json_reader:read_json",
    "yaml": "smartbrev.readers.yaml_reader:read_yaml",
    "markdown": "smartbrev.readers.markdown_reader:read_markdown",
    "text": "smartbrev.readers.text_reader:read_text",
    "html": "smartbrev.readers.html_reader:read_html",
    "ninjs": "smartbrev.readers.ninjs_reader:read_ninjs",
}
"""The reader of each input format (`formats.INPUTS`), imported when first used: a
function of (text, name, limits) that gives a `Source`, or a `Draft` when it builds one."""

DECODERS: dict[str, str] = {"html": "smartbrev.readers.html_reader:decode_html"}
"""Formats whose bytes may be in another encoding than UTF-8, and what decodes them."""


def parse_text(text: str, fmt: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Source:
    """A source from text in a named format."""
    spec = READERS.get(fmt)
    if spec is None:
        raise ReadError(f"unsupported input format {fmt!r}", path=name)
    read: Source | Draft = resolve(spec)(text, name, limits)
    if isinstance(read, Source):
        return read
    locations = read.locations
    return Source(
        name,
        text,
        fmt,
        read.data,
        lambda _text: locations,
        diagnostics=read.diagnostics,
        from_front_matter=read.from_front_matter,
        set_aside=read.set_aside,
    )


def require_format(fmt: str | None, name: str) -> str:
    """The format, or the error saying the file name does not tell it."""
    if fmt is None:
        raise ReadError(
            "cannot tell the format from the file name; name it with --from / --stdin-format",
            path=name,
        )
    return fmt


def read_path(path: Path, fmt: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Source:
    """Read and parse one file."""
    name = str(path)
    fmt = require_format(fmt or format_for(path), name)
    return parse_text(_decode(read_file(path, name, limits), name, fmt), fmt, name, limits)


def read_stdin(
    stream: BinaryIO, fmt: str | None, name: str = "-", limits: Limits = DEFAULT_LIMITS
) -> Source:
    """Read and parse standard input."""
    fmt = require_format(fmt or format_for(name), name)
    return parse_text(_decode(read_stream(stream, name, limits), name, fmt), fmt, name, limits)


def parse_bytes(raw: bytes, fmt: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Source:
    """A source from the bytes of a file in a named format."""
    return parse_text(_decode(raw, name, fmt), fmt, name, limits)


def _decode(raw: bytes, name: str, fmt: str) -> str:
    spec = DECODERS.get(fmt)
    if spec is not None:
        text: str = resolve(spec)(raw, name)
        return text
    return decode(raw, name)
