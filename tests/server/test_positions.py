"""Spans to LSP positions and back, and the small edits that turn one text into another."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lsprotocol import types

from smartbrev.diagnostics import Span
from smartbrev.server.positions import Lines, edits
from tests.server.editor import apply

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


@pytest.mark.parametrize(
    ("encoding", "character"),
    [(UTF16, 4), (UTF8, 6), (UTF32, 3)],
)
def test_a_column_after_an_emoji(encoding: str, character: int) -> None:
    lines = Lines('x😋="a"\n', encoding)
    # Column 4 is the opening quote, after x, the emoji and = (one, two or four units).
    assert lines.range(Span(1, 4, 1, 5)).start == types.Position(0, character)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_kind_of_line_break_ends_a_line(newline: str) -> None:
    text = newline.join(["one", "two 🚢", "three"])
    lines = Lines(text)
    assert lines.range(Span(3, 2, 3, 4)) == types.Range(types.Position(2, 1), types.Position(2, 3))
    assert lines.offset(types.Position(2, 0)) == text.index("three")
    assert lines.line(1) == "two 🚢"


def test_positions_outside_the_text_are_clamped() -> None:
    lines = Lines("short\n")
    assert lines.offset(types.Position(0, 99)) == 5
    assert lines.offset(types.Position(9, 0)) == 6
    assert lines.range(Span(1, 1, 1, 99)).end == types.Position(0, 5)
    assert lines.range(None) == types.Range(types.Position(0, 0), types.Position(0, 0))


def test_an_lsp_position_inside_a_surrogate_pair_goes_past_it() -> None:
    lines = Lines("a😋b")
    assert lines.offset(types.Position(0, 2)) == 2
    assert lines.position(2) == types.Position(0, 3)


def test_edits_touch_only_what_changed() -> None:
    old = 'One "quote" here.\nSame line.\nwhy it matters: 🚢 ok\n'
    new = "One “quote” here.\nSame line.\nWhy it matters: 🚢 ok\n"
    found = edits(Lines(old), new)
    assert [(e.range.start.line, e.new_text) for e in found] == [(0, "“quote”"), (2, "W")]
    assert apply(old, found) == new


texts = st.text(alphabet=st.sampled_from(list("ab \n\r😋東")), max_size=30)


@given(old=texts, new=texts)
@example(old="\r\n", new="\r")  # an edit may not start between \r and \n
def test_edits_turn_any_text_into_any_other(old: str, new: str) -> None:
    assert apply(old, edits(Lines(old), new)) == new
