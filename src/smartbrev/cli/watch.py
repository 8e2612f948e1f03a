"""`--watch` for `lint` and `validate`: run, then run again whenever a briefing or a
configuration file under the paths changes, until Ctrl-C."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from smartbrev.cli.base import EXIT_FAILURE
from smartbrev.errors import SmartbrevError
from smartbrev.formats import briefing_extensions

DEBOUNCE_MS = 200
"""Changes within this long of each other (an editor's save, a `git checkout`) make one run."""

TICK_MS = 200
"""How often the watch wakes with no change (it does nothing then)."""

_CLEAR = "\x1b[2J\x1b[H"
_CONFIG_NAMES = ("pyproject.toml", "smartbrev.toml", ".smartbrev.toml", ".gitignore")


def relevant(roots: tuple[str, ...]) -> Callable[[Any, str], bool]:
    """Which changes under the roots can alter the result: a briefing, or configuration
    (any TOML, as configuration files `extend` others by any name), outside the folders
    a directory search skips (hidden ones, the cache's among them, and node_modules)."""
    bases = [Path(root).resolve() for root in roots]

    def keep(_change: Any, path: str) -> bool:
        where = Path(path)
        for base in bases:
            if where.is_relative_to(base):
                inside = where.relative_to(base).parent.parts
                if any(part.startswith(".") or part == "node_modules" for part in inside):
                    return False
        name = where.name
        return name.endswith((*briefing_extensions(), ".toml")) or name in _CONFIG_NAMES

    return keep


def _once(run: Callable[[], int]) -> None:
    try:
        run()
    except SmartbrevError as error:
        click.echo(f"smartbrev: error: {error}", err=True)
    sys.stdout.flush()  # a pipe would hold the report back until the watch ends


def watch(paths: tuple[str, ...], run: Callable[[], int], ctx: click.Context) -> None:
    """Run, then again on every change, until interrupted; exits 0 on Ctrl-C."""
    if "-" in paths:
        raise click.UsageError("--watch cannot read standard input (`-`); name files or folders")
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        click.echo(f"smartbrev: error: {missing[0]}: no such file or directory", err=True)
        ctx.exit(EXIT_FAILURE)
    import watchfiles

    clear = sys.stdout.isatty()
    changes = watchfiles.watch(
        *paths,
        watch_filter=relevant(paths),
        debounce=DEBOUNCE_MS,
        # Wake every so often with nothing, so "watching" is said only once the watch
        # is in place (a change made after it is never missed).
        rust_timeout=TICK_MS,
        yield_on_timeout=True,
        raise_interrupt=True,
    )
    try:
        _once(run)
        announce = True
        for changed in changes:
            if changed:
                if clear:
                    click.echo(_CLEAR, nl=False)
                _once(run)
                announce = True
            if announce:
                _waiting()
                announce = False
    except KeyboardInterrupt:
        pass
    ctx.exit(0)


def _waiting() -> None:
    stamp = time.strftime("%H:%M:%S")
    click.echo(f"[{stamp}] watching for changes; press Ctrl-C to stop", err=True)
