"""Input formats: names, file extensions, and which reader handles each."""

from __future__ import annotations

from pathlib import PurePath

INPUT_FORMATS: tuple[str, ...] = ("json", "yaml")
"""Formats `validate` reads."""

_EXTENSIONS: dict[str, str] = {
    ".json": "json",
    ".yaml": "yaml",
    ".yml": "yaml",
}


def format_for(path: str | PurePath) -> str | None:
    """The input format a file name implies, or None when the extension says nothing."""
    return _EXTENSIONS.get(PurePath(path).suffix.lower())


def briefing_extensions() -> tuple[str, ...]:
    """Extensions picked up when a directory is searched."""
    return tuple(_EXTENSIONS)
