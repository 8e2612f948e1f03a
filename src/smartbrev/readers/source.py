"""A document as read: where it came from, its text, its data, and a way to find positions."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import msgspec

from smartbrev.diagnostics import Diagnostic
from smartbrev.errors import ReadError
from smartbrev.formats import INPUT_FORMATS, INPUTS, format_for, resolve
from smartbrev.pointer import Location
from smartbrev.readers.bounds import check_data, check_text
from smartbrev.readers.controls import check_characters, check_values
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

    memo: dict[Any, Any] = msgspec.field(default_factory=dict)
    """What is worked out from the text once and asked for many times (the lines, where
    each field's lines stand): once per finding would cost the text's length each time."""

    @property
    def lines(self) -> list[str]:
        """The source lines, for showing context."""
        lines: list[str] | None = self.memo.get("lines")
        if lines is None:
            lines = self.memo["lines"] = self.text.splitlines()
        return lines


READERS: dict[str, str] = {
    "json": "smartbrev.readers.json_reader:read_json",
    "yaml": "smartbrev.readers.yaml_reader:read_yaml",
    "markdown": "smartbrev.readers.markdown_reader:read_markdown",
    "text": "smartbrev.readers.text_reader:read_text",
    "html": "smartbrev.readers.html_reader:read_html",
    "ninjs": "smartbrev.readers.ninjs_reader:read_ninjs",
    "docx": "smartbrev.readers.docx_reader:read_docx",
}
"""The reader of each input format (`formats.INPUTS`), imported when first used: a
function of (text, name, limits) that gives a `Source`, or a `Draft` when it builds one."""

DECODERS: dict[str, str] = {
    "html": "smartbrev.readers.html_reader:decode_html",
    "docx": "smartbrev.readers.docx_reader:decode_docx",
}
"""Formats whose bytes may be in another encoding than UTF-8, and what decodes them."""


def unknown_format(fmt: str, name: str) -> ReadError:
    """The error for a format name no reader has, listing those that exist."""
    meant = format_for(f"input.{fmt.lower().lstrip('.')}")
    hint = f"; did you mean `{meant}`?" if meant else ""
    return ReadError(
        f"unsupported input format {fmt!r}: use one of {', '.join(INPUT_FORMATS)}{hint}",
        path=name,
    )


def parse_text(
    text: str, fmt: str, name: str, limits: Limits = DEFAULT_LIMITS, *, editions: bool = True
) -> Source:
    """A source from text in a named format. Without `editions`, a newsletter page holding
    several items is read as one briefing: its first item, the rest set aside."""
    spec = READERS.get(fmt)
    if spec is None:
        raise unknown_format(fmt, name)
    check_text(text, fmt, name, limits)
    check_characters(text, name)
    read: Source | Draft = resolve(spec)(text, name, limits)
    check_data(read.data, name, limits)
    check_values(read.data, text, name)
    if isinstance(read, Source):
        return read
    if not editions and read.single is not None:
        read = read.single
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


STDIN_FLAGS = "--stdin-format or --stdin-filename"
"""How `validate`, `lint` and `stats` let standard input's format be named."""


def require_format(fmt: str | None, name: str, flags: str | None = None) -> str:
    """The format, or the error saying the file name does not tell it (and naming
    `flags`, the options that can, when the command has them)."""
    if fmt is None:
        endings = ", ".join(e for known in INPUTS.values() for e in known.extensions)
        named = f"; name it with {flags}" if flags else ""
        raise ReadError(
            f"cannot tell the format from the file name (briefings end in {endings}){named}",
            path=name,
        )
    return fmt


def stdin_format(raw: bytes, fmt: str | None, name: str, flags: str = STDIN_FLAGS) -> str:
    """The format of standard input: as named, else as its name or its content tells
    (the error names `flags`, the options that name it)."""
    found = fmt or format_for(name)
    if found is None:
        from smartbrev.readers.sniff import sniff  # only for input named by no format

        found = sniff(raw)
    if found is None:
        decode(raw, name)  # empty, binary or not UTF-8: that is the problem to report
        raise ReadError(
            f"cannot tell the format of standard input from its content; name it with {flags}",
            path=name,
        )
    return found


def read_path(
    path: Path,
    fmt: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    flags: str | None = None,
    *,
    editions: bool = True,
) -> Source:
    """Read and parse one file (`flags`: the options that name its format, if any;
    `editions`: see `parse_text`)."""
    name = str(path)
    fmt = require_format(fmt or format_for(path), name, flags)
    text = _decode(read_file(path, name, limits), name, fmt)
    return parse_text(text, fmt, name, limits, editions=editions)


def read_stdin(
    stream: BinaryIO,
    fmt: str | None,
    name: str = "-",
    limits: Limits = DEFAULT_LIMITS,
    flags: str = STDIN_FLAGS,
) -> Source:
    """Read and parse standard input (see `stdin_format`)."""
    raw = read_stream(stream, name, limits)
    fmt = stdin_format(raw, fmt, name, flags)
    return parse_text(_decode(raw, name, fmt), fmt, name, limits)


def parse_bytes(
    raw: bytes, fmt: str, name: str, limits: Limits = DEFAULT_LIMITS, *, editions: bool = True
) -> Source:
    """A source from the bytes of a file in a named format (`editions`: see `parse_text`)."""
    return parse_text(_decode(raw, name, fmt), fmt, name, limits, editions=editions)


def _decode(raw: bytes, name: str, fmt: str) -> str:
    spec = DECODERS.get(fmt)
    if spec is not None:
        text: str = resolve(spec)(raw, name)
        return text
    return decode(raw, name)
