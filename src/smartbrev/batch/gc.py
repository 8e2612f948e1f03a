"""The garbage collector's settings for a run: paused while the command loads, then tuned
for checking files.

Loading smartbrev creates tens of thousands of objects that live as long as the process
(modules, classes, compiled patterns, the schema). Collecting them again and again while
they load, and once more when the process ends, is about a sixth of a one-file run.
"""

from __future__ import annotations

import gc

YOUNGEST = 10_000
"""Allocations between passes over the youngest objects (Python's default is 700).
Checking a file allocates thousands of short-lived objects and almost no cycles: passes
every 700 allocations were ~4% of a lint."""

_paused = False


def pause_collection() -> None:
    """Stop automatic collection until `resume_collection` (if it is running)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def _settle() -> None:
    """Leave everything made so far out of later passes; collect young objects less often."""
    gc.freeze()
    gc.set_threshold(YOUNGEST, *gc.get_threshold()[1:])


def resume_collection() -> None:
    """Collect again (if `pause_collection` stopped it), settled for checking files."""
    global _paused
    if _paused:
        _settle()
        gc.enable()
        _paused = False


def collect_for_files() -> None:
    """Collection settled for a process that checks files (a worker); a forked worker
    inherits the parent's paused collector and resumes it."""
    if _paused:
        resume_collection()
    else:
        _settle()


def skip_final_collection() -> None:
    """The process is about to end: spare it a last pass over objects it will never free."""
    resume_collection()
    gc.freeze()
