"""Ctrl-C during a run on several processes. The first ends the run: the workers are
stopped and the command exits 130. A second, while the first is being handled (the
workers finishing, the pool closing), ends the process at once, workers included. A
worker also dies with the process that started it, so a killed run leaves no orphan."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Mapping
from types import FrameType
from typing import Any

INTERRUPTED = 130
"""The exit status of a run ended by Ctrl-C (128 + SIGINT), as shells report it."""


def die_with_parent() -> None:
    """In a worker: ask Linux to kill this process when its parent dies."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return


class Interrupts:
    """Ctrl-C while a process pool runs (see the module's docstring)."""

    def __init__(self) -> None:
        self._processes: Mapping[int, Any] = {}
        self._previous: Any = None
        self._count = 0
        self._installed = False

    def watch(self, processes: Mapping[int, Any]) -> None:
        """Handle Ctrl-C from now on, for a pool whose worker processes are `processes`
        (the executor's own table, so workers it starts later are included)."""
        self._processes = processes
        if self._installed or threading.current_thread() is not threading.main_thread():
            return  # signals reach the main thread only
        self._previous = signal.signal(signal.SIGINT, self._handle)
        self._installed = True

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        self._count += 1
        if self._count == 1:
            raise KeyboardInterrupt
        self.stop_workers(kill=True)
        os.write(2, b"smartbrev: interrupted\n")
        os._exit(INTERRUPTED)

    def stop_workers(self, *, kill: bool = False) -> None:
        """End every worker now (terminate; kill when `kill`)."""
        for process in list(self._processes.values()):
            try:
                process.kill() if kill else process.terminate()
            except (OSError, ValueError, AttributeError):
                continue

    def release(self) -> None:
        """Give Ctrl-C back to whoever handled it before."""
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False
