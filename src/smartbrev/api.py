"""The public functions behind `smartbrev`'s `__all__`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.errors import InvalidBriefing
from smartbrev.formats import format_for
from smartbrev.messages import kind_of
from smartbrev.model import Briefing
from smartbrev.readers.decode import decode
from smartbrev.readers.source import Source, parse_text, read_path
from smartbrev.schema.check import check, validate_data


def _checked(source: Source) -> Briefing:
    checked = check(source)
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


def load(source: str | os.PathLike[str] | bytes, format: str | None = None) -> Briefing:
    """Read, parse and validate a briefing from a file path (or from its bytes).

    Raises `ReadError` when the input cannot be read or parsed and `InvalidBriefing`
    (with the diagnostics) when it breaks its schema.
    """
    if isinstance(source, bytes):
        name = "<bytes>"
        fmt = format or "json"
        return _checked(parse_text(decode(source, name), fmt, name))
    path = Path(source)
    return _checked(read_path(path, format or format_for(path)))


def parse(text: str, format: str, *, name: str = "<string>") -> Briefing:
    """Parse and validate a briefing from text in a named format (`json`, `yaml`)."""
    return _checked(parse_text(text, format, name))


def validate(
    doc_or_data: Briefing | Mapping[str, Any], version: str | None = None
) -> list[Diagnostic]:
    """Schema problems of a briefing or of plain data; an empty list means valid."""
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
    return validate_data(data, path="<data>", version=version)
