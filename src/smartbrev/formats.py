"""Formats: their names and file extensions, and the marks smartbrev leaves in those it writes."""

from __future__ import annotations

import os
from pathlib import PurePath

INPUT_FORMATS: tuple[str, ...] = ("json", "yaml", "markdown", "text", "html", "ninjs")
"""Formats smartbrev reads."""

_EXTENSIONS: dict[str, str] = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
}

DRAFT_FORMATS: tuple[str, ...] = ("markdown", "text")
"""Formats written by people, read into the model by recognising labels and the like."""


def format_for(path: str | PurePath) -> str | None:
    """The input format a file name implies, or None when the extension says nothing."""
    # String operations: this runs once per file, and path objects cost more at scale.
    name = os.path.basename(str(path)).lower()  # noqa: PTH119
    if name.endswith(".ninjs.json"):
        return "ninjs"
    return _EXTENSIONS.get(os.path.splitext(name)[1])  # noqa: PTH122


def briefing_extensions() -> tuple[str, ...]:
    """Extensions picked up when a directory is searched (published HTML is not)."""
    return tuple(e for e, fmt in _EXTENSIONS.items() if fmt != "html")


OUTPUT_FORMATS: tuple[str, ...] = ("json", "yaml", "markdown", "text", "html", "ninjs", "ninjs-2.2")
"""Formats `convert --to` writes (`ninjs` is ninjs 3.1)."""


NINJS_ROLE = "smartbrev"
"""The `role` of the ninjs body that carries the briefing itself, so that reading a
ninjs item smartbrev wrote gives the briefing back exactly."""
NINJS_TYPE = "application/vnd.smartbrev+json"
"""The `contenttype` of that body."""
