"""The `smartbrev` command's entry point, and the garbage collector paused while it starts.

Loading smartbrev creates tens of thousands of objects that live as long as the process
(modules, classes, compiled patterns, the schema). Collecting them again and again while
they load, and once more when the process ends, is about a sixth of a one-file run.
"""

from __future__ import annotations

import gc

_paused = False


def pause_collection() -> None:
    """Stop automatic collection until `resume_collection` (if it is running)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """Collect again, leaving everything made so far out of every later pass."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False


def skip_final_collection() -> None:
    """The process is about to end: spare it a last pass over objects it will never free."""
    resume_collection()
    gc.freeze()


def main() -> None:
    """The `smartbrev` command: the command line, loaded with collection paused."""
    pause_collection()
    from smartbrev.cli import main as run

    try:
        run()
    finally:
        skip_final_collection()
