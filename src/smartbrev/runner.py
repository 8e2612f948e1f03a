"""Running a check over many inputs: read each file once, use the cache, spread the rest
over a process pool, and yield one result per file in input order. A file that cannot
be read never stops the run."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO, TypeVar

from smartbrev.cache import ResultCache, decode, encode
from smartbrev.collect import Target
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.errors import ReadError
from smartbrev.formats import format_for
from smartbrev.parallel import Pool, batches
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, read_file, read_stream
from smartbrev.results import FileResult, Status
from smartbrev.source import Source, parse_bytes
from smartbrev.validation import validate_data

R = TypeVar("R")
BATCH = 256


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
            if target.path is None:
                if stdin is None:
                    raise ReadError("standard input is not available", path=target.name)
                raw = read_stream(stdin, target.name, limits)
                fmt = stdin_format or format_for(target.name)
            else:
                raw = read_file(target.path, target.name, limits)
                fmt = format_for(target.path)
            if fmt is None:
                raise ReadError(
                    "cannot tell the format from the file name; name it with --from / "
                    "--stdin-format",
                    path=target.name,
                )
        except ReadError as error:
            yield unusable(error, target.name)
            continue
        yield Job(target.name, raw, fmt, target.path)


def read_target(
    target: Target, *, stdin: BinaryIO | None, stdin_format: str | None, limits: Limits
) -> Source:
    """Read one target into a source."""
    for job in load_jobs([target], stdin=stdin, stdin_format=stdin_format, limits=limits):
        if isinstance(job, FileResult):
            raise ReadError(
                job.diagnostics[0].message,
                code=job.diagnostics[0].code,
                name=job.diagnostics[0].name,
                path=target.name,
            )
        return parse_bytes(job.raw, job.fmt, job.name, limits)
    raise ReadError("nothing to read", path=target.name)  # pragma: no cover


def run_jobs(
    items: Iterable[Job | FileResult],
    work: Callable[[Job], R],
    *,
    wrap: Callable[[FileResult], R],
    unwrap: Callable[[R], FileResult | None],
    jobs: int = 1,
    cache: ResultCache | None = None,
    context: Callable[[Job], tuple[object, ...]] = lambda job: (),
) -> Iterator[R]:
    """`work` over every job, on `jobs` processes, cached results reused, in input order.

    `unwrap` gives the part of a result to cache (None: do not cache it).
    """
    with Pool(jobs) as pool:
        for batch in batches(items, BATCH):
            slots: list[R | None] = [None] * len(batch)
            pending: list[tuple[int, Job, str | None]] = []
            for index, item in enumerate(batch):
                if isinstance(item, FileResult):
                    slots[index] = wrap(item)
                    continue
                key = cache.key(item.raw, item.fmt, *context(item)) if cache else None
                entry = cache.get(key) if cache and key else None
                hit = decode(entry, item.name, item.raw) if entry else None
                if hit is not None:
                    slots[index] = wrap(hit)
                else:
                    pending.append((index, item, key))
            done = pool.map(work, [job for _, job, _ in pending])
            for (index, _, key), result in zip(pending, done, strict=True):
                slots[index] = result
                stored = unwrap(result)
                if cache is not None and key is not None and stored is not None:
                    cache.put(key, encode(stored))
            for slot in slots:
                assert slot is not None
                yield slot
    if cache is not None:
        cache.prune()


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


def validate_targets(
    targets: Iterable[Target | ReadError],
    *,
    version: str | None = None,
    stdin: BinaryIO | None = None,
    stdin_format: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
    cache: ResultCache | None = None,
) -> Iterator[FileResult]:
    """A result for every target, in order."""
    items = load_jobs(targets, stdin=stdin, stdin_format=stdin_format, limits=limits)
    yield from run_jobs(
        items,
        partial(validate_job, version=version, limits=limits),
        wrap=lambda result: result,
        unwrap=lambda result: result,
        jobs=jobs,
        cache=cache,
        context=lambda job: (version,),
    )
