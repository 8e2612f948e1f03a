"""Writers: one module per output format, each turning the model into text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smartbrev.model import Briefing

Writer = Callable[["Briefing"], str]

OUTPUT_FORMATS: tuple[str, ...] = ("json", "yaml", "markdown", "text", "html", "ninjs", "ninjs-2.2")
"""Formats `convert --to` writes (`ninjs` is ninjs 3.1)."""

EXTENSIONS: dict[str, str] = {
    "json": ".json",
    "yaml": ".yaml",
    "markdown": ".md",
    "text": ".txt",
    "html": ".html",
    "ninjs": ".ninjs.json",
    "ninjs-2.2": ".ninjs.json",
}
"""The file extension each output format gets under `--out-dir`."""


def writer_for(fmt: str) -> Writer:
    """The writer of an output format."""
    if fmt == "json":
        from smartbrev.writers.json_writer import write_json

        return write_json
    if fmt == "yaml":
        from smartbrev.writers.yaml_writer import write_yaml

        return write_yaml
    if fmt == "markdown":
        from smartbrev.writers.markdown_writer import write_markdown

        return write_markdown
    if fmt == "text":
        from smartbrev.writers.text_writer import write_text

        return write_text
    if fmt == "html":
        from smartbrev.writers.html_writer import write_html

        return write_html
    if fmt == "ninjs":
        from smartbrev.writers.ninjs_writer import write_ninjs

        return write_ninjs
    if fmt == "ninjs-2.2":
        from smartbrev.writers.ninjs_writer import write_ninjs_22

        return write_ninjs_22
    raise ValueError(f"unknown output format {fmt!r}")
