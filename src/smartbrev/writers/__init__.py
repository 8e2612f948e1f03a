"""Writers: one module per output format, each turning the model into text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from smartbrev.formats import resolve

if TYPE_CHECKING:
    from smartbrev.model import Briefing

Writer = Callable[["Briefing"], str]

WRITERS: dict[str, str] = {
    "json": "smartbrev.writers.json_writer:write_json",
    "yaml": "smartbrev.writers.yaml_writer:write_yaml",
    "markdown": "smartbrev.writers.markdown_writer:write_markdown",
    "text": "smartbrev.writers.text_writer:write_text",
    "html": "smartbrev.writers.html_writer:write_html",
    "ninjs": "smartbrev.writers.ninjs_writer:write_ninjs",
    "ninjs-2.2": "smartbrev.writers.ninjs_writer:write_ninjs_22",
    "email": "smartbrev.writers.email_writer:write_email",
}
"""The writer of each output format (`formats.OUTPUTS`), imported when first used."""


def writer_for(fmt: str) -> Writer:
    """The writer of an output format."""
    spec = WRITERS.get(fmt)
    if spec is None:
        raise ValueError(f"unknown output format {fmt!r}")
    writer: Writer = resolve(spec)
    return writer
