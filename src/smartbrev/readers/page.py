"""What a page prints around a story: its headline, byline, dates and furniture.

The top of a page holds, in many orders, a section name, a relative time, a newsletter
title and greeting, the headline, the byline with a date or an outlet beside it, an
image and its credit. Its end holds the byline again (or for the first time), share
buttons and promos. A newsletter page holds several items. This module finds each of
these among a draft's units, so the draft builder sees only the story: the lede and the
labelled blocks of the first item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import msgspec

from smartbrev.bylines import BylineCue, is_outlet, read_byline
from smartbrev.dates import read_date
from smartbrev.diagnostics import Span
from smartbrev.patterns import Lazy
from smartbrev.readers.cues import known_label_line, tidy
from smartbrev.readers.furniture import (
    body_furniture,
    caption_credit,
    furniture_kind,
    is_credit,
    is_relative_time,
    plain,
    top_furniture,
)
from smartbrev.readers.units import Unit

BlockTest = Callable[[Unit], bool]
"""Whether a unit opens a labelled block."""

_NEWSLETTER_TITLE = re.compile(r"^Axios(?:\s+[A-Z0-9][\w&.'\u2019-]*){0,3}$")
_METADATA_LINE = re.compile(
    r"^\**(?P<key>date|published|updated|posted|filed)\**\s*:\s*\**\s*(?P<value>.+?)\s*$",
    re.IGNORECASE,
)
_ITEM_TITLE = re.compile(r"^(?:\d{1,2}[.)]|#\d{1,2})\s+\S")
_TAGS = re.compile(r"^(?:tags|topics|filed under|related topics|categories)\s*:?$", re.IGNORECASE)
_SECTION_AFTER_DATE = Lazy(r"^\s*[-\u2013\u2014|\u00b7\u2022]\s*([^\d.!?]{1,40})$")
_TITLE_WORDS = 25
"""The most words a headline has; a longer first line is the lede."""
_KICKER_WORDS = 5
"""The most words of a section name or newsletter title printed above a headline."""

STRONG = frozenset({"relative time", "credit", "share button"})
"""Furniture kinds recognised anywhere on the page, in the story too."""


class Found(msgspec.Struct, frozen=True):
    """A piece of the page: its text as written, and where it is."""

    text: str
    span: Span


class Byline(msgspec.Struct, frozen=True):
    """A byline found on the page, with what was printed beside it."""

    cue: BylineCue
    text: str
    span: Span
    outlet: str | None = None
    published: str | None = None
    lines: tuple[Span, ...] = ()
    """The spans of the lines it took (the name line, an outlet or a date line)."""


class Page(msgspec.Struct):
    """What the page holds besides the story."""

    headline: Found | None = None
    byline: Byline | None = None
    furniture: list[Found] = msgspec.field(default_factory=list)
    meta: dict[str, str] = msgspec.field(default_factory=dict)
    meta_spans: list[Span] = msgspec.field(default_factory=list)
    """Lines read as metadata (a date line, a section heading): kept in `meta`, not text."""
    image: dict[str, str] | None = None
    image_spans: list[Span] = msgspec.field(default_factory=list)
    logos: list[Found] = msgspec.field(default_factory=list)
    """Images above the headline with neither caption nor credit (a newsletter's logo):
    their descriptions."""
    more_items: Span | None = None
    """Where a newsletter's second item starts."""
    rest: list[Unit] = msgspec.field(default_factory=list)
    """The units of the further items."""
    after_byline: list[Unit] = msgspec.field(default_factory=list)
    """Text found after a closing byline (kept at the end of the story, and reported)."""


def furniture_list(unit: Unit) -> bool:
    """A list whose every item is furniture (a share bar, a list of share links)."""
    return unit.kind == "bullets" and all(
        not item.more and "\n" not in item.text and body_furniture(item.text) is not None
        for item in unit.items
    )


def _trailing_time(text: str) -> int | None:
    """Where a relative time starts that ends a line ("Keiko Brandt 2 hours ago")."""
    if " ago" not in text and not text.rstrip().endswith(("now", "yesterday")):
        return None
    words = text.split()
    for size in range(2, min(len(words), 7)):
        if is_relative_time(" ".join(words[-size:])):
            at = len(text)
            for word in reversed(words[-size:]):
                at = text.rfind(word, 0, at)
            return at
    return None


def _text(unit: Unit) -> str:
    return plain(unit.text) if unit.kind in ("paragraph", "heading") else ""


def _single_line(unit: Unit) -> bool:
    return unit.kind in ("paragraph", "heading") and "\n" not in unit.text.strip()


def _is_title(unit: Unit) -> bool:
    text = _text(unit)
    if not text or not _single_line(unit) or text.endswith((":", ",", ";")):
        return False
    return len(text.split()) <= _TITLE_WORDS


def _is_kicker(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _KICKER_WORDS or text.endswith((".", "!", "?", ":")):
        return False
    return (
        bool(_NEWSLETTER_TITLE.match(text))
        or text.isupper()
        or all(
            w[0].isupper() or not w[0].isalpha() or w in ("&", "and", "of", "the", "in")
            for w in words
        )
    )


_SHORT = 240
"""More characters than furniture, a byline, a date or a metadata line ever have: a
longer line is story, and is looked at no further."""


def _top_furniture(text: str) -> bool:
    return len(text) <= _SHORT and top_furniture(text)


def _date_line(text: str) -> tuple[str, str | None] | None:
    """A line holding only a date ("Mar 25, 2023"), maybe with a section ("- Education")."""
    if len(text) > 80:
        return None
    found = read_date(text)
    if found is None:
        return None
    rest = text[found.end :]
    if not rest.strip():
        return found.iso, None
    section = _SECTION_AFTER_DATE.match(rest)
    return (found.iso, section.group(1).strip()) if section else None


class _Top:
    """Reads the top of the page, up to the first line of the story."""

    def __init__(
        self, units: list[Unit], opens_block: BlockTest, page: Page, *, bare_titles: bool
    ) -> None:
        self.units = units
        self.opens_block = opens_block
        self.page = page
        self.bare_titles = bare_titles
        """Whether an unmarked line can be the headline (in Markdown a heading marks it)."""
        self.substantive: dict[int, bool] = {}
        """Units already looked at ahead: whether each is story rather than page."""

    def aside(self, index: int) -> bool:
        """Whether a unit is furniture, a date line or a metadata line (not story)."""
        unit = self.units[index]
        if unit.kind in ("rule", "image"):
            return True
        text = _text(unit)
        return bool(text) and (
            _top_furniture(text) or _date_line(text) is not None or bool(_METADATA_LINE.match(text))
        )

    def next_substantive(self, index: int) -> int | None:
        """The next unit that is neither furniture nor a byline, from `index` on."""
        while index < len(self.units):
            known = self.substantive.get(index)
            if known is None:
                known = not self.aside(index) and self.byline_at(index, probe=True) is None
                self.substantive[index] = known
            if known:
                return index
            index += 1
        return None

    def byline_at(self, index: int, *, probe: bool = False) -> tuple[Byline, int] | None:
        """A byline starting at a unit, with the outlet or date lines under it."""
        unit = self.units[index]
        if not _single_line(unit) or (unit.kind == "heading" and unit.level == 1):
            return None
        if len(unit.text) > _SHORT:
            return None
        text = plain(unit.text)
        cue = read_byline(text)
        following = self.units[index + 1] if index + 1 < len(self.units) else None
        after = _text(following) if following is not None and _single_line(following) else ""
        context = bool(after) and (
            is_relative_time(after) or _date_line(after) is not None or is_outlet(after)
        )
        time = _trailing_time(text) if cue is None else None
        if time is not None and time > 0:
            # The name and a relative time on one line: "Keiko Brandt 2 hours ago".
            cue = read_byline(text[:time].strip(), bare=True)
            if cue is None:
                return None
            if not probe:
                self.page.furniture.append(Found(text[time:].strip(), unit.span))
            text, context = text[:time].strip(), True
        if cue is None and context and not is_outlet(text):
            cue = read_byline(text, bare=True)
        # Above the story, a line of names without "By" is a byline only beside a date, a
        # time or an outlet: "Economy & Business" is a section, not two people.
        if cue is None or (not cue.explicit and not context):
            return None
        if probe:
            return Byline(cue, text, unit.span), index + 1
        end = index + 1
        outlet, published, spans = cue.outlet, cue.published, [unit.span]
        if after and following is not None:
            dated = _date_line(after)
            if outlet is None and is_outlet(after) and not _NEWSLETTER_TITLE.match(text):
                outlet, end = after, end + 1
                spans.append(following.span)
            elif dated is not None and published is None:
                published, end = dated[0], end + 1
                if dated[1]:
                    self.page.meta.setdefault("section", dated[1])
                self.page.meta_spans.append(following.span)
        return Byline(cue, text, unit.span, outlet, published, tuple(spans)), end

    def headline_here(self, index: int) -> bool:
        """Whether the unit at `index` is the headline: a title followed by the story."""
        unit = self.units[index]
        if unit.kind == "heading":
            return bool(_text(unit))  # marked as a title by its writer
        if not self.bare_titles or not _is_title(unit):
            return False
        following = self.next_substantive(index + 1)
        if following is None:
            return False
        after = self.units[following]
        if after.kind != "paragraph" or self.opens_block(after):
            return False
        text = _text(unit)
        # A section name or newsletter title stands above the real headline.
        return not (_is_kicker(text) and _is_title(after) and not self.opens_block(after))

    def read(self) -> int:
        """Read the top of the page; the index of the story's first unit."""
        page = self.page
        index = 0
        while index < len(self.units):
            unit = self.units[index]
            text = _text(unit)
            if unit.kind == "rule":
                index += 1
                continue
            if unit.kind == "image":
                index = self.image(index)
                continue
            if furniture_list(unit):
                self.page.furniture.extend(Found(plain(i.text), i.span) for i in unit.items)
                index += 1
                continue
            if unit.kind == "bullets" or not text:
                break
            if page.headline is None and self.titled_like_a_button(index):
                page.headline = Found(tidy(text), unit.span)
                index += 1
                continue
            repeated = page.byline is not None and text == page.byline.outlet
            newsletter = page.headline is None and bool(_NEWSLETTER_TITLE.match(text))
            if newsletter or repeated or _top_furniture(text) or caption_credit(text) is not None:
                page.furniture.append(Found(text, unit.span))
                index += 1
                continue
            meta = _METADATA_LINE.match(text)
            dated = _date_line(meta.group("value") if meta else text)
            if dated is not None:
                key = "updated" if meta and meta.group("key").lower() == "updated" else "published"
                page.meta.setdefault(key, dated[0])
                if dated[1]:
                    page.meta.setdefault("section", dated[1])
                page.meta_spans.append(unit.span)
                index += 1
                continue
            if page.byline is None:
                found = self.byline_at(index)
                if found is not None:
                    page.byline, index = found
                    continue
            if self.opens_block(unit):
                if page.headline is None and self.item_title(unit):
                    page.headline = Found(tidy(text), unit.span)
                    index += 1
                    continue
                break
            if unit.kind == "heading" and page.headline is not None and len(text.split()) <= 4:
                page.meta.setdefault("section", text)
                page.meta_spans.append(unit.span)
                index += 1
                continue
            if page.headline is None and self.headline_here(index):
                page.headline = Found(tidy(text), unit.span)
                index += 1
                continue
            if page.headline is None and unit.kind != "heading" and _is_kicker(text):
                following = self.next_substantive(index + 1)
                if following is not None and self.headline_here(following):
                    page.furniture.append(Found(text, unit.span))
                    index += 1
                    continue
            break
        return index

    def titled_like_a_button(self, index: int) -> bool:
        """A headline that is a share button's word ("X", "Share", "Print") where only a
        headline can stand: a top-level heading (`# X`, an underlined title, `<h1>`), or
        the one title above the story (no line after it could be the headline instead).
        Furniture never takes the headline's place, and a headline is never furniture."""
        unit = self.units[index]
        text = _text(unit)
        if not text or furniture_kind(text) != "share button":
            return False
        if unit.kind == "heading":
            return unit.level == 1
        if not self.headline_here(index):
            return False
        following = self.next_substantive(index + 1)
        return following is not None and not self.headline_here(following)

    def item_title(self, unit: Unit) -> bool:
        """ "1 big thing: Title": a newsletter item's title, read whole as its headline."""
        label = known_label_line(_text(unit))
        return (
            label is not None
            and label.axiom == "one-big-thing"
            and bool(label.rest)
            and len(label.rest.split()) <= 15
            and not label.rest.rstrip().endswith(".")
        )

    def image(self, index: int) -> int:
        """An image, with the caption and credit printed under it.

        An image above the headline with neither is a logo or an ornament: not the lead
        image, and its description is not story text.
        """
        unit = self.units[index]
        page = self.page
        found = {"url": unit.url, "alt": unit.text}
        spans = [unit.span]
        index += 1
        if index < len(self.units) and _single_line(self.units[index]):
            text = _text(self.units[index])
            where = caption_credit(text)
            if is_credit(text):
                found["credit"] = text
            elif where is not None:
                found["caption"] = text[:where].rstrip()
                found["credit"] = text[where:]
            if len(found) > 2:
                spans.append(self.units[index].span)
                index += 1
        if page.image is None and (len(found) > 2 or page.headline is not None):
            page.image = found
        elif page.headline is None and len(found) == 2 and unit.text:
            page.logos.append(Found(unit.text, unit.span))
        if page.image is found or page.image is None:
            page.image_spans.extend(spans)
        return index


def _item_start(units: list[Unit], start: int, opens_block: BlockTest) -> int | None:
    """Where a newsletter's next item starts among the story's units, if it does."""
    for index in range(start + 1, len(units)):
        unit = units[index]
        following = units[index + 1] if index + 1 < len(units) else None
        if unit.kind == "rule":
            titled = following is not None and _is_title(following)
            if titled and following is not None and _text(following).endswith((".", "!", "?")):
                titled = False  # a sentence after a rule: a closing note, not an item title
            if following is not None and titled and not opens_block(following):
                after = units[index + 2] if index + 2 < len(units) else None
                if after is not None and after.kind in ("paragraph", "bullets"):
                    return index + 1
            continue
        if unit.kind == "bullets":
            numbered = unit.start > 1 and len(unit.items) == 1
        else:
            first = unit.text.lstrip("*_#")[:1]
            numbered = first.isdigit() and bool(_ITEM_TITLE.match(_text(unit))) and _is_title(unit)
        if numbered and following is not None and following.kind in ("paragraph", "bullets"):
            return index
    return None


def split_items(units: list[Unit], opens_block: BlockTest) -> list[list[Unit]]:
    """A newsletter's further items (`Page.rest`), one list of units each."""
    items: list[list[Unit]] = []
    start = 0
    while start < len(units):
        cut = _item_start(units, start, opens_block)
        end = cut if cut is not None else len(units)
        items.append(units[start:end])
        start = end
    return items


def item_title(unit: Unit) -> Unit:
    """A further item's first unit as its headline: a heading, without the item's number
    ("2. Ports race to plug in" is the headline "Ports race to plug in")."""
    if unit.kind == "bullets" and unit.items:
        text, more = unit.items[0].text, unit.items[0].more
        if more:
            return unit
    elif unit.kind in ("paragraph", "heading") and "\n" not in unit.text.strip():
        text = unit.text
    else:
        return unit
    numbered = _ITEM_NUMBER.match(text)
    title = (text[numbered.end() :] if numbered else text).strip()
    if title.endswith((".", "!", "?")) and not title.endswith("..."):
        # A sentence, not a title: the item starts with its story and has no headline.
        return Unit("paragraph", unit.span, text=title)
    return Unit("heading", unit.span, text=title, level=2)


_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|#\d{1,2})\s+")


def _bottom(units: list[Unit], page: Page, opens_block: BlockTest) -> list[Unit]:
    """Take the byline and the furniture from the end of the story's units."""
    end = len(units)
    tail: list[Found] = []
    while end > 1:
        unit = units[end - 1]
        text = _text(unit)
        if unit.kind == "rule":
            end -= 1
            continue
        if text and (furniture_kind(text) or _TAGS.match(text) or _tag_list(units, end - 1)):
            tail.append(Found(text, unit.span))
            end -= 1
            continue
        if furniture_list(unit):
            tail.extend(Found(plain(i.text), i.span) for i in reversed(unit.items))
            end -= 1
            continue
        break
    if page.byline is None:
        for back in range(1, min(4, end - 1) + 1):
            index = end - back
            unit = units[index]
            if not _single_line(unit) or unit.lead is not None:
                continue
            text = plain(unit.text)
            cue = read_byline(text)
            outlet = cue.outlet if cue is not None else None
            spans = [unit.span]
            after = units[index + 1] if index + 1 < end else None
            below = _text(after) if after is not None and _single_line(after) else ""
            if cue is not None and after is not None and outlet is None and is_outlet(below):
                outlet = below
                spans.append(after.span)
            if cue is None:
                continue
            taken = len(spans)
            if back > taken and not cue.explicit:
                continue
            page.byline = Byline(cue, text, unit.span, outlet, cue.published, tuple(spans))
            page.after_byline = list(units[index + taken : end])
            end = index
            break
    page.furniture.extend(reversed(tail))
    return units[:end]


def _tag_list(units: list[Unit], index: int) -> bool:
    """A short line in a list of tags that a "Tags" line opened."""
    if not _single_line(units[index]) or len(units[index].text) > 60:
        return False
    for back in range(index - 1, max(-1, index - 12), -1):
        text = _text(units[back])
        if _TAGS.match(text):
            return all(
                _single_line(u) and 0 < len(_text(u).split()) <= 4
                for u in units[back + 1 : index + 1]
            )
        if not _single_line(units[back]) or len(text.split()) > 4:
            return False
    return False


def read_page(
    units: list[Unit], opens_block: BlockTest, *, bare_titles: bool = True
) -> tuple[Page, list[Unit]]:
    """The page around the story, and the story's units (the first item of a newsletter).

    With `bare_titles`, a first line that reads as a title followed by the story is the
    headline even when nothing marks it as one (plain text, pasted copy).
    """
    page = Page()
    start = _Top(units, opens_block, page, bare_titles=bare_titles).read()
    story = units[start:]
    cut = _item_start(story, 0, opens_block) if story else None
    if cut is not None:
        page.more_items = story[cut].span
        page.rest = story[cut:]
        story = story[:cut]
    story = _bottom(story, page, opens_block) if story else story
    return page, story
