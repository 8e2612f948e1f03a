"""Telling an input's format from its content, for text that comes without a file name
(standard input, text handed to the Python API).

A Word document (a zip archive), a JSON object, a ninjs item, a YAML mapping, an HTML
page, and otherwise a draft:
Markdown when it uses Markdown's own marks, plain text when it does not.
"""

from __future__ import annotations

import codecs
import json
import re

from smartbrev.readers.frontmatter import body_start

PREFIX = 64 * 1024
"""How much of the input is looked at (a page's head and a draft's opening are enough)."""

_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|section|header|div|p|h[1-6]|meta|title)"
    r"[\s/>]",
    re.IGNORECASE,
)
_COMMENT = re.compile(r"<!--.*?-->\s*", re.DOTALL)
_YAML_KEY = re.compile(r"[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)")
_YAML_OTHER = re.compile(r"(?:-(?:[ \t]|$)|---[ \t]*$|\.\.\.[ \t]*$)")
_MARKDOWN = re.compile(r"^(?:#{1,6}[ \t]|>[ \t]?|```|~~~|\*\*\S|__\S|!\[)", re.MULTILINE)
"""Marks only Markdown puts at the start of a line: headings, quotes, fences, a bold
lead-in, an image. Inline marks say nothing: a plain-text draft's text may hold them."""


def _text(raw: bytes) -> str:
    prefix = raw[:PREFIX]
    if prefix.startswith(codecs.BOM_UTF8):
        prefix = prefix[len(codecs.BOM_UTF8) :]
    return prefix.decode("utf-8", errors="ignore")


def _json_kind(text: str, whole: bool) -> str:
    """A JSON object is a briefing, or a ninjs item when it has a `uri` and no
    `schema_version` (ninjs requires `uri`; the briefing schema has no such field)."""
    if not whole:
        return "json"
    try:
        data = json.loads(text)
    except ValueError:
        return "json"  # the JSON reader says what is wrong, and where
    is_ninjs = isinstance(data, dict) and "uri" in data and "schema_version" not in data
    return "ninjs" if is_ninjs else "json"


def _is_yaml_mapping(lines: list[str]) -> bool:
    """Every line at the left margin is a `key:` (an identifier, no spaces), a list item
    under one, or a document marker; and it opens with a key. A draft's headline or
    lede never reads so."""
    opened = False
    for line in lines:
        if not line.strip() or line.startswith("#") or line[0] in " \t":
            continue
        if _YAML_KEY.match(line):
            opened = True
        elif not (opened or line.startswith("---")) or not _YAML_OTHER.match(line):
            return False
    return opened


def sniff_text(text: str, *, whole: bool = True) -> str | None:
    """The format text is written in, or None when it cannot be told (empty, or a JSON
    list). `whole` says whether `text` is all of the input (a prefix is not parsed)."""
    stripped = text.lstrip("\ufeff \t\r\n")
    while stripped.startswith("<!--"):
        after = _COMMENT.match(stripped)
        if after is None:
            break
        stripped = stripped[after.end() :]
    if not stripped:
        return None
    if stripped.startswith("{"):
        return _json_kind(stripped, whole)
    if stripped.startswith("["):
        return None
    if _HTML.match(stripped):
        return "html"
    lines = stripped.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = body_start(lines)
    if start == 0 and _is_yaml_mapping(lines):
        return "yaml"
    # Front matter says nothing: static-site generators put it above either kind of draft.
    return "markdown" if _MARKDOWN.search("\n".join(lines[start:])) else "text"


def sniff(raw: bytes) -> str | None:
    """The format of an input's bytes (see `sniff_text`); a zip archive is a Word document."""
    if raw.startswith(b"PK\x03\x04"):
        return "docx"
    return sniff_text(_text(raw), whole=len(raw) <= PREFIX)
