"""Running a check over many inputs: read each file once, use the cache, spread the rest
over a process pool, and yield one result per file in input order. A file that cannot
be read never stops the run."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol, TypeVar

from smartbrev.collect import Target
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.errors import ReadError
from smartbrev.formats import format_for
from smartbrev.parallel import Pool, batches
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, read_file, read_stream
from smartbrev.results import FileResult, Status
from smartbrev.source import Source, parse_bytes, require_format
from smartbrev.validation import validate_data

if TYPE_CHECKING:
    from smartbrev.cache import ResultCache

R = TypeVar("R")
WINDOW = 4096
"""Files handed to the pool at a time."""


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


@dataclass(frozen=True, slots=True)
class Job:
    """One file's bytes, ready to be processed anywhere."""

    name: str
    raw: bytes
    fmt: str
    path: Path | None


def load_job(
    target: Target, *, stdin: BinaryIO | None, stdin_format: str | None, limits: Limits
) -> Job:
    """One target's bytes and format; raises ReadError when it cannot be read."""
    if target.path is None:
        if stdin is None:
            raise ReadError("standard input is not available", path=target.name)
        raw = read_stream(stdin, target.name, limits)
        fmt = require_format(stdin_format or format_for(target.name), target.name)
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


class Check(Protocol[R]):
    """What a kind of run (validate, lint) does with one file, wherever it runs."""

    def context(self, job: Job) -> tuple[object, ...]:
        """What besides the bytes decides the result (it goes into the cache key)."""

    def work(self, job: Job) -> R:
        """The result of one file."""

    def wrap(self, result: FileResult) -> R:
        """A result made from a cached or unusable file's result."""

    def unwrap(self, result: R) -> FileResult | None:
        """The part of a result to cache (None: do not cache it)."""

    def finish(self, result: R) -> R:
        """A result made ready to send to the parent (after it was cached)."""


@dataclass(frozen=True, slots=True)
class CacheSpec:
    """Where the cache is and which runs it serves (picklable, for the workers)."""

    root: str
    kind: str

    def open(self) -> ResultCache:
        """The cache, opened once per process (a forked worker never reuses its parent's)."""
        from smartbrev.cache import ResultCache

        key = (self, os.getpid())
        found = _OPEN_CACHES.get(key)
        if found is None:
            found = _OPEN_CACHES[key] = ResultCache(Path(self.root), self.kind)
        return found


_OPEN_CACHES: dict[tuple[CacheSpec, int], ResultCache] = {}
Outcome = tuple[R, str | None, dict[str, Any] | None]


def _perform_job(check: Check[R], spec: CacheSpec | None, job: Job) -> Outcome[R]:
    if spec is None:
        return check.finish(check.work(job)), None, None
    from smartbrev.cache import decode, encode

    cache = spec.open()
    key = cache.key(job.raw, job.fmt, *check.context(job))
    if key is not None:
        entry = cache.get(key)
        hit = decode(entry, job.name, job.raw) if entry else None
        if hit is not None:
            return check.finish(check.wrap(hit)), None, None
    result = check.work(job)
    stored = check.unwrap(result)
    entry = encode(stored) if key and stored is not None else None
    return check.finish(result), key, entry


def _perform(
    check: Check[R], spec: CacheSpec | None, limits: Limits, item: str | FileResult
) -> Outcome[R]:
    """Read, look up and check one file (named by its path): the whole of a worker's job."""
    if isinstance(item, FileResult):
        return check.finish(check.wrap(item)), None, None
    target = Target(item, Path(item))
    loaded = next(load_jobs([target], stdin=None, stdin_format=None, limits=limits))
    if isinstance(loaded, FileResult):
        return check.finish(check.wrap(loaded)), None, None
    return _perform_job(check, spec, loaded)


def run_checks(
    targets: Iterable[Target | ReadError],
    check: Check[R],
    *,
    jobs: int = 1,
    cache: CacheSpec | None = None,
    stdin: BinaryIO | None = None,
    stdin_format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> Iterator[R]:
    """`check` over every target, on `jobs` processes, in input order.

    Each worker reads its files itself and consults the cache itself; only this process
    writes to the cache. Standard input is read here, so a run that includes it stays
    in this process.
    """
    writer = cache.open() if cache else None
    try:
        with Pool(jobs) as pool:
            # Windows keep memory flat however many files there are; the next window is
            # handed out before this one's results are read, so the workers never wait
            # for this process to find more files.
            previous: Iterable[Outcome[R]] = ()
            for window in batches(targets, WINDOW):
                if any(isinstance(t, Target) and t.path is None for t in window):
                    yield from _store(previous, writer)
                    previous = [
                        _perform_stdin(check, cache, t, stdin, stdin_format, limits)
                        if isinstance(t, Target) and t.path is None
                        else _perform(check, cache, limits, _item(t))
                        for t in window
                    ]
                    continue
                # Plain path strings go to the workers: they cost far less to send.
                items = [_item(t) for t in window]
                outcomes = pool.map(partial(_perform, check, cache, limits), items)
                yield from _store(previous, writer)
                previous = outcomes
            yield from _store(previous, writer)
    finally:
        if writer is not None:
            writer.prune()


def _item(target: Target | ReadError) -> str | FileResult:
    if isinstance(target, ReadError):
        return unusable(target, target.path or "?")
    return target.name  # a file's target is always Path(name)


def _perform_stdin(
    check: Check[R],
    spec: CacheSpec | None,
    target: Target,
    stdin: BinaryIO | None,
    stdin_format: str | None,
    limits: Limits,
) -> Outcome[R]:
    loaded = next(load_jobs([target], stdin=stdin, stdin_format=stdin_format, limits=limits))
    if isinstance(loaded, FileResult):
        return check.finish(check.wrap(loaded)), None, None
    return _perform_job(check, spec, loaded)


def _store(outcomes: Iterable[Outcome[R]], writer: ResultCache | None) -> Iterator[R]:
    for result, key, entry in outcomes:
        if writer is not None and key is not None and entry is not None:
            writer.put(key, entry)
        yield result


def validate_job(job: Job, version: str | None, limits: Limits) -> FileResult:
    """Validate one file's bytes."""
    try:
        source = parse_bytes(job.raw, job.fmt, job.name, limits)
    except ReadError as error:
        return unusable(error, job.name)
    diagnostics = source.diagnostics + validate_data(
        source.data, path=source.name, version=version, locate=source.locate
    )
    diagnostics.sort(key=Diagnostic.sort_key)
    failed = any(d.severity is Severity.ERROR for d in diagnostics)
    lines = source.lines if diagnostics else None
    status = Status.INVALID if failed else Status.VALID
    return FileResult(source.name, status, tuple(diagnostics), lines)


@dataclass(frozen=True, slots=True)
class ValidateCheck:
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
