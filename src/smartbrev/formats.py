"""Formats: the one list of their names and file extensions, in each direction.

The code that reads or writes each format is named in `readers.source.READERS` and
`writers.WRITERS`; a test holds those tables to these.
"""

from __future__ import annotations

import importlib
import os
from pathlib import PurePath
from typing import Any, Literal

import msgspec

InputFormat = Literal["json", "yaml", "markdown", "text", "html", "ninjs", "docx"]
"""The name of a format smartbrev reads."""
OutputFormat = Literal["json", "yaml", "markdown", "text", "html", "ninjs", "ninjs-2.2", "email"]
"""The name of a format smartbrev writes (`ninjs` is ninjs 3.1)."""


class Input(msgspec.Struct, frozen=True):
    """A format smartbrev reads."""

    extensions: tuple[str, ...]
    """File name endings that mean this format (lower case, the dot included)."""
    searched: bool = True
    """Whether a directory search picks these files up (published pages are not)."""
    draft: bool = False
    """Written by people, and read into the model by recognising labels and the like."""
    paragraphs: bool = False
    """A word processor's file, not text: positions are paragraph numbers (`draft.docx:¶12`)
    and smartbrev never rewrites it (`lint --fix` refuses)."""


class Output(msgspec.Struct, frozen=True):
    """A format smartbrev writes."""

    extension: str
    """The ending of the files `convert --out-dir` writes."""
    reads_as: str | None
    """The input format its output is read back as, to prove nothing changed (None: for
    readers only, never read back)."""


INPUTS: dict[str, Input] = {
    "json": Input((".json",)),
    "yaml": Input((".yaml", ".yml")),
    "markdown": Input((".md", ".markdown"), draft=True),
    "text": Input((".txt",), draft=True),
    "html": Input((".html", ".htm"), searched=False),
    "ninjs": Input((".ninjs.json",), searched=False),
    "docx": Input((".docx",), draft=True, paragraphs=True),
}
"""Formats smartbrev reads, in the order they are listed to users."""

OUTPUTS: dict[str, Output] = {
    "json": Output(".json", "json"),
    "yaml": Output(".yaml", "yaml"),
    "markdown": Output(".md", "markdown"),
    "text": Output(".txt", "text"),
    "html": Output(".html", None),
    "ninjs": Output(".ninjs.json", "ninjs"),
    "ninjs-2.2": Output(".ninjs.json", "ninjs"),
    "email": Output(".eml", None),
}
"""Formats `convert --to` writes (`ninjs` is ninjs 3.1)."""

INPUT_FORMATS: tuple[str, ...] = tuple(INPUTS)
OUTPUT_FORMATS: tuple[str, ...] = tuple(OUTPUTS)
DRAFT_FORMATS: tuple[str, ...] = tuple(name for name, fmt in INPUTS.items() if fmt.draft)

_BY_ENDING: list[tuple[str, str]] = sorted(
    ((ending, name) for name, fmt in INPUTS.items() for ending in fmt.extensions),
    key=lambda pair: -len(pair[0]),
)
"""Every ending and its format, longest first: `.ninjs.json` wins over `.json`."""


def format_for(path: str | PurePath) -> str | None:
    """The input format a file name implies, or None when its ending says nothing."""
    # String operations: this runs once per file, and path objects cost more at scale.
    name = os.path.basename(str(path)).lower()  # noqa: PTH119
    for ending, fmt in _BY_ENDING:
        if name.endswith(ending) and len(name) > len(ending):  # ".json" alone is a name
            return fmt
    return None


def in_paragraphs(path: str) -> bool:
    """Whether positions in a file are paragraph numbers (a Word document)."""
    fmt = format_for(path)
    return fmt is not None and INPUTS[fmt].paragraphs


def briefing_extensions() -> tuple[str, ...]:
    """Extensions picked up when a directory is searched."""
    return tuple(e for fmt in INPUTS.values() if fmt.searched for e in fmt.extensions)


def every_extension() -> tuple[str, ...]:
    """Every ending a reader takes, published pages' included (longest first)."""
    return tuple(ending for ending, _ in _BY_ENDING)


def resolve(spec: str) -> Any:
    """What a table's `"module:attr"` names, its module imported now (tables name code by
    string so that listing a format does not load its reader or writer)."""
    module, _, attr = spec.partition(":")
    return getattr(importlib.import_module(module), attr)


NINJS_ROLE = "smartbrev"
"""The `role` of the ninjs body that carries the briefing itself, so that reading a
ninjs item smartbrev wrote gives the briefing back exactly."""
NINJS_TYPE = "application/vnd.smartbrev+json"
"""The `contenttype` of that body."""
