"""Running a check over many inputs: read each file once, use the cache, spread the rest
over a process pool, and yield one result per file in input order. A file that cannot
be read never stops the run."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, Protocol, TypeVar

import msgspec
from msgspec.structs import replace

from smartbrev.batch.gc import resume_collection
from smartbrev.batch.pool import Pool, batches
from smartbrev.batch.results import FileResult, Status, Tally
from smartbrev.diagnostics import Diagnostic, Severity, Span
from smartbrev.errors import ReadError
from smartbrev.files import Target
from smartbrev.formats import format_for
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits, read_file, read_stream
from smartbrev.readers.source import Source, parse_bytes, require_format

if TYPE_CHECKING:
    from smartbrev.batch.cache import Entry, ResultCache

R = TypeVar("R")
WINDOW = 1024
"""Files handed to the pool at a time."""
LOOKUP = 256
"""Files read and looked up in the cache at a time."""


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

    def shown_as(self, name: str) -> str | None:
        """What the text `finish` makes for the file `name` depends on besides the file
        (None: finish makes no text)."""

    def shown(self, result: R) -> tuple[str, Tally] | None:
        """The text and tally of a finished result, to remember with it."""

    def recall(self, result: FileResult, text: str, tally: Tally) -> R:
        """A finished result made from a remembered status, text and tally."""


class CacheSpec(msgspec.Struct, frozen=True):
    """Where the cache is and which runs it serves."""

    root: str
    kind: str

    def open(self) -> ResultCache:
        """The cache (only the parent process uses it)."""
        from smartbrev.batch.cache import ResultCache

        return ResultCache(Path(self.root), self.kind)


Outcome = tuple[R, str | None, "Entry | None"]
"""A result, and the cache key and entry to store it under (None: store nothing)."""


def _work(check: Check[R], job: Job) -> tuple[R, Entry | None]:
    """A finished result, and the cache entry that remembers it (None: not to cache)."""
    from smartbrev.batch.cache import encode

    result = check.work(job)
    stored = check.unwrap(result)
    finished = check.finish(result)
    if stored is None:
        return finished, None
    shown_as, shown = check.shown_as(job.name), check.shown(finished)
    return finished, encode(
        stored, None if shown_as is None or shown is None else (shown_as, *shown)
    )


def _load(name: str, limits: Limits) -> Job | FileResult:
    return next(load_jobs([Target(name, name)], stdin=None, stdin_format=None, limits=limits))


def _perform(check: Check[R], limits: Limits, item: str | FileResult) -> R:
    """Read and check one file (named by its path): a worker's job when nothing is cached."""
    if isinstance(item, FileResult):
        return check.finish(check.wrap(item))
    loaded = _load(item, limits)
    if isinstance(loaded, FileResult):
        return check.finish(check.wrap(loaded))
    return check.finish(check.work(loaded))


def _perform_keyed(check: Check[R], limits: Limits, item: tuple[str, bytes]) -> Outcome[R]:
    """Read and check one file, keying the result by the bytes read here (the file may
    have changed since the parent looked it up)."""
    from smartbrev.batch.cache import key_of

    name, salt = item
    loaded = _load(name, limits)
    if isinstance(loaded, FileResult):
        return check.finish(check.wrap(loaded)), None, None
    result, entry = _work(check, loaded)
    return result, key_of(loaded.raw, salt), entry


def _recall(check: Check[R], store: ResultCache, key: str, entry: Entry, job: Job) -> R | None:
    """A finished result from a cache entry (None when the entry is unusable)."""
    from smartbrev.batch.cache import decode, recall_tally

    if entry.shown_as is not None and entry.shown_as == check.shown_as(job.name):
        tally = recall_tally(entry)
        if tally is not None and entry.shown is not None and entry.status in _STATUSES:
            return check.recall(FileResult(job.name, Status(entry.status)), entry.shown, tally)
    if entry.diagnostics is None:
        entry = replace(entry, diagnostics=store.diagnostics(key))
    hit = decode(entry, job.name)
    if hit is None:
        return None
    if hit.diagnostics:  # the report may quote the source
        hit = replace(hit, lines=job.raw.decode("utf-8", "replace").splitlines())
    return check.finish(check.wrap(hit))


_STATUSES = frozenset(status.value for status in Status)


def _cached_window(
    check: Check[R],
    store: ResultCache,
    pool: Pool,
    window: list[Target | ReadError],
    limits: Limits,
) -> Iterator[Outcome[R]]:
    """Results of a window: what the cache holds here, the rest from the pool, in order.

    The lookups happen and the rest is handed out now; the results come as they are read.
    """
    slots: list[Outcome[R] | None] = []
    missing: list[tuple[str, bytes]] = []
    # A few hundred files at a time: their bytes are dropped once they are looked up.
    for part in batches(window, LOOKUP):
        loaded = list(load_jobs(part, stdin=None, stdin_format=None, limits=limits))
        _look_up(check, store, loaded, slots, missing)
    computed = pool.map(partial(_perform_keyed, check, limits), missing)
    return (slot if slot is not None else next(computed) for slot in slots)


def _look_up(
    check: Check[R],
    store: ResultCache,
    loaded: list[Job | FileResult],
    slots: list[Outcome[R] | None],
    missing: list[tuple[str, bytes]],
) -> None:
    """Add each file's cached result to `slots`; where there is none, add None there and
    the file's name and key salt to `missing`."""
    from smartbrev.batch.cache import key_of

    salts = [
        store.salt(item.fmt, *check.context(item)) if isinstance(item, Job) else b""
        for item in loaded
    ]
    keys = [
        key_of(item.raw, salt) if isinstance(item, Job) else ""
        for item, salt in zip(loaded, salts, strict=True)
    ]
    entries = store.get_many([key for key in keys if key])
    for item, key, salt in zip(loaded, keys, salts, strict=True):
        if isinstance(item, FileResult):
            slots.append((check.finish(check.wrap(item)), None, None))
            continue
        entry = entries.get(key)
        found = _recall(check, store, key, entry, item) if entry is not None else None
        if found is not None:
            slots.append((found, None, None))
        else:
            slots.append(None)
            missing.append((item.name, salt))


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

    This process looks every file up in the cache (and writes what the workers found);
    the workers read and check the rest. Standard input is read here, so a run that
    includes it stays in this process.
    """
    store = cache.open() if cache else None
    try:
        with Pool(jobs) as pool:
            # Windows keep memory flat however many files there are; the next window is
            # handed out before this one's results are read, so the workers never wait
            # for this process to find more files.
            previous: Iterable[Outcome[R]] = ()
            for window in batches(targets, WINDOW):
                outcomes: Iterable[Outcome[R]]
                if any(isinstance(t, Target) and t.path is None for t in window):
                    yield from _store(previous, store)
                    previous = [
                        _perform_here(check, store, t, stdin, stdin_format, limits) for t in window
                    ]
                    continue
                if store is not None:
                    outcomes = _cached_window(check, store, pool, window, limits)
                else:
                    # Plain path strings go to the workers: they cost far less to send.
                    items = [_item(t) for t in window]
                    computed = pool.map(partial(_perform, check, limits), items)
                    outcomes = ((result, None, None) for result in computed)
                yield from _store(previous, store)
                if previous:
                    # The first window is done, so is loading modules: collect again.
                    resume_collection()
                previous = outcomes
            yield from _store(previous, store)
    finally:
        if store is not None:
            store.prune()


def _item(target: Target | ReadError) -> str | FileResult:
    if isinstance(target, ReadError):
        return unusable(target, target.path or "?")
    return target.name  # a file's path is its name


def _perform_here(
    check: Check[R],
    store: ResultCache | None,
    target: Target | ReadError,
    stdin: BinaryIO | None,
    stdin_format: str | None,
    limits: Limits,
) -> Outcome[R]:
    """One target (standard input among them) in this process, with the cache."""
    loaded = next(load_jobs([target], stdin=stdin, stdin_format=stdin_format, limits=limits))
    if isinstance(loaded, FileResult):
        return check.finish(check.wrap(loaded)), None, None
    if store is None:
        return check.finish(check.work(loaded)), None, None
    from smartbrev.batch.cache import key_of

    slots: list[Outcome[R] | None] = []
    missing: list[tuple[str, bytes]] = []
    _look_up(check, store, [loaded], slots, missing)
    if slots[0] is not None:
        return slots[0]
    result, entry = _work(check, loaded)
    return result, key_of(loaded.raw, missing[0][1]), entry


def _store(outcomes: Iterable[Outcome[R]], store: ResultCache | None) -> Iterator[R]:
    for result, key, entry in outcomes:
        if store is not None and key is not None and entry is not None:
            store.put(key, entry)
        yield result
