"""Reading briefings: from a file, from bytes or from text, with the reader's notes."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import msgspec

from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.errors import InvalidBriefing, ReadError
from smartbrev.formats import INPUTS, InputFormat, format_for
from smartbrev.messages import kind_of
from smartbrev.model import Briefing
from smartbrev.readers.controls import refused_value
from smartbrev.readers.decode import read_file
from smartbrev.readers.sniff import sniff, sniff_text
from smartbrev.readers.source import Source, parse_bytes, parse_text, unknown_format
from smartbrev.schema.check import check, validate_data

Input = str | bytes | os.PathLike[str]
"""What the reading functions take: text (`str`), the bytes of a file, or a file's path
(`pathlib.Path` or any other path-like object)."""


class Reading(msgspec.Struct, frozen=True):
    """A briefing as read, with what the reader had to do to read it."""

    briefing: Briefing
    """The briefing, valid against its schema."""
    notes: tuple[Diagnostic, ...]
    """What the reader noticed while placing a draft's text (SB020-SB025: text kept
    elsewhere than where it was written, page furniture set aside, front matter kept);
    empty for JSON and YAML. A CMS can show these to the editor."""
    format: str
    """The format it was read as (one of `InputFormat`)."""
    name: str
    """The name diagnostics give it: the path, or the `name` it was read under."""


def checked_format(fmt: str | None, name: str) -> str | None:
    """A format name as given, refused (`ReadError`, listing the known names) when
    smartbrev has no reader for it."""
    if fmt is not None and fmt not in INPUTS:
        raise unknown_format(fmt, name)
    return fmt


def _told(fmt: str | None, name: str) -> str:
    if fmt is None:
        raise ReadError("cannot tell the format from the content; name it with format=", path=name)
    return fmt


def source_of(source: Input, fmt: str | None = None, name: str | None = None) -> Source:
    """The source of a text, of bytes, or of a file, in the format named, else the one
    the file name or the content tells. Raises `ReadError`."""
    if isinstance(source, str):
        shown = name or "<string>"
        fmt = checked_format(fmt, shown) or format_for(shown) or sniff_text(source)
        return parse_text(source, _told(fmt, shown), shown, editions=False)
    if isinstance(source, bytes):
        shown = name or "<bytes>"
        fmt = checked_format(fmt, shown) or format_for(shown) or sniff(source)
        return parse_bytes(source, _told(fmt, shown), shown, editions=False)
    path = Path(source)
    shown = name or str(path)
    fmt = checked_format(fmt, shown) or format_for(path)
    raw = read_file(path, shown)
    return parse_bytes(raw, _told(fmt or sniff(raw), shown), shown, editions=False)


def _checked(source: Source, version: str | None = None) -> Briefing:
    checked = check(source, version=version)
    if checked.doc is None:
        problems = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
        first = problems[0]
        where = f":{first.span.line}:{first.span.column}" if first.span else ""
        raise InvalidBriefing(
            f"{source.name}{where}: {first.message}"
            + (f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""),
            problems,
        )
    return checked.doc


def read(
    source: Input,
    format: InputFormat | None = None,
    *,
    name: str | None = None,
    version: str | None = None,
) -> Reading:
    """Read a briefing and what the reader noticed while reading it.

    `source` is the text itself (`str`), the bytes of a file, or a file's path (a
    `pathlib.Path`). The format is the one named, else the one the file name (or `name`)
    ends in, else the one the content tells: a JSON object, a ninjs item, a YAML mapping,
    HTML, or a Markdown or plain-text draft. `name` is what diagnostics call the input;
    `version` validates against that schema version instead of the one it names.

    Raises `ReadError` when the input cannot be read or parsed (an unknown `format`
    too: the message lists the known ones), and `InvalidBriefing`, carrying every
    error, when it breaks its schema.

    ```python
    import smartbrev

    reading = smartbrev.read(
        "Ferry fares freeze\\n\\nFares stay at $2.40 through 2027.\\n\\n"
        "Why it matters:\\nRidership is back.\\n\\nBy Ana Ortiz\\n"
        "Ana Ortiz is a transit reporter.\\n"
    )
    assert reading.format == "text"
    assert reading.briefing.headline == "Ferry fares freeze"
    assert [note.code for note in reading.notes] == ["SB020"]  # text after the byline
    ```
    """
    src = source_of(source, format, name)
    doc = _checked(src, version)
    return Reading(doc, tuple(src.diagnostics), src.format, src.name)


def load(source: Input, format: InputFormat | None = None) -> Briefing:
    """Read, parse and validate a briefing from a file path (or from its bytes).

    A `str` is a path here, as `load` has always taken it (`read` takes text).
    The format is told as `read` tells it. Raises `ReadError` and `InvalidBriefing`
    as `read` does.

    ```python
    import smartbrev

    doc = smartbrev.load("examples/transit-fares.json")
    assert doc.schema_version == "1.0"
    raw = b"schema_version: '1.2'\\nlede: Fares stay flat.\\nblocks: []\\n"
    assert smartbrev.load(raw).lede == "Fares stay flat."  # YAML, told from the bytes
    ```
    """
    if isinstance(source, bytes):
        return read(source, format).briefing
    return read(Path(source), format).briefing


def parse(text: str, format: InputFormat | None = None, *, name: str = "<string>") -> Briefing:
    """Parse and validate a briefing from text, in the format named or the one the
    content tells. Raises `ReadError` and `InvalidBriefing` as `read` does."""
    return read(text, format, name=name).briefing


def validate(
    doc_or_data: Briefing | Mapping[str, Any], version: str | None = None
) -> list[Diagnostic]:
    """Schema problems of a briefing or of plain data; an empty list means valid.

    ```python
    import smartbrev

    (problem,) = smartbrev.validate({"schema_version": "1.0", "lede": "x"})
    assert problem.code == "SB011" and problem.pointer == ""
    ```
    """
    if isinstance(doc_or_data, Briefing):
        data: Any = doc_or_data.to_data()
    else:
        data = doc_or_data
    if not isinstance(data, Mapping):
        return [
            Diagnostic(
                code="SB002",
                name="invalid-syntax",
                severity=Severity.ERROR,
                message=f"the top level must be an object of fields, not {kind_of(data)}",
                path="<data>",
            )
        ]
    refused = refused_value(data)
    problems = [] if refused is None else [_refused_diagnostic(refused)]
    return problems + validate_data(data, path="<data>", version=version)


def _refused_diagnostic(message: str) -> Diagnostic:
    """What every reader says of text holding a character no briefing may hold."""
    return Diagnostic(
        code="SB001",
        name="unreadable-file",
        severity=Severity.ERROR,
        message=message,
        path="<data>",
    )
