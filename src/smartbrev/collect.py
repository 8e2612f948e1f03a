"""Turning the paths on a command line into the files to process."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from smartbrev.errors import ReadError
from smartbrev.formats import briefing_extensions

DEFAULT_EXCLUDES = frozenset(
    {"node_modules", "__pycache__", "venv", "site-packages", "build", "dist", "_build"}
)
"""Directory names never searched (hidden directories are skipped too)."""

STDIN = "-"


@dataclass(frozen=True, slots=True)
class Target:
    """One input to process: a file, or standard input when `path` is None."""

    name: str
    path: Path | None


def _walk(root: Path) -> Iterator[str]:
    extensions = briefing_extensions()
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(
            d for d in subdirs if not d.startswith(".") and d not in DEFAULT_EXCLUDES
        )
        for file in sorted(files):
            if not file.startswith(".") and os.path.splitext(file)[1].lower() in extensions:  # noqa: PTH122
                yield os.path.join(directory, file)  # noqa: PTH118


def collect(paths: Sequence[str], *, stdin_name: str = STDIN) -> Iterator[Target | ReadError]:
    """Each file to process, in command-line order, directories searched recursively.

    A path that names nothing, or a directory holding no briefings, comes out as a
    `ReadError` in its place so the rest of the run goes on.
    """
    seen: set[str] = set()
    for raw in paths:
        if raw == STDIN:
            yield Target(stdin_name, None)
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            # Plain strings here: path objects cost more than the check itself at scale.
            for file in _walk(path):
                found = True
                absolute = os.path.abspath(file)  # noqa: PTH100
                if absolute not in seen:
                    seen.add(absolute)
                    yield Target(file, Path(file))
            if not found:
                kinds = ", ".join(f"*{e}" for e in briefing_extensions())
                yield ReadError(f"no briefing files found (looked for {kinds})", path=raw)
        elif path.exists():
            absolute = os.path.abspath(path)  # noqa: PTH100
            if absolute not in seen:
                seen.add(absolute)
                yield Target(raw, path)
        else:
            yield ReadError("no such file or directory", path=raw)
