"""Linting open documents while they are edited: lints run in worker threads (so a huge
document never stops the server answering, nor holds up a short one), one at a time
per document with the changes made meanwhile folded into the next, and the latest
result kept for code actions, hover and the outline."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import msgspec

from smartbrev.server.engine import Report

WORKERS = 2
"""Documents linted at once: a short draft's lint shares the interpreter with a long
one's (threads take turns every few milliseconds) rather than waiting for it to end."""
QUICK = 0.05
"""A document whose last lint took less than this (seconds) is linted on every change."""
PAUSE = 0.25
"""A slower one waits for this long a pause in typing."""


class Job(msgspec.Struct, frozen=True):
    """What to lint: one version of one document, with everything the lint needs."""

    uri: str
    version: int | None
    text: str
    run: Callable[[], Report]


class Linted(msgspec.Struct, frozen=True):
    """One version of a document and what linting it found."""

    uri: str
    version: int | None
    text: str
    report: Report
    seconds: float


class Linter:
    """Runs jobs in worker threads; at most one lint in flight per document."""

    def __init__(self, publish: Callable[[Linted], None]) -> None:
        self._publish = publish
        self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="smartbrev-lint")
        self._latest: dict[str, Linted] = {}
        self._running: dict[str, tuple[str, int, asyncio.Future[Linted]]] = {}
        self._generation = 0
        """Raised when results no longer hold; a lint begun before counts as stale."""
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._dirty: set[str] = set()

    def latest(self, uri: str) -> Linted | None:
        """The last result for a document, whatever version it was."""
        return self._latest.get(uri)

    def forget(self, uri: str) -> None:
        """A document was closed."""
        self._latest.pop(uri, None)
        self._dirty.discard(uri)
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()

    def forget_all(self) -> None:
        """Results no longer hold (the configuration changed): lint afresh on next ask,
        not sharing nor keeping the result of a lint already under way."""
        self._latest.clear()
        self._generation += 1

    def changed(self, job: Callable[[], Job | None], uri: str) -> None:
        """A document changed: lint it now, or after a pause if it is slow to lint;
        a change during a lint is linted once that lint is done."""
        if uri in self._timers:
            return  # the pending lint will read the text as it is then
        if uri in self._running:
            self._dirty.add(uri)
            return
        previous = self._latest.get(uri)
        delay = 0.0 if previous is None or previous.seconds < QUICK else PAUSE
        loop = asyncio.get_running_loop()
        self._timers[uri] = loop.call_later(delay, self._fire, job, uri)

    def _fire(self, job: Callable[[], Job | None], uri: str) -> None:
        self._timers.pop(uri, None)
        task = asyncio.ensure_future(self._lint_and_publish(job, uri))
        task.add_done_callback(lambda _: None)

    async def _lint_and_publish(self, job: Callable[[], Job | None], uri: str) -> None:
        current = job()
        if current is None:
            return
        generation = self._generation
        linted = await self.lint(current)
        if uri in self._dirty:
            self._dirty.discard(uri)
            self.changed(job, uri)
        if generation == self._generation:  # else a lint with what now holds is coming
            self._publish(linted)

    async def lint(self, job: Job) -> Linted:
        """The result for this version (remembered, shared with a lint in flight)."""
        latest = self._latest.get(job.uri)
        if latest is not None and latest.text == job.text:
            return latest
        running = self._running.get(job.uri)
        generation = self._generation
        if running is not None and running[:2] == (job.text, generation):
            return await running[2]
        loop = asyncio.get_running_loop()
        future: asyncio.Future[Linted] = loop.run_in_executor(self._pool, _timed, job)
        self._running[job.uri] = (job.text, generation, future)
        try:
            linted = await future
        finally:
            if job.uri in self._running and self._running[job.uri][2] is future:
                del self._running[job.uri]
        if generation == self._generation:
            self._latest[job.uri] = linted
        return linted

    def close(self) -> None:
        """Stop the worker (a lint in progress is abandoned)."""
        for timer in self._timers.values():
            timer.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)


def _timed(job: Job) -> Linted:
    began = time.perf_counter()
    report = job.run()
    return Linted(job.uri, job.version, job.text, report, time.perf_counter() - began)
