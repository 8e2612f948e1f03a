"""Hypothesis strategies for briefings: valid documents, and near misses of them."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from smartbrev.axioms import BY_ID, ids_in
from smartbrev.bylines import format_byline
from smartbrev.readers.furniture import furniture_kind
from smartbrev.schema import store

_WORD = st.text(
    alphabet=st.characters(categories=("Lu", "Ll", "Nd"), max_codepoint=0x2FFF),
    min_size=1,
    max_size=10,
)
LINE = (
    st.lists(_WORD, min_size=1, max_size=8)
    .map(" ".join)
    .filter(lambda line: furniture_kind(line) is None)
)
"""One line of plain words: story text, never a line any page prints around a story ("X",
"Print", "Share"), which a reader sets aside and no draft can hold as story."""

HEADLINE = LINE | st.sampled_from(["X", "Share", "Print", "Email"])
"""A headline: plain words, or a word a share button prints, which a headline may be
(`# X` is a headline, never furniture)."""

NAME = st.builds(
    lambda first, last: f"{first} {last}",
    st.sampled_from(["Ana", "Dev", "Li", "Zohre", "Tomás", "Priya", "Omar", "Rosa", "Milo"]),
    st.sampled_from(["Ortiz", "Patel", "Wei", "Khazaee", "Reyes", "Nair", "Haddad", "Lindgren"]),
)
"""A person's name, as bylines carry them."""

SENTENCE = st.builds(
    lambda first, rest: f"{first} {rest}.",
    st.sampled_from(["The", "A", "Officials", "Riverton", "Sales", "Nobody"]),
    LINE,
)
"""A line ending in a full stop, as ledes and paragraphs do."""

URL = st.sampled_from(
    ["https://example.org/a", "http://example.com/b?c=1", "mailto:desk@example.org"]
)

_PARAGRAPH = st.builds(lambda t: {"type": "paragraph", "text": t}, SENTENCE)
_BULLETS = st.builds(
    lambda items: {"type": "bullets", "items": items}, st.lists(LINE, min_size=1, max_size=4)
)


def _speaker(name: str, role: str | None, content: list[dict[str, Any]]) -> dict[str, Any]:
    speaker: dict[str, Any] = {"type": "speaker", "name": name}
    if role is not None:
        speaker["role"] = role
    speaker["content"] = content
    return speaker


_SPEAKER = st.builds(
    _speaker, NAME, st.none() | LINE, st.lists(_PARAGRAPH | _BULLETS, min_size=1, max_size=3)
)


def _block(axiom: str, content: list[dict[str, Any]]) -> dict[str, Any]:
    label = BY_ID[axiom].label if axiom in BY_ID else "Our take"
    return {"axiom": axiom, "label": label, "content": content}


def _blocks(version: str) -> st.SearchStrategy[dict[str, Any]]:
    plain = [a for a in ids_in(version) if a not in ("go-deeper", "what-theyre-saying")]
    return st.builds(
        _block,
        st.sampled_from([*plain, "custom"]),
        st.lists(_PARAGRAPH | _BULLETS, min_size=1, max_size=3),
    ) | st.builds(
        _block,
        st.just("what-theyre-saying"),
        st.lists(_SPEAKER, min_size=1, max_size=3),
    )


# Blocks as drafts hold them: speakers appear under "What they're saying"; each schema
# version knows the axioms of its own registry.


def _link(title: str, url: str | None) -> dict[str, Any]:
    return {"title": title} if url is None else {"title": title, "url": url}


_GO_DEEPER = st.builds(
    lambda links: {"axiom": "go-deeper", "label": "Go deeper", "links": links},
    st.lists(st.builds(_link, LINE, st.none() | URL), min_size=1, max_size=3),
)


def _doc(
    version: str,
    headline: str | None,
    lede: str,
    blocks: list[dict[str, Any]],
    deeper: dict[str, Any] | None,
    authors: list[str] | None,
) -> dict[str, Any]:
    doc: dict[str, Any] = {"schema_version": version}
    if headline is not None:
        doc["headline"] = headline
    doc["lede"] = lede
    doc["blocks"] = blocks + ([deeper] if deeper else [])
    if authors:
        names = [(a, None) for a in authors]
        doc["byline"] = {"authors": [{"name": a} for a in authors], "text": format_byline(names)}
    return doc


DOCUMENTS = st.sampled_from(store.SCHEMA_VERSIONS).flatmap(
    lambda version: st.builds(
        _doc,
        st.just(version),
        st.none() | HEADLINE,
        SENTENCE,
        st.lists(_blocks(version), max_size=4),
        st.none() | _GO_DEEPER,
        st.none() | st.lists(NAME, min_size=1, max_size=3),
    )
)
"""Documents valid under the version they declare."""

_PRINTABLE = st.characters(exclude_categories=("Cc", "Cs"))
"""Characters a reader accepts in a value (controls and surrogate halves are refused)."""
_JUNK = st.one_of(
    st.none(),
    st.integers(),
    st.text(_PRINTABLE, max_size=5),
    st.just(""),
    st.just("   "),
    st.just("not a uri"),
    st.just("2026-13-45T99:00:00Z"),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(_PRINTABLE, max_size=3), st.integers(), max_size=2),
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def near_misses(draw: st.DrawFn) -> dict[str, Any]:
    """A valid document with one thing changed: a value replaced, a key dropped or added."""
    doc = draw(DOCUMENTS)
    paths = [p for p in _paths(doc) if p]
    path = draw(st.sampled_from(paths))
    parent: Any = doc
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["replace", "drop", "add"]))
    if action == "replace":
        parent[path[-1]] = draw(_JUNK)
    elif action == "drop" and isinstance(parent, dict):
        del parent[path[-1]]
    elif isinstance(parent, dict):
        parent[draw(st.sampled_from(["ledee", "x-extra", "labels", "url"]))] = draw(_JUNK)
    return doc
