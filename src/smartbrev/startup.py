"""The `smartbrev` command's entry point."""

from __future__ import annotations


def main() -> None:
    """The `smartbrev` command: the command line, loaded with garbage collection paused."""
    from smartbrev.batch import gc

    gc.pause_collection()
    from smartbrev.cli import main as run

    try:
        run()
    finally:
        gc.skip_final_collection()
