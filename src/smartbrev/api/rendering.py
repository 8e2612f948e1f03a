"""Writing a briefing in another format, from Python."""

from __future__ import annotations

import os
from pathlib import Path

from smartbrev.api.reading import Reading
from smartbrev.formats import OUTPUTS, OutputFormat
from smartbrev.model import Briefing


def render(
    briefing: Briefing | Reading,
    to: OutputFormat = "markdown",
    *,
    fragment: bool = False,
    template: str | os.PathLike[str] | None = None,
) -> str:
    """The briefing written in a format, exactly as `smartbrev convert --to` writes it.

    `to` is `json`, `yaml`, `markdown`, `text`, `html`, `ninjs` (3.1) or `ninjs-2.2`.
    For `html`, `fragment` gives the article alone and `template` names a Jinja2 template
    of your own. Every output but HTML is read back before it is returned; one that would
    not give the same briefing raises `WriteError` instead (plain text cannot hold every
    briefing), and an unknown format raises `ValueError`.

    ```python
    import smartbrev

    doc = smartbrev.load("examples/transit-fares.json")
    markdown = smartbrev.render(doc, "markdown")
    assert smartbrev.parse(markdown, "markdown") == doc
    page = smartbrev.render(doc, "html", fragment=True)
    assert page.startswith("<article")
    ```
    """
    from smartbrev.convert import render as write
    from smartbrev.writers.html_writer import HtmlOptions

    if to not in OUTPUTS:
        raise ValueError(f"unknown output format {to!r}: use one of {', '.join(OUTPUTS)}")
    doc = briefing.briefing if isinstance(briefing, Reading) else briefing
    html = HtmlOptions(fragment=fragment, template=Path(template) if template else None)
    return write(doc, to, name="<briefing>", html=html)
