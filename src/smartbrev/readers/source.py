"""A document as read: where it came from, its text, its data, and a way to find positions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import msgspec

from smartbrev.diagnostics import Diagnostic
from smartbrev.errors import ReadError
from smartbrev.formats import format_for
from smartbrev.pointer import Location
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, decode, read_file, read_stream


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

    def locate(self, pointer: str) -> Location | None:
        """Where the node at a JSON pointer is written (positions are worked out on first use)."""
        if self._locations is None:
            self._locations = self._locate(self.text)
        return self._locations.get(pointer)

    @property
    def lines(self) -> list[str]:
        """The source lines, for showing context."""
        return self.text.splitlines()


def parse_text(text: str, fmt: str, name: str, limits: Limits = DEFAULT_LIMITS) -> Source:
    """A source from text in a named format."""
    if fmt == "json":
        from smartbrev.readers.json_reader import json_locations, parse_json

        return Source(name, text, fmt, parse_json(text, name, limits), json_locations)
    if fmt == "yaml":
        from smartbrev.readers.yaml_reader import parse_yaml, yaml_locations

        return Source(name, text, fmt, parse_yaml(text, name, limits), yaml_locations)
    if fmt in ("markdown", "text"):
        if fmt == "markdown":
            from smartbrev.readers.markdown_reader import read_markdown as read_draft
        else:
            from smartbrev.readers.text_reader import read_text as read_draft
        draft = read_draft(text, name, limits)
        return Source(
            name,
            text,
            fmt,
            draft.data,
            lambda _text: draft.locations,
            diagnostics=draft.diagnostics,
            from_front_matter=draft.from_front_matter,
        )
    if fmt in ("html", "ninjs"):
        if fmt == "html":
            from smartbrev.readers.html_reader import read_html as read_other
        else:
            from smartbrev.readers.ninjs_reader import read_ninjs as read_other
        other = read_other(text, name)
        return Source(
            name,
            text,
            fmt,
            other.data,
            lambda _text: other.locations,
            diagnostics=other.diagnostics,
        )
    raise ReadError(f"unsupported input format {fmt!r}", path=name)


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
    if fmt == "html":
        from smartbrev.readers.html_reader import decode_html

        return decode_html(raw, name)
    return decode(raw, name)
