"""Input formats: names, file extensions, and which reader handles each."""

from __future__ import annotations

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
    name = PurePath(path).name.lower()
    if name.endswith(".ninjs.json"):
        return "ninjs"
    return _EXTENSIONS.get(PurePath(path).suffix.lower())


def briefing_extensions() -> tuple[str, ...]:
    """Extensions picked up when a directory is searched (published HTML is not)."""
    return tuple(e for e, fmt in _EXTENSIONS.items() if fmt != "html")


OUTPUT_FORMATS: tuple[str, ...] = ("json", "yaml", "markdown", "text", "html", "ninjs", "ninjs-2.2")
"""Formats `convert --to` writes (`ninjs` is ninjs 3.1)."""
