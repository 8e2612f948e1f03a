"""Converting a briefing between formats, refusing any output that would change it."""

from __future__ import annotations

import json
import re
from typing import Any

from smartbrev.diagnostics import Severity
from smartbrev.errors import InvalidBriefing, WriteError
from smartbrev.formats import DRAFT_FORMATS, OUTPUTS
from smartbrev.model import Briefing, Edition
from smartbrev.readers.controls import refused_value
from smartbrev.readers.frontmatter import body_start
from smartbrev.readers.source import Source, parse_text
from smartbrev.schema.check import check, validate_data
from smartbrev.words import model_words, words
from smartbrev.writers import writer_for
from smartbrev.writers.html_writer import HtmlOptions, render_html


def to_document(source: Source) -> Briefing | Edition:
    """The model of a source (a briefing or a newsletter edition) that passes its schema;
    raises InvalidBriefing otherwise."""
    checked = check(source)
    if checked.edition is not None:
        return checked.edition
    if checked.doc is None:
        problems = [d for d in checked.diagnostics if d.severity is Severity.ERROR]
        raise InvalidBriefing(f"{source.name}: {problems[0].message}", problems)
    return checked.doc


def to_model(source: Source) -> Briefing:
    """The model of a source that holds one briefing; raises InvalidBriefing otherwise
    (a newsletter edition included: its items are briefings, see `split`)."""
    doc = to_document(source)
    if isinstance(doc, Edition):
        raise InvalidBriefing(
            f"{source.name}: is a newsletter edition of {len(doc.items)} items, not one "
            "briefing; `smartbrev convert --split` writes each item as a briefing",
            [],
        )
    return doc


MOVED = frozenset({"SB020"})
"""Reader diagnostics that mean text was kept somewhere other than where it was written."""


_NUMBERED_ITEM = re.compile(r"^([^\S\n]*)\d{1,9}[.)](?=\s)", re.MULTILINE)
NUMBERED = frozenset({"markdown", "text", "docx"})
"""Draft formats whose list numbers are markup, not words of the draft (the model keeps a
numbered list's first number as its `start`, not as words)."""


def draft_words(
    text: str, apart: frozenset[int] = frozenset(), fmt: str | None = None
) -> list[str]:
    """The words of a draft's body: front matter and the lines `apart` (1-based) left out."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = body_start(lines)
    kept = "\n".join(
        line for number, line in enumerate(lines[start:], start + 1) if number not in apart
    )
    if fmt in NUMBERED:
        kept = _NUMBERED_ITEM.sub(r"\1", kept)
    return words(kept)


def _first_difference(before: Any, after: Any, where: str = "") -> str:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in list(before) + [k for k in after if k not in before]:
            if before.get(key) != after.get(key):
                return _first_difference(before.get(key), after.get(key), f"{where}/{key}")
    if isinstance(before, list) and isinstance(after, list):
        for index, (a, b) in enumerate(zip(before, after, strict=False)):
            if a != b:
                return _first_difference(a, b, f"{where}/{index}")
        if len(before) != len(after):
            return f"{where or '/'} ({len(before)} items would become {len(after)})"
    return where or "/"


def _word_gap(expected: list[str], actual: list[str]) -> str:
    for index, (a, b) in enumerate(zip(expected, actual, strict=False)):
        if a != b:
            return " ".join(expected[max(0, index - 3) : index + 4])
    shorter = min(len(expected), len(actual))
    return " ".join(expected[max(0, shorter - 3) : shorter + 4])


def check_words(source: Source, doc: Briefing) -> None:
    """Refuse a draft whose words the model does not hold in the same order."""
    if source.format not in DRAFT_FORMATS:
        return
    expected = draft_words(source.text, source.set_aside, source.format)
    skip = source.from_front_matter | ({"byline"} if source.set_aside else frozenset())
    actual = model_words(doc, skip)
    if any(d.code in MOVED for d in source.diagnostics):
        # The reader moved text it reported; every word must still be there exactly once.
        expected, actual = sorted(expected), sorted(actual)
    if expected != actual:
        raise WriteError(
            f"{source.name}: the briefing would not keep every word of the draft in order "
            f"(near “{_word_gap(expected, actual)}”); nothing was written"
        )


def render(
    doc: Briefing, fmt: str, *, name: str = "<output>", html: HtmlOptions | None = None
) -> str:
    """The briefing written in `fmt`, after proving that reading it back gives it again.

    HTML is for readers, not for storage: it is checked for safety by construction (see
    `writers.html_writer`), and links it could not keep are listed in `html`.
    """
    refused = refused_value(doc.to_data())
    if refused is not None:  # read from Python, not from a file: no reader has seen it
        raise WriteError(f"{name}: {refused}; nothing was written")
    if fmt == "html":
        return render_html(doc, html)
    output = writer_for(fmt)(doc)
    read_as = OUTPUTS[fmt].reads_as
    if read_as is None:
        return output  # for readers only: nothing reads it back
    again = parse_text(output, read_as, name)
    if fmt in DRAFT_FORMATS and again.diagnostics:
        raise WriteError(
            f"{name}: {fmt} cannot hold this briefing exactly: {again.diagnostics[0].message}"
        )
    if validate_data(again.data) or Briefing.from_data(again.data) != doc:
        where = _first_difference(doc.to_data(), again.data)
        raise WriteError(
            f"{name}: {fmt} cannot hold this briefing exactly (reading it back would change "
            f"{where}); nothing was written. JSON, YAML or Markdown can hold it"
            if fmt == "text"
            else f"{name}: {fmt} cannot hold this briefing exactly (reading it back would "
            f"change {where}); nothing was written"
        )
    skip = again.from_front_matter | ({"byline"} if again.set_aside else frozenset())
    if fmt in DRAFT_FORMATS and draft_words(output, again.set_aside, fmt) != model_words(doc, skip):
        raise WriteError(f"{name}: writing {fmt} would change the words of the briefing")
    return output


def convert_source(source: Source, fmt: str, html: HtmlOptions | None = None) -> str:
    """A source converted to `fmt`; raises InvalidBriefing or WriteError instead of losing data."""
    doc = to_document(source)
    if isinstance(doc, Edition):
        check_edition_words(source, doc)
        return render_edition(doc, fmt, name=source.name)
    check_words(source, doc)
    return render(doc, fmt, name=source.name, html=html)


EDITION_OUTPUTS = frozenset({"json", "yaml", "email"})
"""Formats that hold a whole newsletter edition (the others hold one briefing: `split`)."""


def render_edition(edition: Edition, fmt: str, *, name: str = "<output>") -> str:
    """The edition document in `fmt`, after proving that reading it back gives it again."""
    if fmt not in EDITION_OUTPUTS:
        raise WriteError(
            f"{name}: is a newsletter edition; --to {fmt} writes one briefing: use --to json, "
            f"yaml or email for the edition, or --split --out-dir DIR for one {fmt} file per item"
        )
    if fmt == "email":
        from smartbrev.writers.email_writer import write_email

        return write_email(edition)
    data = edition.to_data()
    if fmt == "json":
        output = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    else:
        from smartbrev.writers.yaml_writer import dump

        output = dump(data)
    again = parse_text(output, fmt, name).data
    if again != data or validate_data(again):
        raise WriteError(f"{name}: {fmt} cannot hold this edition exactly; nothing was written")
    return output


def split(edition: Edition) -> list[Briefing]:
    """Each item of an edition as a briefing of its own: an item that names no authors or
    date gets the edition's byline and issue date."""
    from msgspec.structs import replace

    from smartbrev.model import Meta

    briefings = []
    for item in edition.items:
        byline = item.byline or edition.byline
        meta = item.meta or edition.meta or Meta()
        if meta.published is None:
            meta = replace(meta, published=edition.issue_date)
        briefings.append(replace(item, byline=byline, meta=meta))
    return briefings


def split_source(source: Source, fmt: str, html: HtmlOptions | None = None) -> list[str] | None:
    """Each item of a newsletter edition written as a briefing in `fmt` (None when the
    source is one briefing); raises InvalidBriefing or WriteError instead of losing data."""
    doc = to_document(source)
    if not isinstance(doc, Edition):
        return None
    check_edition_words(source, doc)
    return [
        render(item, fmt, name=f"{source.name} (item {number})", html=html)
        for number, item in enumerate(split(doc), 1)
    ]


_ITEM_NUMBER = re.compile(r"^(\s*(?:#{1,6}\s+)?)(?:\d{1,2}[.)]|#\d{1,2})(?=\s)", re.MULTILINE)


def edition_words(edition: Edition) -> list[str]:
    """The words of an edition's items, in reading order (bylines apart)."""
    found: list[str] = []
    for item in edition.items:
        found.extend(model_words(item, frozenset({"byline"})))
    return found


def check_edition_words(source: Source, edition: Edition) -> None:
    """Refuse a newsletter page whose words its edition does not hold, each exactly once
    (an item's number is its place in the edition, not a word of it)."""
    if source.format not in DRAFT_FORMATS:
        return
    text = _ITEM_NUMBER.sub(r"\1", source.text)
    expected = sorted(draft_words(text, source.set_aside, source.format))
    actual = sorted(edition_words(edition))
    if expected != actual:
        raise WriteError(
            f"{source.name}: the edition would not keep every word of the page "
            f"(near “{_word_gap(expected, actual)}”); nothing was written"
        )
