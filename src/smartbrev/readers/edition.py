"""A newsletter page read as an edition: the newsletter's name, its issue date, the
greeting, then every item as a briefing of its own.

The draft builder reads the page's top and its first item as it reads any briefing
(the further items set aside, with a `more-items` note). When the page holds further
items, `edition_of` turns that reading into an edition: what stands above the first
item's headline belongs to the edition (the newsletter's name, the byline, the date, the
greeting, the rest of the furniture), and each further item is read as a briefing of
its own, its title the headline. The first reading is kept as the edition's `single`
view, for tools that hold one briefing at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from smartbrev.diagnostics import Span
from smartbrev.pointer import Location
from smartbrev.readers.bounds import too_many_items
from smartbrev.readers.decode import DEFAULT_LIMITS
from smartbrev.readers.furniture import is_greeting
from smartbrev.readers.page import Found, Page, item_title, split_items
from smartbrev.readers.units import Unit
from smartbrev.schema.editions import KEY
from smartbrev.schema.store import EDITION_LATEST

if TYPE_CHECKING:
    from smartbrev.readers.draft import Draft

ItemReader = Callable[[list[Unit]], "Draft"]
"""Reads one further item's units as a briefing."""

_KICKER = re.compile(r"^[^\s.!?:]+(?:\s+[^\s.!?:]+){0,4}$")
EDITION_FIELDS = ("/byline", "/meta", "/extensions")
"""Pointers of the first reading that belong to the edition, not its first item."""


def _newsletter_name(page: Page, top: list[Found]) -> Found | None:
    """The first short title-like line above the first item, else a logo's description."""
    for found in top:
        words = found.text.split()
        if _KICKER.match(found.text) and all(w[0].isupper() or not w[0].isalpha() for w in words):
            return found
    return page.logos[0] if page.logos else None


def _prefixed(locations: dict[str, Location], prefix: str) -> dict[str, Location]:
    return {prefix + pointer: where for pointer, where in locations.items()}


def edition_of(
    single: Draft,
    page: Page,
    furniture: list[tuple[int, int, int, str]],
    read_item: ItemReader,
    opens_block: Callable[[Unit], bool],
    path: str,
) -> Draft:
    """The edition a newsletter page holds (`single` is its reading as one briefing,
    `furniture` what that reading set aside, as (line, column, order, text))."""
    from smartbrev.readers.draft import Draft

    assert page.more_items is not None
    parts = split_items(page.rest, opens_block)
    if len(parts) + 1 > DEFAULT_LIMITS.max_items:  # before reading them all
        raise too_many_items(len(parts) + 1, path, DEFAULT_LIMITS)
    first_line = page.headline.span.line if page.headline is not None else page.more_items.line
    above = sorted(f for f in furniture if f[0] < first_line)
    top = [
        Found(text, Span(line, column, line, column + len(text))) for line, column, _, text in above
    ]
    name = _newsletter_name(page, top)
    greeting = [f for f in top if is_greeting(f.text) and f is not name]
    kept_top = [f.text for f in top if f is not name and f not in greeting]
    data = dict(single.data)
    item0 = {k: v for k, v in data.items() if f"/{k}" not in EDITION_FIELDS}
    first_furniture = [text for line, _, _, text in sorted(furniture) if line >= first_line]
    if first_furniture:
        item0["extensions"] = {"x-furniture": first_furniture}
    edition: dict[str, Any] = {KEY: EDITION_LATEST}
    locations: dict[str, Location] = {}
    if "" in single.locations:
        locations[""] = single.locations[""]
    if name is not None:
        edition["newsletter"] = name.text
        locations["/newsletter"] = Location(name.span)
    meta = dict(data.get("meta") or {})
    published = meta.pop("published", None)
    if isinstance(published, str):
        edition["issue_date"] = published[:10]
        byline_at = single.locations.get("/byline")
        if byline_at is not None:
            locations["/issue_date"] = byline_at
    if greeting:
        edition["intro"] = "\n\n".join(f.text for f in greeting)
        locations["/intro"] = Location(greeting[0].span)
    if "byline" in data:
        edition["byline"] = data["byline"]
    if meta:
        edition["meta"] = meta
    items = [item0]
    for pointer, where in single.locations.items():
        if pointer.startswith(EDITION_FIELDS):
            locations[pointer] = where
        elif pointer:
            locations[f"/items/0{pointer}"] = where
    locations["/items/0"] = single.locations.get("", Location(page.more_items))
    # The name and the greeting have fields of their own: they are not set aside.
    named = {f.span.line for f in [*greeting, *([name] if name is not None else [])]}
    diagnostics = [
        d
        for d in single.diagnostics
        if d.code != "SB025" and not (d.code == "SB023" and d.span and d.span.line in named)
    ]
    set_aside = {line for line in single.set_aside if line < page.more_items.line}
    for part in parts:
        units = [item_title(part[0]), *part[1:]]
        read = read_item(units)
        index = len(items)
        items.append(read.data)
        locations.update(_prefixed(read.locations, f"/items/{index}"))
        diagnostics.extend(read.diagnostics)
        set_aside |= read.set_aside
    edition["items"] = items
    extensions = dict(data.get("extensions") or {})
    extensions.pop("x-more-items", None)
    extensions.pop("x-furniture", None)
    if kept_top:
        extensions["x-furniture"] = kept_top
    if extensions:
        edition["extensions"] = extensions
    return Draft(
        edition,
        locations,
        diagnostics,
        single.from_front_matter,
        frozenset(set_aside),
        single=single,
    )
