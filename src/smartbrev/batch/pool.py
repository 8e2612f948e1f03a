"""Processing files on several cores: a process pool over chunks, results in input order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, TypeVar

from smartbrev.batch.gc import collect_for_files
from smartbrev.batch.interrupts import Interrupts, die_with_parent

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")


def resolve_jobs(jobs: str | int | None) -> int:
    """`auto` (or None) means one worker per available core."""
    if jobs in (None, "auto"):
        try:
            return max(1, len(os.sched_getaffinity(0)))
        except AttributeError:  # pragma: no cover - not on Linux
            return max(1, os.cpu_count() or 1)
    count = int(jobs)
    if count < 1:
        raise ValueError("--jobs must be 1 or more, or auto")
    return count


def _start_worker() -> None:
    import signal  # workers only

    # Ctrl-C is the parent's to handle; workers just stop when told, or when it dies.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()
    # What the worker inherited is kept for its life: leave it out of garbage collection
    # passes (a few percent of a lint's time), and its pages shared with the parent.
    collect_for_files()


class Pool:
    """Maps a function over items, in order, on `jobs` processes (in this one when 1)."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self._executor: ProcessPoolExecutor | None = None
        self._interrupts = Interrupts()

    def map(self, function: Callable[[T], R], items: list[T]) -> Iterator[R]:
        """The results of `function` over `items`, in order."""
        if self.jobs <= 1 or len(items) < 2 * self.jobs:
            return map(function, items)
        if self._executor is None:
            from concurrent.futures import ProcessPoolExecutor

            self._executor = ProcessPoolExecutor(max_workers=self.jobs, initializer=_start_worker)
            # The executor's own table of workers: those it starts later are in it too.
            self._interrupts.watch(self._executor._processes)
        chunk = max(1, min(64, len(items) // (self.jobs * 4)))
        return self._executor.map(function, items, chunksize=chunk)

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers: when cancelling (Ctrl-C, an error), at once, dropping their
        work; a second Ctrl-C meanwhile ends the process (see `interrupts`)."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if cancel:
            self._interrupts.stop_workers()
        executor.shutdown(wait=True, cancel_futures=cancel)
        if not cancel:
            self._interrupts.release()

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.close(cancel=error is not None)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch
