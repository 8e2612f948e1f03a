"""The command line. click lives in this package alone: parse arguments, call the API,
report, exit."""

from __future__ import annotations

import os
import sys

from smartbrev.cli.base import EXIT_FINDINGS, cli

__all__ = ["cli", "main"]


def main() -> None:
    """Entry point of the `smartbrev` command."""
    try:
        cli(prog_name="smartbrev")
    except BrokenPipeError:
        # Output went to a closed pipe (e.g. `| head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(EXIT_FINDINGS)
