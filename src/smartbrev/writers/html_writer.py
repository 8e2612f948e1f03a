"""HTML: a complete, accessible page (or the article alone) with schema.org JSON-LD.

Rendering goes through Jinja2 with autoescaping on; inline markup goes through
markdown-it-py with raw HTML off and only http, https and mailto links allowed. Nothing
a draft contains can reach the page unescaped.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import msgspec

from smartbrev.errors import WriteError
from smartbrev.model import Briefing, Bullets, ContentItem, Paragraph, Speaker
from smartbrev.writers.inline import safe_url, to_html, to_plain
from smartbrev.writers.jsonld import news_article, script_json

if TYPE_CHECKING:
    from jinja2 import Environment, Template
    from markupsafe import Markup


class HtmlOptions(msgspec.Struct):
    """How to render: a whole page or the article alone, and with which template."""

    fragment: bool = False
    template: Path | None = None
    unsafe_links: list[str] = msgspec.field(default_factory=list)
    """Filled in while rendering: links shown as text because their scheme is unsafe."""


def _markup(html: str) -> Markup:
    from markupsafe import Markup

    return Markup(html)


def _content(items: tuple[ContentItem, ...]) -> list[dict[str, Any]]:
    view: list[dict[str, Any]] = []
    for item in items:
        if isinstance(item, Paragraph):
            view.append({"kind": "paragraph", "html": _markup(to_html(item.text))})
        elif isinstance(item, Bullets):
            view.append(
                {
                    "kind": "bullets",
                    "start": item.start,
                    "entries": [_markup(to_html(t)) for t in item.items],
                }
            )
        elif isinstance(item, Speaker):
            view.append(
                {
                    "kind": "speaker",
                    "name": item.name,
                    "role": item.role,
                    "content": _content(item.content),
                }
            )
    return view


def _view(doc: Briefing, options: HtmlOptions) -> dict[str, Any]:
    blocks = []
    for number, block in enumerate(doc.blocks, 1):
        links = None
        if block.links is not None:
            links = []
            for link in block.links:
                url = safe_url(link.url)
                unsafe = link.url if link.url and url is None else None
                if unsafe:
                    options.unsafe_links.append(unsafe)
                links.append({"title": _markup(to_html(link.title)), "url": url, "unsafe": unsafe})
        blocks.append(
            {
                "axiom": block.axiom,
                "label": block.label,
                "anchor": f"{doc.id or 'briefing'}-{number}",
                "body": _content(block.content or ()),
                "links": links,
            }
        )
    meta = doc.meta
    image = None
    if doc.image is not None:
        image = {
            "url": safe_url(doc.image.url),
            "alt": doc.image.alt,
            "caption": _markup(to_html(doc.image.caption)) if doc.image.caption else None,
            "credit": doc.image.credit,
        }
        if image["url"] is None:
            options.unsafe_links.append(doc.image.url)
    published = meta.published if meta else None
    return {
        "id": doc.id,
        "schema_version": doc.schema_version,
        "language": meta.language if meta else None,
        "title": to_plain(doc.headline) if doc.headline else to_plain(doc.lede)[:70],
        "description": to_plain(doc.lede),
        "headline": _markup(to_html(doc.headline)) if doc.headline else None,
        "dateline": doc.dateline,
        "published": published,
        "published_text": published[:10] if published else None,
        "image": image,
        "lede": [_markup(to_html(p)) for p in doc.lede.split("\n\n")],
        "blocks": blocks,
        "byline": (doc.byline.text or ", ".join(a.name for a in doc.byline.authors))
        if doc.byline
        else None,
        "corrections": [
            {"date": c.date, "html": _markup(to_html(c.text))} for c in doc.corrections or ()
        ],
    }


@cache
def _environment() -> Environment:
    from jinja2 import Environment, StrictUndefined

    return Environment(autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True)


@cache
def _builtin_template() -> Template:
    """The built-in template, compiled once: compiling costs more than rendering."""
    text = (
        resources.files("smartbrev")
        .joinpath("templates/briefing.html.j2")
        .read_text(encoding="utf-8")
    )
    return _environment().from_string(text)


def _template(options: HtmlOptions) -> Template:
    from jinja2 import TemplateError

    if options.template is None:
        return _builtin_template()
    try:
        text = options.template.read_text(encoding="utf-8")
    except OSError as error:
        raise WriteError(f"{options.template}: cannot read the template: {error}") from None
    try:
        return _sandbox().from_string(text)
    except TemplateError as error:
        raise WriteError(f"{options.template}: {error}") from None


@cache
def _sandbox() -> Environment:
    """Where a template of the user's runs: Jinja's immutable sandbox, so a template (a
    pull request may bring one) reaches the briefing's data and nothing else: no Python
    internals, no changing what it was given."""
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(
        autoescape=True, undefined=StrictUndefined, keep_trailing_newline=True
    )


def stylesheet() -> str:
    """The built-in stylesheet."""
    return (
        resources.files("smartbrev").joinpath("templates/briefing.css").read_text(encoding="utf-8")
    )


def render_html(doc: Briefing, options: HtmlOptions | None = None) -> str:
    """The briefing as HTML."""
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    options = options or HtmlOptions()
    try:
        return _template(options).render(
            briefing=_view(doc, options),
            fragment=options.fragment,
            stylesheet=_markup(stylesheet()),
            jsonld=_markup(script_json(news_article(doc))),
        )
    except SecurityError as error:
        raise WriteError(
            f"{options.template}: the template reaches past the briefing's data ({error}); "
            "a template may use the briefing, its blocks and the filters Jinja offers"
        ) from None
    except TemplateError as error:
        raise WriteError(f"{options.template or 'template'}: {error}") from None


def write_html(doc: Briefing) -> str:
    """The briefing as a complete HTML page."""
    return render_html(doc)
