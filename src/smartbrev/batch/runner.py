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
from smartbrev.batch.jobs import Job, failed, load_jobs, unusable
from smartbrev.batch.pool import Pool, batches
from smartbrev.batch.results import FileResult, Status, Tally
from smartbrev.errors import ConfigError, ReadError
from smartbrev.files import Target
from smartbrev.readers.decode import DEFAULT_LIMITS, Limits

if TYPE_CHECKING:
    from smartbrev.batch.cache import Entry, ResultCache

R = TypeVar("R")
WINDOW = 1024
"""Files handed to the pool at a time."""
LOOKUP = 256
"""Files read and looked up in the cache at a time."""


class Check(Protocol[R]):
    """What one kind of run (validate, lint) does with a file; `R` is its result per file
    (lint's carries what fixing did and the report's text besides the diagnostics).

    The life of a file that is not in the cache: a worker `work`s it, `unwrap` takes the
    part worth caching (a `FileResult`), and `finish` readies the result for the parent
    (lint writes the report's text for the file there and drops what the parent no longer
    needs). `shown_as` and `shown` say which text `finish` made, for which report, so the
    cache can keep it; a later run showing the file the same way gets it back through
    `recall` without reading the diagnostics again. A `FileResult` that came from the
    cache, or from a file that could not be read, becomes an `R` through `wrap`.
    """

    def context(self, job: Job) -> tuple[object, ...]:
        """What decides the file's result besides its bytes (the settings that apply to
        it, the schema version asked for): part of the cache key."""

    def work(self, job: Job) -> R:
        """Check one file."""

    def wrap(self, result: FileResult) -> R:
        """The result of a file whose `FileResult` came from the cache or from failing to
        read it."""

    def unwrap(self, result: R) -> FileResult | None:
        """What to cache of a result (None: nothing, e.g. for a file lint has fixed)."""

    def finish(self, result: R) -> R:
        """The result made ready to send to the parent, once `unwrap` has taken its part."""

    def shown_as(self, name: str) -> str | None:
        """What the text `finish` makes for the file `name` depends on, the name included
        (the report's signature): the text is reused only for the same value. None when
        `finish` makes no text."""

    def shown(self, result: R) -> tuple[str, Tally] | None:
        """The text `finish` made, and the tally counting needs, to keep in the cache."""

    def recall(self, result: FileResult, text: str, tally: Tally) -> R:
        """A finished result rebuilt from a kept status, text and tally."""


class CacheSpec(msgspec.Struct, frozen=True):
    """Where the cache is and which runs it serves."""

    root: str
    kind: str
    notes: list[str] = msgspec.field(default_factory=list)
    """What the run found wrong with the cache (damage, a link), for the user to hear."""
    budget: int | None = None
    """Most bytes the cache may take (None: `cache_budget.DEFAULT_BUDGET`)."""

    def open(self) -> ResultCache:
        """The cache (only the parent process uses it)."""
        from smartbrev.batch.cache import ResultCache
        from smartbrev.batch.cache_budget import DEFAULT_BUDGET

        budget = DEFAULT_BUDGET if self.budget is None else self.budget
        return ResultCache(Path(self.root), self.kind, self.notes, budget)


Outcome = tuple[R, str | None, "Entry | None"]
"""A result, and the cache key and entry to store it under (None: store nothing)."""


def _failed(check: Check[R], name: str, error: Exception) -> R:
    """The finished result of a file the check failed on (see `jobs.failed`)."""
    return check.finish(check.wrap(failed(error, name)))


def _attempt(check: Check[R], job: Job) -> R:
    """A finished result, whatever goes wrong with the file (see `_failed`)."""
    try:
        return check.finish(check.work(job))
    except ConfigError:
        raise  # the run's configuration, not the file: the whole run stops (exit 2)
    except Exception as error:
        return _failed(check, job.name, error)


def _work(check: Check[R], job: Job) -> tuple[R, Entry | None]:
    """A finished result, and the cache entry that remembers it (None: not to cache).

    Whatever goes wrong with one file is that file's result: the run goes on."""
    from smartbrev.batch.cache import encode

    try:
        result = check.work(job)
        stored = check.unwrap(result)
        finished = check.finish(result)
    except ConfigError:
        raise
    except Exception as error:
        return _failed(check, job.name, error), None
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
    return _attempt(check, loaded)


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
        entry = replace(entry, diagnostics=store.diagnostics(key, entry))
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
        return _attempt(check, loaded), None, None
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
