"""Validating many inputs, one result per file; a file that cannot be read never stops the run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

from smartbrev.collect import Target
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.errors import ReadError
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.results import FileResult, Status
from smartbrev.source import Source, read_path, read_stdin
from smartbrev.validation import validate_data


def error_diagnostic(error: ReadError, name: str) -> Diagnostic:
    """A read failure in the shape of any other diagnostic."""
    span = None
    if error.line is not None:
        column = error.column or 1
        span = Span(error.line, column, error.line, column + 1)
    return Diagnostic(
        code=error.code,
        name=error.name,
        severity=Severity.ERROR,
        message=error.message,
        path=error.path or name,
        span=span,
    )


def read_target(
    target: Target, *, stdin: BinaryIO | None, stdin_format: str | None, limits: Limits
) -> Source:
    """Read one target into a source."""
    if target.path is None:
        if stdin is None:
            raise ReadError("standard input is not available", path=target.name)
        return read_stdin(stdin, stdin_format, target.name, limits)
    return read_path(target.path, None, limits)


def validate_targets(
    targets: Iterable[Target | ReadError],
    *,
    version: str | None = None,
    stdin: BinaryIO | None = None,
    stdin_format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[FileResult]:
    """A result for every target, in order."""
    for target in targets:
        if isinstance(target, ReadError):
            name = target.path or "?"
            yield FileResult(name, Status.UNUSABLE, (error_diagnostic(target, name),))
            continue
        try:
            source = read_target(target, stdin=stdin, stdin_format=stdin_format, limits=limits)
        except ReadError as error:
            diagnostic = error_diagnostic(error, target.name)
            yield FileResult(target.name, Status.UNUSABLE, (diagnostic,))
            continue
        diagnostics = source.diagnostics + validate_data(
            source.data, path=source.name, version=version, locate=source.locate
        )
        diagnostics.sort(key=Diagnostic.sort_key)
        failed = any(d.severity is Severity.ERROR for d in diagnostics)
        lines = source.lines if diagnostics else None
        yield FileResult(
            source.name, Status.INVALID if failed else Status.VALID, tuple(diagnostics), lines
        )
