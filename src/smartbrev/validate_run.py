"""Validating many inputs against the schema: one result per file, in order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import BinaryIO

import msgspec

from smartbrev.batch.jobs import Job, unusable
from smartbrev.batch.results import FileResult, Status, Tally
from smartbrev.batch.runner import CacheSpec, run_checks
from smartbrev.diagnostics import Diagnostic, Severity
from smartbrev.errors import ReadError
from smartbrev.files import Target
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits
from smartbrev.readers.source import parse_bytes
from smartbrev.schema.check import check


def validate_job(job: Job, version: str | None, limits: Limits) -> FileResult:
    """Validate one file's bytes."""
    try:
        source = parse_bytes(job.raw, job.fmt, job.name, limits)
    except ReadError as error:
        return unusable(error, job.name)
    diagnostics = check(source, version=version, build=False).diagnostics
    diagnostics.sort(key=Diagnostic.sort_key)
    failed = any(d.severity is Severity.ERROR for d in diagnostics)
    lines = source.lines if diagnostics else None
    status = Status.INVALID if failed else Status.VALID
    return FileResult(source.name, status, tuple(diagnostics), lines)


class ValidateCheck(msgspec.Struct, frozen=True):
    """Schema validation of one file."""

    version: str | None = None
    limits: Limits = DEFAULT_LIMITS

    def context(self, job: Job) -> tuple[object, ...]:
        return (self.version,)

    def work(self, job: Job) -> FileResult:
        return validate_job(job, self.version, self.limits)

    def wrap(self, result: FileResult) -> FileResult:
        return result

    def unwrap(self, result: FileResult) -> FileResult | None:
        return result

    def finish(self, result: FileResult) -> FileResult:
        return result

    def shown_as(self, name: str) -> str | None:
        return None  # validate prints in the parent

    def shown(self, result: FileResult) -> tuple[str, Tally] | None:
        return None

    def recall(self, result: FileResult, text: str, tally: Tally) -> FileResult:
        return result


def validate_targets(
    targets: Iterable[Target | ReadError],
    *,
    version: str | None = None,
    stdin: BinaryIO | None = None,
    stdin_format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
    cache: CacheSpec | None = None,
) -> Iterator[FileResult]:
    """A result for every target, in order."""
    yield from run_checks(
        targets,
        ValidateCheck(version, limits),
        jobs=jobs,
        cache=cache,
        stdin=stdin,
        stdin_format=stdin_format,
        limits=limits,
    )
