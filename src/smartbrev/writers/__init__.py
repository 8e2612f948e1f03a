"""Writers: one module per output format, each turning the model into text."""

from __future__ import annotations

from collections.abc import Callable

from smartbrev.model import Briefing

Writer = Callable[[Briefing], str]

OUTPUT_FORMATS: tuple[str, ...] = ("json", "yaml", "markdown", "text")
"""Formats `convert --to` writes."""

EXTENSIONS: dict[str, str] = {"json": ".json", "yaml": ".yaml", "markdown": ".md", "text": ".txt"}
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
    raise ValueError(f"unknown output format {fmt!r}")
