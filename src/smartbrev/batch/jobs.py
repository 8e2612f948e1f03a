"""Jobs: one file's bytes and format, read once and ready to be checked anywhere, and the
result of a file that cannot be read."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

import msgspec

from smartbrev.batch.results import FileResult, Status
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.errors import ReadError
from smartbrev.files import Target
from smartbrev.formats import format_for
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, read_file, read_stream
from smartbrev.readers.source import Source, parse_bytes, require_format
from smartbrev.readers.source import stdin_format as sniffed_format


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


def unusable(error: ReadError, name: str) -> FileResult:
    """The result of a file that could not be read or parsed."""
    return FileResult(error.path or name, Status.UNUSABLE, (error_diagnostic(error, name),))


def failed(error: Exception, name: str) -> FileResult:
    """The result of a file smartbrev failed on: an error of that file alone, so the run
    goes on and ends with exit 2."""
    what = str(error)
    what = f"{what[:200]}…" if len(what) > 200 else what
    return FileResult(
        name,
        Status.UNUSABLE,
        (
            Diagnostic(
                code="SB008",
                name="processing-failed",
                severity=Severity.ERROR,
                message=f"smartbrev failed on this file: {type(error).__name__}: {what}",
                path=name,
                help="the other files were still checked; please report this with the file",
            ),
        ),
    )


def not_written(message: str, name: str) -> Diagnostic:
    """A fix or an output that was ready but could not be written, and why."""
    return Diagnostic(
        code="SB009",
        name="not-written",
        severity=Severity.ERROR,
        message=message.removeprefix(f"{name}: "),
        path=name,
    )


class Job(msgspec.Struct, frozen=True):
    """One file's bytes, ready to be processed anywhere."""

    name: str
    raw: bytes
    fmt: str
    path: str | None


def load_job(
    target: Target, *, stdin: BinaryIO | None, stdin_format: str | None, limits: Limits
) -> Job:
    """One target's bytes and format; raises ReadError when it cannot be read."""
    if target.path is None:
        if stdin is None:
            raise ReadError("standard input is not available", path=target.name)
        raw = read_stream(stdin, target.name, limits)
        fmt = sniffed_format(raw, stdin_format, target.name)
    else:
        raw = read_file(target.path, target.name, limits)
        fmt = require_format(format_for(target.path), target.name)
    return Job(target.name, raw, fmt, target.path)


def load_jobs(
    targets: Iterable[Target | ReadError],
    *,
    stdin: BinaryIO | None,
    stdin_format: str | None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[Job | FileResult]:
    """Each target's bytes (or the result saying why it could not be read)."""
    for target in targets:
        if isinstance(target, ReadError):
            yield unusable(target, target.path or "?")
            continue
        try:
            yield load_job(target, stdin=stdin, stdin_format=stdin_format, limits=limits)
        except ReadError as error:
            yield unusable(error, target.name)


def read_target(
    target: Target, *, stdin: BinaryIO | None, stdin_format: str | None, limits: Limits
) -> Source:
    """Read one target into a source (raises ReadError when it cannot be read)."""
    job = load_job(target, stdin=stdin, stdin_format=stdin_format, limits=limits)
    return parse_bytes(job.raw, job.fmt, job.name, limits)
