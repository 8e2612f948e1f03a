"""The `smartbrev` command's entry point."""

from __future__ import annotations

from typing import Any


def _language_server() -> None:
    from smartbrev.server.app import serve  # pygls is loaded only for this command

    serve()


def _desk(**options: Any) -> None:
    from smartbrev.desk.serve import serve  # Starlette and uvicorn: for this command only

    serve(**options)


def main() -> None:
    """The `smartbrev` command: the command line, loaded with garbage collection paused."""
    from smartbrev.batch import gc

    gc.pause_collection()
    from smartbrev.cli import main as run
    from smartbrev.cli.base import SERVICES

    SERVICES["server"] = _language_server
    SERVICES["desk"] = _desk

    try:
        run()
    finally:
        gc.skip_final_collection()
